import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { saturatedWait } from '@dw/domain/webhooks';
import { enqueueBulk, type JobPayload, jobIdOf, QUEUE_NAMES } from '@dw/contracts';
import type { AcceptedOutcome, AttemptSummary } from './attempt-job';
import { OutcomeNotRecordedError } from './attempt-recorder';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

type GroupPayload = JobPayload<'deliverWebhookGroup'>;
type Member = GroupPayload['deliveries'][number];

/**
 * The first attempt of each member of a group job, all at once, each exactly as its own job would
 * make it (its endpoint's slot, its signing, the batched load and record). A member that needs a
 * retry has it enqueued as its own job by AttemptConclusion; one whose endpoint is saturated is
 * handed to its own first-attempt job (`deliverWebhook`, its usual stable id) instead of holding
 * the group. The job fails (and BullMQ runs it again) only when a member's outcome could not be
 * recorded; a rerun, or a run after its worker died, skips members already moved on (recorded as
 * sent, or attempted so their own job carries them, or handed to their own job) and sends the rest
 * again with the same webhook-id.
 */
@Injectable()
export class WebhookGroupService {
  constructor(
    private readonly delivery: WebhookDeliveryService,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async run(job: Job, payload: GroupPayload): Promise<string> {
    const redelivered = job.stalledCounter > 0;
    const previousFailure = job.attemptsMade > 0 ? (job.failedReason ?? null) : null;
    const rerun = redelivered || previousFailure !== null;
    const kept = new Map((payload.accepted ?? []).map(({ deliveryId, ...outcome }) => [deliveryId, outcome]));
    const members = rerun ? await this.notHandedOn(payload.deliveries) : payload.deliveries;
    const results = await Promise.allSettled(
      members.map(({ deliveryId, endpoint }) => {
        const accepted = kept.get(deliveryId);
        return this.delivery.attempt({
          deliveryId,
          attempt: 0,
          endpoint,
          redelivered,
          previousFailure,
          onlyIfUnattempted: rerun,
          ...(accepted ? { accepted } : {}),
          keepAccepted: (outcome) => this.keep(job, payload, kept, deliveryId, outcome),
        });
      }),
    );
    const saturated = members.filter((_, i) => valueOf(results[i]) === 'saturated');
    if (saturated.length > 0) await this.handOn(saturated);
    const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
    if (failures.length > 0) {
      // An accepted send not recorded says so first: the rerun records it instead of sending again.
      throw failures.find((e) => e.message?.startsWith(OutcomeNotRecordedError.ACCEPTED)) ?? failures[0];
    }
    return summarize(results.map(valueOf));
  }

  /** Saturated members continue as their own first-attempt job, after the usual wait. */
  private async handOn(members: Member[]): Promise<void> {
    const delay = saturatedWait(this.settings.saturatedDelayMs, Math.random);
    await enqueueBulk(
      this.queue,
      'deliverWebhook',
      members.map(({ deliveryId, endpoint }) => ({ deliveryId, attempt: 0, endpoint })),
      { delay },
    );
  }

  /** On a rerun: the members not handed to a job of their own by an earlier run (one look-up each). */
  private async notHandedOn(members: Member[]): Promise<Member[]> {
    const states = await Promise.all(
      members.map(({ deliveryId, endpoint }) =>
        this.queue.getJobState(jobIdOf('deliverWebhook', { deliveryId, attempt: 0, endpoint })),
      ),
    );
    return members.filter((_, i) => states[i] === 'unknown');
  }

  /** The group's data in Redis keeps every member's unrecorded 2xx (written whole, in call order). */
  private async keep(
    job: Job,
    payload: GroupPayload,
    kept: Map<number, AcceptedOutcome>,
    deliveryId: number,
    outcome: AcceptedOutcome,
  ): Promise<void> {
    kept.set(deliveryId, outcome);
    const accepted = [...kept].map(([id, saved]) => ({ deliveryId: id, ...saved }));
    await job.updateData({ ...payload, accepted });
  }
}

function valueOf(result: PromiseSettledResult<AttemptSummary>): AttemptSummary | 'error' {
  return result.status === 'fulfilled' ? result.value : 'error';
}

/** The members' outcomes counted, e.g. `sent 7, retry-scheduled 1`. */
function summarize(outcomes: (AttemptSummary | 'error')[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${outcome} ${n}`).join(', ') || 'nothing left';
}
