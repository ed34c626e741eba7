import type { Worker } from 'bullmq';
import { REDIS_RETRY_MAX_MS } from '../redis/redis';

/** A client is safe to close once it is connected, or closed for good. */
const SETTLED = new Set(['ready', 'end']);

interface Client {
  status: string;
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/**
 * Closes a BullMQ worker, letting the jobs in flight finish, without hanging on a connection caught
 * between two reconnect attempts.
 *
 * Worker.close() interrupts the worker's blocking read by disconnecting that connection and waits
 * for its 'end' event. ioredis never emits it for a client that is `reconnecting` (no socket, a
 * retry timer armed): disconnect() only clears the timer, and close() waits forever
 * (taskforcesh/bullmq#4656, #4585). Every worker connection is in that state for up to
 * REDIS_RETRY_MAX_MS after Redis comes back from an outage, so a shutdown then never ended. Wait for
 * the connections to be live again (their retry timer brings them back once Redis answers), then
 * close; if Redis does not answer by `waitMs`, close without waiting for the jobs in flight (they
 * cannot reach Redis either; BullMQ hands them out again as stalled).
 */
export async function closeWorker(worker: Worker, waitMs = REDIS_RETRY_MAX_MS + 1000): Promise<void> {
  const live = await untilSettled(worker, waitMs);
  await worker.close(!live);
}

async function untilSettled(worker: Worker, waitMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), waitMs);
  });
  try {
    // Both promises wait for the first connection; a worker that never reached Redis is late.
    const clients = await Promise.race([
      Promise.all([worker.backend.client, worker.backend.blockingClient]),
      deadline,
    ]);
    if (clients === 'late') return false;
    for (const client of clients as (Client | undefined)[]) {
      if (!client) continue;
      while (!SETTLED.has(client.status)) {
        if ((await Promise.race([statusChange(client), deadline])) === 'late') return false;
      }
    }
    return true;
  } finally {
    clearTimeout(timer);
  }
}

function statusChange(client: Client): Promise<void> {
  return new Promise((resolve) => {
    const events = ['ready', 'end', 'close', 'reconnecting'];
    const done = () => {
      for (const event of events) client.removeListener(event, done);
      resolve();
    };
    for (const event of events) client.once(event, done);
  });
}
