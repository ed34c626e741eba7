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
  type AttemptTrigger,
  InjectClock,
  MetricsService,
  WebhookDeliveriesRepository,
  type WebhookRow,
  WebhooksRepository,
} from '@dw/platform';
import { EndpointSemaphore } from './endpoint-semaphore';
import { WebhookHttpClient, type WebhookResponse } from './webhook-http-client';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

export interface AttemptJob {
  deliveryId: number;
  /** 0-based place in the retry schedule. */
  attempt: number;
  /** Set for a retry asked for through the API: one attempt, no schedule after it. */
  manual?: string;
  /** The job was handed out again after its worker stopped (BullMQ stalled-job recovery). */
  redelivered: boolean;
}

export type AttemptSummary =
  | 'sent'
  | 'already-sent'
  | 'skipped'
  | 'saturated'
  | 'retry-scheduled'
  | 'failed'
  | 'disabled'
  | 'superseded';

/** One attempt of one delivery: sign, send, log, and decide what happens next. */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');

  constructor(
    private readonly endpoints: WebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly client: WebhookHttpClient,
    private readonly semaphore: EndpointSemaphore,
    private readonly metrics: MetricsService,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async attempt(job: AttemptJob): Promise<AttemptSummary> {
    const found = await this.deliveries.deliveryWithEndpoint(job.deliveryId);
    if (!found) return 'skipped';
    const { delivery, webhook } = found;
    if (delivery.status === 'sent') return 'already-sent';
    if (delivery.status === 'failed' && !job.manual) return 'skipped';
    if (!webhook || !webhook.enabled) {
      const why = webhook
        ? `endpoint disabled: ${webhook.disabled_reason ?? 'no reason given'}`
        : 'endpoint deleted';
      await this.deliveries.setDeliveryStatus(delivery.id, 'failed', { at: this.clock.now(), error: why });
      return 'skipped';
    }
    const holder = randomUUID();
    const slotTtl = this.settings.requestTimeoutMs + 5_000;
    if (
      !(await this.semaphore.tryAcquire(webhook.id, holder, this.settings.perEndpointConcurrency, slotTtl))
    ) {
      return 'saturated';
    }
    try {
      return await this.send(job, webhook, delivery.event_id, delivery.body);
    } finally {
      await this.semaphore.release(webhook.id, holder);
    }
  }

  private async send(
    job: AttemptJob,
    webhook: WebhookRow,
    eventId: string,
    stored: Record<string, unknown>,
  ): Promise<AttemptSummary> {
    const trigger: AttemptTrigger = job.manual ? 'manual' : job.redelivered ? 'redelivery' : 'scheduled';
    const startedAt = this.clock.now();
    const { attemptId, interrupted } = await this.deliveries.startAttempt({
      deliveryId: job.deliveryId,
      webhookId: webhook.id,
      attempt: job.attempt,
      trigger,
      at: startedAt,
    });
    if (interrupted > 0) {
      this.logger.warn(
        { deliveryId: job.deliveryId, webhookId: webhook.id, eventId },
        'an earlier attempt was cut short by a stopped worker; sending again with the same id',
      );
    }
    const body = JSON.stringify(stored.payload ?? stored);
    const response = await this.client.post({
      url: webhook.url,
      body,
      headers: { ...webhookHeaders(this.secretsOf(webhook, startedAt), eventId, startedAt, body) },
    });
    const now = this.clock.now();
    const outcome = classifyAttempt(asAttemptResult(response, now));
    const error = errorOf(response, outcome);
    const finished = await this.deliveries.finishAttempt(
      attemptId,
      {
        outcome: attemptOutcome(
          outcome,
          Boolean(job.manual) || job.attempt + 1 >= this.settings.retryScheduleMs.length,
        ),
        statusCode: response.kind === 'response' ? response.status : null,
        latencyMs: response.latencyMs,
        responseExcerpt: response.kind === 'response' ? response.excerpt : null,
        error,
      },
      {
        id: job.deliveryId,
        status: outcome.action === 'success' ? 'sent' : outcome.action === 'disable' ? 'failed' : 'pending',
        at: now,
        error,
      },
    );
    // Another worker took this delivery over while we waited (our lock was lost): it decides.
    if (!finished) return 'superseded';
    return this.settle(job, webhook, eventId, outcome, now);
  }

  private async settle(
    job: AttemptJob,
    webhook: WebhookRow,
    eventId: string,
    outcome: DeliveryOutcome,
    now: Date,
  ): Promise<AttemptSummary> {
    if (outcome.action === 'success') {
      if (webhook.failing_since) await this.endpoints.markHealthy(webhook.id);
      this.metrics.notificationsSent.inc({ channel: 'webhook' });
      return 'sent';
    }
    if (outcome.action === 'disable') {
      await this.disableEndpoint(webhook, outcome.reason, now);
      return 'disabled';
    }
    const failingSince = await this.endpoints.markFailing(webhook.id, now);
    if (shouldDisableEndpoint(failingSince, now, this.settings.disableAfterMs)) {
      const reason = `failing continuously since ${failingSince?.toISOString() ?? now.toISOString()}`;
      await this.disableEndpoint(webhook, reason, now);
      await this.deliveries.setDeliveryStatus(job.deliveryId, 'failed', { at: now, error: outcome.reason });
      return 'disabled';
    }
    const delay = job.manual
      ? null
      : nextAttemptDelay(job.attempt + 1, Math.random, outcome.retryAfterSeconds, {
          schedule: this.settings.retryScheduleMs,
          jitterRatio: this.settings.jitterRatio,
          maxRetryAfterMs: this.settings.maxRetryAfterMs,
        });
    if (delay === null) {
      await this.deliveries.setDeliveryStatus(job.deliveryId, 'failed', { at: now, error: outcome.reason });
      this.logger.warn(
        { deliveryId: job.deliveryId, webhookId: webhook.id, eventId, attempts: job.attempt + 1 },
        job.manual ? 'manual retry failed' : 'webhook delivery gave up after the whole retry schedule',
      );
      return 'failed';
    }
    await enqueue(
      this.queue,
      'deliverWebhook',
      { deliveryId: job.deliveryId, attempt: job.attempt + 1 },
      { delay },
    );
    return 'retry-scheduled';
  }

  private async disableEndpoint(webhook: WebhookRow, reason: string, now: Date): Promise<void> {
    if (await this.endpoints.disable(webhook.id, reason, now)) {
      this.logger.warn({ webhookId: webhook.id, url: webhook.url, reason }, 'webhook endpoint disabled');
    }
  }

  private secretsOf(webhook: WebhookRow, now: Date): string[] {
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

function asAttemptResult(response: WebhookResponse, now: Date) {
  if (response.kind !== 'response') return { kind: response.kind };
  return {
    kind: 'response' as const,
    status: response.status,
    retryAfterSeconds: parseRetryAfter(response.retryAfter, now),
  };
}

function attemptOutcome(
  outcome: DeliveryOutcome,
  last: boolean,
): 'success' | 'disabled' | 'retry' | 'failed' {
  if (outcome.action === 'success') return 'success';
  if (outcome.action === 'disable') return 'disabled';
  return last ? 'failed' : 'retry';
}

function errorOf(response: WebhookResponse, outcome: DeliveryOutcome): string | null {
  if (response.kind !== 'response') return response.error;
  if (outcome.action === 'success') return null;
  if (response.status >= 300 && response.status < 400)
    return `HTTP ${response.status} (redirects are not followed)`;
  return outcome.reason;
}
