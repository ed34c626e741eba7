import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, waitForPort } from '../support/ports';

export interface PrivatePostgres {
  port: number;
  /** A URL to a database of its own (created on demand). */
  urlFor(database: string): Promise<string>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server for good and removes its files. */
  destroy(): Promise<void>;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  throw new Error('no PostgreSQL binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)');
}

/** PostgreSQL refuses to run as root: when we are root, its processes run as the postgres user. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root needs a postgres user to run PostgreSQL as');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * A PostgreSQL server of the fault suite's own: initdb into a temporary folder, listening on a free
 * loopback port with its socket in that folder, so stopping it never touches the shared :5432.
 */
/**
 * The port opens before recovery ends: until then PostgreSQL answers "the database system is starting up".
 * On a loaded machine a test's first query landed in that window.
 */
async function untilAcceptingQueries(port: number, timeoutMs: number): Promise<void> {
  const { Client } = await import('pg');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = postgresBin();
  const user = runAs();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-faults-pg-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'sock');
  fs.mkdirSync(socketDir);
  if (user.uid !== undefined) {
    fs.chownSync(root, user.uid, user.gid!);
    fs.chownSync(socketDir, user.uid, user.gid!);
  }
  execFileSync(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'],
    {
      stdio: 'ignore',
      ...user,
    },
  );
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    child = spawn(
      path.join(bin, 'postgres'),
      [
        '-D',
        dataDir,
        '-p',
        String(port),
        '-k',
        socketDir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=300',
      ],
      { stdio: 'ignore', ...user },
    );
    await waitForPort(port, true, 20_000);
    await untilAcceptingQueries(port, 20_000);
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    // Fast shutdown: what `pg_ctl stop -m fast` does; every client connection is cut.
    running.kill('SIGINT');
    await new Promise<void>((resolve) => running.once('exit', () => resolve()));
    await waitForPort(port, false);
  };
  await start();
  const created = new Set<string>();
  return {
    port,
    start,
    stop,
    async urlFor(database) {
      if (!created.has(database)) {
        const { Client } = await import('pg');
        const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
        await client.connect();
        await client.query(`CREATE DATABASE "${database}"`);
        await client.end();
        created.add(database);
      }
      return `postgres://postgres@127.0.0.1:${port}/${database}`;
    },
    async destroy() {
      await stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
