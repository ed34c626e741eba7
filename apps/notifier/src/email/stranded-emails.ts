import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobType, Queue } from 'bullmq';
import { enqueueBulk, QUEUE_NAMES } from '@dw/contracts';
import { type PendingEmailDelivery, StrandedDeliveriesRepository } from '@dw/platform';
import { SEND_GROUP_SIZE } from './send-jobs';

const SWEEP_PAGE = 1000;
const QUEUE_PAGE = 1000;
/** Where a send job that can still run may be. */
const LIVE_STATES: JobType[] = ['wait', 'delayed', 'active', 'prioritized', 'waiting-children'];

/**
 * The email half of the delivery sweep. Send jobs carry groups of deliveries under ids made from
 * the group, so a delivery's job cannot be named from the database: the deliveries the live send
 * jobs carry are read from the queue instead (only when some pending delivery is old enough to be
 * stranded), and those no live job carries get a send job of their own. Even a job sent needlessly
 * sends nothing twice: the claim takes only pending deliveries without a live lease.
 */
@Injectable()
export class StrandedEmails {
  constructor(
    @InjectQueue(QUEUE_NAMES.email) private readonly queue: Queue,
    private readonly repo: StrandedDeliveriesRepository,
  ) {}

  async sweep(before: Date): Promise<{ pending: number; requeued: number }> {
    let afterId = 0;
    let pending = 0;
    let requeued = 0;
    let queued: Set<number> | undefined;
    for (;;) {
      const page = await this.repo.pendingEmails(before, afterId, SWEEP_PAGE);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      pending += page.length;
      queued ??= await this.deliveriesInQueue();
      const missing = page.filter((row) => !queued!.has(row.id));
      await this.requeue(missing);
      requeued += missing.length;
      if (page.length < SWEEP_PAGE) break;
    }
    return { pending, requeued };
  }

  /** Groups by attempts made, so the same stranded set gets the same job ids on every sweep. */
  private async requeue(missing: PendingEmailDelivery[]): Promise<void> {
    const byAttempts = new Map<number, number[]>();
    for (const row of missing)
      byAttempts.set(row.attempts, [...(byAttempts.get(row.attempts) ?? []), row.id]);
    for (const [attempts, ids] of byAttempts) {
      const groups = [];
      for (let start = 0; start < ids.length; start += SEND_GROUP_SIZE) {
        groups.push({
          deliveryIds: ids.slice(start, start + SEND_GROUP_SIZE),
          ...(attempts > 0 ? { retry: Math.min(100, attempts) } : {}),
          swept: true as const,
        });
      }
      await enqueueBulk(this.queue, 'sendEmail', groups);
    }
  }

  private async deliveriesInQueue(): Promise<Set<number>> {
    const ids = new Set<number>();
    for (const state of LIVE_STATES) {
      for (let start = 0; ; start += QUEUE_PAGE) {
        const jobs = await this.queue.getJobs([state], start, start + QUEUE_PAGE - 1, true);
        for (const job of jobs) {
          const carried = (job?.data as { deliveryIds?: unknown } | undefined)?.deliveryIds;
          if (Array.isArray(carried)) for (const id of carried) if (typeof id === 'number') ids.add(id);
        }
        if (jobs.length < QUEUE_PAGE) break;
      }
    }
    return ids;
  }
}
