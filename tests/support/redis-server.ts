import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { Redis } from 'ioredis';
import { tempDir } from './env';
import { freePort, waitForPort } from './ports';

export interface PrivateRedis {
  url: string;
  port: number;
  start(): Promise<void>;
  /** SIGKILL: a crash, nothing flushed. */
  stop(): Promise<void>;
  /** SHUTDOWN (with its final AOF write, as an operator's restart does), then wait until the port is closed. */
  shutdown(): Promise<void>;
  /** Kill it and remove its data directory. */
  destroy(): Promise<void>;
}

export interface PrivateRedisOptions {
  /** Persist like production (AOF, fsync every second, no eviction) so a restart keeps the queues. */
  persist?: boolean;
}

/** A Redis of the test's own on a free loopback port, so it can be stopped without touching anyone else's. */
export async function startPrivateRedis(options: PrivateRedisOptions = {}): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = tempDir('dw-redis-');
  const persistence = options.persist
    ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction']
    : ['--appendonly', 'no'];
  let child: ChildProcess | undefined;
  const start = async () => {
    if (child && child.exitCode === null && child.signalCode === null) return;
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir],
      { stdio: 'ignore' },
    );
    await waitForPort(port, true);
  };
  const stop = async () => {
    child?.kill('SIGKILL');
    child = undefined;
    await waitForPort(port, false);
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
  const destroy = async () => {
    child?.kill('SIGKILL');
    child = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop, shutdown, destroy };
}
