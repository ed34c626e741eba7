import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import {
  classifyAttempt,
  nextAttemptDelay,
  parseRetryAfter,
  shouldDisableEndpoint,
  type DeliveryOutcome,
} from '@dw/domain/webhooks';
import {
  type AttemptEndpoint,
  type AttemptRecord,
  type AttemptTrigger,
  InjectClock,
  MetricsService,
} from '@dw/platform';
import { type AcceptedOutcome, type AttemptJob, type AttemptSummary, triggerOf } from './attempt-job';
import { AttemptRecorder } from './attempt-recorder';
import type { WebhookResponse } from './webhook-http-client';
import { WebhookNotices } from './webhook-notices';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/**
 * What happens after a send: the answer judged (success, retry, give up, disable), its record
 * written (durable before the job ends), the endpoint's notices and the next attempt scheduled.
 */
@Injectable()
export class AttemptConclusion {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    private readonly recorder: AttemptRecorder,
    private readonly notices: WebhookNotices,
    private readonly metrics: MetricsService,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async conclude(
    job: AttemptJob,
    webhook: AttemptEndpoint,
    eventId: string,
    response: WebhookResponse,
    earlier: AttemptRecord[],
    scheduleRuns = false,
  ): Promise<AttemptSummary> {
    const now = this.clock.now();
    const outcome = classifyAttempt(asAttemptResult(response, now));
    const error = errorOf(response, outcome);
    const attempt = {
      deliveryId: job.deliveryId,
      webhookId: webhook.id,
      attempt: job.attempt,
      trigger: triggerOf(job, earlier.length > 0),
      at: now,
      statusCode: response.kind === 'response' ? response.status : null,
      latencyMs: response.latencyMs,
      responseExcerpt: response.kind === 'response' ? response.excerpt : null,
    };
    if (outcome.action === 'success') {
      const accepted = {
        at: now.toISOString(),
        statusCode: attempt.statusCode ?? 200,
        latencyMs: attempt.latencyMs,
        trigger: attempt.trigger,
      };
      await this.recorder.record(
        [
          ...earlier,
          {
            ...attempt,
            outcome: 'success',
            error: null,
            delivery: { status: 'sent', at: now, error: null },
            endpointHealth: 'healthy',
          },
        ],
        async () => job.keepAccepted?.(accepted),
        true,
      );
      return this.succeeded();
    }
    if (outcome.action === 'disable') {
      const reason = `endpoint disabled: ${outcome.reason}`;
      await this.recorder.record([
        ...earlier,
        {
          ...attempt,
          outcome: 'disabled',
          error: reason,
          delivery: { status: 'failed', at: now, error },
          endpointHealth: null,
        },
      ]);
      await this.notices.disabled(webhook, outcome.reason, now);
      this.metrics.deliveries.inc({ channel: 'webhook', outcome: 'disabled' });
      return 'disabled';
    }
    // The streak as loaded with the delivery: one write fewer, and a late answer decides nothing.
    const failingSince = webhook.failing_since ?? now;
    const disable = shouldDisableEndpoint(failingSince, now, this.settings.disableAfterMs);
    const delay =
      disable || job.manual
        ? null
        : nextAttemptDelay(job.attempt + 1, Math.random, outcome.retryAfterSeconds, {
            schedule: this.settings.retryScheduleMs,
            jitterRatio: this.settings.jitterRatio,
            maxRetryAfterMs: this.settings.maxRetryAfterMs,
          });
    const label = disable ? 'disabled' : delay === null && !scheduleRuns ? 'failed' : 'retry';
    const superseded = await this.recorder.record([
      ...earlier,
      {
        ...attempt,
        outcome: label,
        error: disable ? `${error}; endpoint disabled: failing since ${failingSince.toISOString()}` : error,
        delivery: { status: label === 'retry' ? 'pending' : 'failed', at: now, error },
        endpointHealth: 'failing',
      },
    ]);
    // Another worker delivered it while this one waited for an answer (its job was handed out again).
    if (superseded) return 'already-sent';
    this.metrics.deliveries.inc({ channel: 'webhook', outcome: label });
    if (disable) {
      await this.notices.disabled(webhook, `failing continuously since ${failingSince.toISOString()}`, now);
      return 'disabled';
    }
    if (scheduleRuns) return 'retry-scheduled';
    if (delay === null) {
      this.logger.warn(
        { deliveryId: job.deliveryId, webhookId: webhook.id, eventId, attempts: job.attempt + 1 },
        job.manual ? 'manual retry failed' : 'webhook delivery gave up after the whole retry schedule',
      );
      return 'failed';
    }
    await enqueue(
      this.queue,
      'deliverWebhook',
      {
        deliveryId: job.deliveryId,
        attempt: job.attempt + 1,
        endpoint: webhook.id,
        ...(job.recovery ? { recovery: job.recovery } : {}),
      },
      { delay },
    );
    return 'retry-scheduled';
  }

  /** The receiver accepted in an earlier run whose record did not make it: record it, do not send. */
  async recordKept(
    job: AttemptJob,
    accepted: AcceptedOutcome,
    webhook: AttemptEndpoint | undefined,
  ): Promise<AttemptSummary> {
    const at = new Date(accepted.at);
    await this.recorder.record(
      [
        {
          deliveryId: job.deliveryId,
          webhookId: webhook?.id ?? 'deleted',
          attempt: job.attempt,
          trigger: accepted.trigger as AttemptTrigger,
          at,
          statusCode: accepted.statusCode,
          latencyMs: accepted.latencyMs,
          responseExcerpt: null,
          outcome: 'success',
          error: null,
          delivery: { status: 'sent', at, error: null },
          endpointHealth: 'healthy',
        },
      ],
      undefined,
      true,
    );
    this.logger.log({ deliveryId: job.deliveryId }, 'recorded a webhook accepted earlier; not sent again');
    return webhook ? this.succeeded() : 'sent';
  }

  private succeeded(): AttemptSummary {
    this.metrics.notificationsSent.inc({ channel: 'webhook' });
    this.metrics.deliveries.inc({ channel: 'webhook', outcome: 'delivered' });
    return 'sent';
  }

  interruptedRecord(job: AttemptJob, webhook: AttemptEndpoint, at: Date): AttemptRecord {
    return {
      deliveryId: job.deliveryId,
      webhookId: webhook.id,
      attempt: job.attempt,
      trigger: triggerOf(job, false),
      at,
      statusCode: null,
      latencyMs: 0,
      responseExcerpt: null,
      outcome: 'interrupted',
      error: 'outcome unknown: the worker stopped before recording it; sent again with the same webhook-id',
      delivery: null,
      endpointHealth: null,
    };
  }
}

function asAttemptResult(response: WebhookResponse, now: Date) {
  if (response.kind !== 'response') return { kind: response.kind };
  return {
    kind: 'response' as const,
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.retryAfter, now),
  };
}

function errorOf(response: WebhookResponse, outcome: DeliveryOutcome): string | null {
  if (response.kind !== 'response') return response.error;
  if (outcome.action === 'success') return null;
  if (response.status >= 300 && response.status < 400)
    return `HTTP ${response.status} (redirects are not followed)`;
  return outcome.reason;
}
