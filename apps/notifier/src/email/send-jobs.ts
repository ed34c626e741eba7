import type { Queue } from 'bullmq';
import { enqueueBulk } from '@dw/contracts';

/** Deliveries per send job: claimed with one statement, recorded with a few, one job on the queue. */
export const SEND_GROUP_SIZE = 50;

/**
 * Enqueues send jobs for deliveries, SEND_GROUP_SIZE to a job, through the contract's
 * `enqueueBulk` (stable job ids: the same group enqueued again is a no-op).
 */
export async function enqueueSendEmails(
  queue: Queue,
  deliveryIds: number[],
  options: { retry?: number; delayMs?: number } = {},
): Promise<void> {
  const groups = [];
  for (let start = 0; start < deliveryIds.length; start += SEND_GROUP_SIZE) {
    groups.push({
      deliveryIds: deliveryIds.slice(start, start + SEND_GROUP_SIZE),
      ...(options.retry ? { retry: options.retry } : {}),
    });
  }
  if (groups.length === 0) return;
  await enqueueBulk(queue, 'sendEmail', groups, options.delayMs ? { delay: options.delayMs } : {});
}
