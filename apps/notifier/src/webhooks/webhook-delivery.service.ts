import { randomUUID } from 'node:crypto';
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
  signingSecrets,
  webhookHeaders,
  type DeliveryOutcome,
} from '@dw/domain/webhooks';
import {
  type AttemptRecord,
  type AttemptTrigger,
  type AttemptEndpoint,
  type DeliveryToAttempt,
  InjectClock,
  MetricsService,
  MicroBatcher,
  WebhookDeliveriesRepository,
} from '@dw/platform';
import { AttemptRecorder, OutcomeNotRecordedError } from './attempt-recorder';
import { EndpointSemaphore } from './endpoint-semaphore';
import { WebhookHttpClient, type WebhookResponse } from './webhook-http-client';
import { WebhookNotices } from './webhook-notices';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/** A 2xx that was received but not yet recorded, kept with the job so a rerun records instead of sending. */
export interface AcceptedOutcome {
  at: string;
  statusCode: number;
  latencyMs: number;
  trigger: string;
}

export interface AttemptJob {
  deliveryId: number;
  /** 0-based place in the retry schedule. */
  attempt: number;
  /** Set for a retry asked for through the API: one attempt, no schedule after it. */
  manual?: string;
  /** The endpoint's id when the job names it (its slot is taken while the delivery loads). */
  endpoint?: string;
  /** Set for the jobs of a recovery: carried on to every retry of it. */
  recovery?: string;
  /** The job was handed out again after its worker stopped (BullMQ stalled-job recovery). */
  redelivered: boolean;
  /** Why the previous run of this job failed, if it did. */
  previousFailure?: string | null;
  accepted?: AcceptedOutcome;
  /** Puts an accepted outcome into the job itself (Redis) while the database cannot take it. */
  keepAccepted?: (accepted: AcceptedOutcome) => Promise<void>;
}

export type AttemptSummary =
  'sent' | 'already-sent' | 'skipped' | 'saturated' | 'retry-scheduled' | 'failed' | 'disabled';

/** Deliveries read in one query at most. */
const LOAD_BATCH = 256;

/**
 * One attempt of one delivery: sign, send, log, and decide what happens next. Reads and writes are
 * batched across the deliveries in flight (one query loads many, one statement records many), and a
 * job finishes only after its record is durable. Once the receiver has answered, only the record
 * is ever retried, never the send.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly loader: MicroBatcher<number, DeliveryToAttempt | undefined>;

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly recorder: AttemptRecorder,
    private readonly client: WebhookHttpClient,
    private readonly semaphore: EndpointSemaphore,
    private readonly notices: WebhookNotices,
    private readonly metrics: MetricsService,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {
    this.loader = new MicroBatcher({
      run: (ids) => this.deliveries.deliveriesToAttempt(ids),
      maxSize: LOAD_BATCH,
      maxInFlight: 2,
    });
  }

  async attempt(job: AttemptJob): Promise<AttemptSummary> {
    const holder = `${job.deliveryId}:${randomUUID()}`;
    // The endpoint is known from the job: take its slot while the delivery loads (two waits in one).
    let slot = job.endpoint && !job.accepted ? this.acquire(job.endpoint, holder) : null;
    let held: string | null = null;
    try {
      const found = await this.loader.add(job.deliveryId);
      if (slot && (await slot)) held = job.endpoint!;
      if (!found) return 'skipped';
      const { webhook, ...delivery } = found;
      if (delivery.status === 'sent') return 'already-sent';
      if (job.accepted) return await this.recordKept(job, job.accepted, webhook);
      if ((delivery.status === 'failed' || delivery.status === 'skipped') && !job.manual) return 'skipped';
      if (!webhook || !webhook.enabled) {
        const why = webhook
          ? `endpoint disabled: ${webhook.disabled_reason ?? 'no reason given'}`
          : 'endpoint deleted';
        await this.deliveries.setDeliveryStatus(delivery.id, 'failed', { at: this.clock.now(), error: why });
        this.metrics.deliveries.inc({ channel: 'webhook', outcome: 'skipped' });
        return 'skipped';
      }
      if (held !== webhook.id) {
        if (held) void this.semaphore.release(held, holder);
        held = null;
        slot = this.acquire(webhook.id, holder);
        if (await slot) held = webhook.id;
      }
      if (!held) return 'saturated';
      const unknown = this.earlierOutcomeUnknown(job);
      if (unknown) {
        this.metrics.unknownOutcomeResends.inc({ channel: 'webhook' });
        this.logger.warn(
          { deliveryId: delivery.id, webhookId: webhook.id, eventId: delivery.event_id },
          'outcome of an earlier send unknown (its worker stopped before recording it); sending again with the same webhook-id',
        );
      }
      const startedAt = this.clock.now();
      const body = delivery.payload;
      let response: WebhookResponse;
      try {
        response = await this.client.post({
          url: webhook.url,
          body,
          headers: {
            ...webhookHeaders(this.secretsOf(webhook, startedAt), delivery.event_id, startedAt, body),
          },
        });
      } finally {
        void this.semaphore.release(held, holder);
        held = null;
      }
      const earlier = unknown ? [this.interruptedRecord(job, webhook, startedAt)] : [];
      // A manual send of a delivery still on its schedule leaves the schedule running if it fails.
      const scheduled = job.manual !== undefined && delivery.status === 'pending';
      return await this.conclude(job, webhook, delivery.event_id, response, earlier, scheduled);
    } finally {
      if (held) void this.semaphore.release(held, holder);
      else if (slot) void slot.catch(() => undefined);
    }
  }

  private acquire(endpointId: string, holder: string): Promise<boolean> {
    const ttl = this.settings.requestTimeoutMs + 5_000;
    return this.semaphore.tryAcquire(endpointId, holder, this.settings.perEndpointConcurrency, ttl);
  }

  /** A run of this job before may have sent and died before recording: the receiver may see it twice. */
  private earlierOutcomeUnknown(job: AttemptJob): boolean {
    if (job.redelivered) return true;
    return Boolean(job.previousFailure?.startsWith(OutcomeNotRecordedError.ACCEPTED));
  }

  private async conclude(
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
  private async recordKept(
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

  private interruptedRecord(job: AttemptJob, webhook: AttemptEndpoint, at: Date): AttemptRecord {
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

  private secretsOf(webhook: AttemptEndpoint, now: Date): string[] {
    const current = { secret: webhook.secret, createdAt: new Date(1), expiresAt: null };
    const previous =
      webhook.previous_secret && webhook.previous_secret_expires_at
        ? [
            {
              secret: webhook.previous_secret,
              createdAt: new Date(0),
              expiresAt: webhook.previous_secret_expires_at,
            },
          ]
        : [];
    return signingSecrets([current, ...previous], now);
  }
}

function triggerOf(job: AttemptJob, resend: boolean): AttemptTrigger {
  if (job.manual) return 'manual';
  if (resend) return 'redelivery';
  return job.recovery ? 'recovery' : 'scheduled';
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
