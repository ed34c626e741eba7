import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, enqueueBulk, type JobPayload, jobIdOf, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { resumeAttempt } from '@dw/domain/webhooks';
import { InjectClock, type PendingWebhookDelivery, StrandedDeliveriesRepository } from '@dw/platform';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/** Deliveries compared with the queue per page. */
const SWEEP_PAGE = 500;

export interface SweepCounts {
  /** Pending deliveries looked at. */
  pending: number;
  /** Whose job was gone: enqueued again under the same id. */
  requeued: number;
  /** Whose job had failed for good (its own retries spent): retried. */
  retried: number;
  /**
   * Whose job completed without moving it on: no path of the attempt does that (a completed job
   * has recorded an outcome and enqueued the next attempt first), so it is reported, not touched.
   */
  stuck: number;
}

type DeliverWebhook = JobPayload<'deliverWebhook'>;

/** States in which a group job will still attempt its members. */
const LIVE = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

/**
 * The webhook half of the delivery sweep. A pending delivery always has exactly one job that moves
 * it on: the next attempt of its run, whose id the contract derives from (delivery, recovery,
 * attempt). That id is recomputed from the database and looked up in the queue; only a job that is
 * not there is enqueued again, under that same id, so a sweep racing the job's own enqueue adds
 * nothing. A delayed retry is in the queue as delayed and is left alone. A first attempt carried
 * by a group job (its row names the group) is left alone while that job is still to run or running
 * (it may wait far longer than the grace in a backlog); once the group job is done or gone, the
 * member's own first-attempt id is looked up as above, and a member still pending without it gets
 * it (a saturated member's own job, made by the group, is found there).
 */
@Injectable()
export class StrandedWebhooks {
  constructor(
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    private readonly repo: StrandedDeliveriesRepository,
    @InjectClock() private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  /** Looks at pending deliveries created, and last attempted, before `before`. */
  async sweep(before: Date): Promise<SweepCounts> {
    const counts: SweepCounts = { pending: 0, requeued: 0, retried: 0, stuck: 0 };
    let afterId = 0;
    for (;;) {
      const page = await this.repo.pendingWebhooks({ before, afterId, limit: SWEEP_PAGE });
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      counts.pending += page.length;
      const rows = await this.withoutLiveGroups(page);
      const jobs = rows.map((row) => this.jobOf(row));
      const states = await Promise.all(jobs.map((job) => this.queue.getJobState(job.id)));
      const missing = jobs.filter((_, i) => states[i] === 'unknown');
      counts.requeued += await this.requeue(missing);
      for (const job of jobs.filter((_, i) => states[i] === 'failed')) {
        await (await this.queue.getJob(job.id))?.retry('failed');
        counts.retried += 1;
      }
      counts.stuck += states.filter((state) => state === 'completed').length;
      if (page.length < SWEEP_PAGE) break;
    }
    return counts;
  }

  /**
   * The rows whose first attempt no group job still carries. Asked before their own jobs are:
   * a group job hands a member on (saturated endpoint, retry) before it completes.
   */
  private async withoutLiveGroups(page: PendingWebhookDelivery[]): Promise<PendingWebhookDelivery[]> {
    const ids = page.map((row) =>
      row.group !== null && row.lastRetry === null && row.recovery === null
        ? jobIdOf('deliverWebhookGroup', {
            eventId: row.eventId,
            group: row.group,
            deliveries: [{ deliveryId: row.id, endpoint: row.endpoint ?? '' }],
          })
        : null,
    );
    const states = await Promise.all(
      ids.map((id) => (id ? this.queue.getJobState(id) : Promise.resolve('none'))),
    );
    return page.filter((_, i) => !LIVE.has(states[i]));
  }

  /**
   * Read again after the queue was asked: a job that finished and was removed in between has moved
   * its delivery on, so its recomputed id differs and nothing is added for it.
   */
  private async requeue(missing: { id: string; payload: DeliverWebhook }[]): Promise<number> {
    if (missing.length === 0) return 0;
    const expected = new Set(missing.map((job) => job.id));
    const rows = await this.repo.pendingWebhooks({ ids: missing.map((job) => job.payload.deliveryId) });
    const still = rows.map((row) => this.jobOf(row)).filter((job) => expected.has(job.id));
    const due = still.filter((job) => job.delayMs === 0).map((job) => job.payload);
    await enqueueBulk(this.queue, 'deliverWebhook', due);
    for (const job of still.filter((job) => job.delayMs > 0)) {
      await enqueue(this.queue, 'deliverWebhook', job.payload, { delay: job.delayMs });
    }
    return still.length;
  }

  private jobOf(row: PendingWebhookDelivery): { id: string; payload: DeliverWebhook; delayMs: number } {
    const { attempt, delayMs } = resumeAttempt(
      row.lastRetry,
      row.lastRetryAt,
      this.clock.now(),
      this.settings.retryScheduleMs,
    );
    const payload: DeliverWebhook = {
      deliveryId: row.id,
      attempt,
      ...(row.endpoint ? { endpoint: row.endpoint } : {}),
      ...(row.recovery ? { recovery: row.recovery } : {}),
    };
    return { id: jobIdOf('deliverWebhook', payload), payload, delayMs };
  }
}
