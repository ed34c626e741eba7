import { Worker } from 'bullmq';
import { bullConnection, closeWorker, REDIS_RETRY_MAX_MS } from '@dw/platform';
import { eventually, uniqueName } from '../support/env';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server';

/** The status of the worker's connection for its blocking read (the one close() disconnects). */
async function blockingStatus(worker: Worker): Promise<string | undefined> {
  return (await worker.backend.blockingClient)?.status;
}

/**
 * A worker waiting for jobs whose Redis has just gone away: its connections wait to retry. They wait the
 * longest gap from the first retry on, so that a Redis restarted on a loaded machine is back before they are.
 */
async function workerBetweenReconnects(redis: PrivateRedis): Promise<Worker> {
  const worker = new Worker(uniqueName('close'), async () => undefined, {
    connection: { ...bullConnection(redis.url), retryStrategy: () => REDIS_RETRY_MAX_MS },
  });
  worker.on('error', () => undefined);
  await worker.waitUntilReady();
  await eventually(async () => expect(await blockingStatus(worker)).toBe('ready'));
  await redis.stop();
  await eventually(async () => expect(await blockingStatus(worker)).toBe('reconnecting'));
  return worker;
}

describe('closeWorker', () => {
  let redis: PrivateRedis;

  beforeEach(async () => {
    redis = await startPrivateRedis();
  });

  afterEach(async () => {
    await redis.destroy();
  });

  it('closes a worker whose connections are between two reconnect attempts when Redis comes back', async () => {
    // Worker.close() alone waits forever here: ioredis never says 'end' for a client with no socket.
    const worker = await workerBetweenReconnects(redis);
    await redis.start();
    expect(await blockingStatus(worker)).toBe('reconnecting');
    const started = Date.now();
    await closeWorker(worker);
    expect(Date.now() - started).toBeLessThan(REDIS_RETRY_MAX_MS + 1000);
    expect([await blockingStatus(worker), (await worker.backend.client).status]).toEqual(['end', 'end']);
  });

  it('closes a worker whose Redis stays down once the wait is over, without waiting for Redis', async () => {
    const worker = await workerBetweenReconnects(redis);
    const started = Date.now();
    await closeWorker(worker, 500);
    expect(Date.now() - started).toBeLessThan(3000);
    expect([await blockingStatus(worker), (await worker.backend.client).status]).toEqual(['end', 'end']);
  });
});
