import type { Queue } from 'bullmq';
import { JOBS, parsePayload, sanitizeJobId } from '@dw/contracts';

/**
 * Enqueues many sendEmail jobs in one round trip, with exactly what `enqueue` gives one job:
 * validated payload, the contract's stable job id (a second enqueue is a no-op), attempts,
 * exponential backoff and retention.
 */
export async function enqueueSendEmails(queue: Queue, deliveryIds: number[]): Promise<void> {
  if (deliveryIds.length === 0) return;
  const job = JOBS.sendEmail;
  if (queue.name !== job.queue)
    throw new Error(`${job.name} belongs on queue "${job.queue}", not "${queue.name}"`);
  await queue.addBulk(
    deliveryIds.map((deliveryId) => {
      const data = parsePayload('sendEmail', { deliveryId });
      return {
        name: job.name,
        data,
        opts: {
          jobId: sanitizeJobId(job.jobId(data)),
          attempts: job.attempts,
          backoff: { type: 'exponential', delay: job.backoffMs },
          removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
          removeOnFail: { age: 30 * 24 * 3600 },
        },
      };
    }),
  );
}
