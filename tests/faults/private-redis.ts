import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, waitForPort } from './ports';

export interface PrivateRedis {
  url: string;
  /** SHUTDOWN (with its final AOF write, as an operator's restart does), then wait until the port is closed. */
  shutdown(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** A redis-server of the suite's own on a free loopback port, persisting like production (AOF). */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-faults-redis-'));
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--maxmemory-policy',
        'noeviction',
        '--dir',
        dir,
      ],
      { stdio: 'ignore' },
    );
    await waitForPort(port, true);
  };
  const shutdown = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    await client.connect();
    await client.call('SHUTDOWN').catch(() => undefined);
    client.disconnect();
    await new Promise<void>((resolve) =>
      running.exitCode !== null ? resolve() : running.once('exit', () => resolve()),
    );
    await waitForPort(port, false);
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    shutdown,
    async destroy() {
      child?.kill('SIGKILL');
      child = undefined;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
