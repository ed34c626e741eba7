import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { signingSecrets, webhookHeaders } from '@dw/domain/webhooks';
import {
  type AttemptEndpoint,
  type DeliveryToAttempt,
  InjectClock,
  MetricsService,
  MicroBatcher,
  WebhookDeliveriesRepository,
} from '@dw/platform';
import { AttemptConclusion } from './attempt-conclusion';
import type { AttemptJob, AttemptSummary } from './attempt-job';
import { OutcomeNotRecordedError } from './attempt-recorder';
import { EndpointSemaphore } from './endpoint-semaphore';
import { WebhookHttpClient, type WebhookResponse } from './webhook-http-client';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/** Deliveries read in one query at most. */
const LOAD_BATCH = 256;
/** Payloads whose bytes are kept (one per recent event): each is encoded once, not per delivery. */
const RECENT_PAYLOADS = 16;

/**
 * One attempt of one delivery: load it (many per query), take the endpoint's slot, sign and send;
 * AttemptConclusion judges the answer and records it. A job finishes only after its record is
 * durable. Once the receiver has answered, only the record is ever retried, never the send.
 */
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly loader: MicroBatcher<number, DeliveryToAttempt | undefined>;
  private readonly payloadBytes = new Map<string, { text: string; bytes: Buffer }>();
  /** Slot holders are this instance's id and a count: unique across processes, no UUID per attempt. */
  private readonly instance = randomUUID();
  private holders = 0;

  constructor(
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly conclusion: AttemptConclusion,
    private readonly client: WebhookHttpClient,
    private readonly semaphore: EndpointSemaphore,
    private readonly metrics: MetricsService,
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
    const holder = `${job.deliveryId}:${this.instance}:${++this.holders}`;
    // The endpoint is known from the job: take its slot while the delivery loads (two waits in one).
    let slot = job.endpoint && !job.accepted ? this.acquire(job.endpoint, holder) : null;
    let held: string | null = null;
    try {
      const found = await this.loader.add(job.deliveryId);
      if (slot && (await slot)) held = job.endpoint!;
      if (!found) return 'skipped';
      const { webhook, ...delivery } = found;
      if (delivery.status === 'sent') return 'already-sent';
      if (job.accepted) return await this.conclusion.recordKept(job, job.accepted, webhook);
      if ((delivery.status === 'failed' || delivery.status === 'skipped') && !job.manual) return 'skipped';
      if (job.onlyIfUnattempted && delivery.attempts > 0) return 'skipped';
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
      const body = this.bytesOf(delivery.event_id, delivery.payload);
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
      const earlier = unknown ? [this.conclusion.interruptedRecord(job, webhook, startedAt)] : [];
      // A manual send of a delivery still on its schedule leaves the schedule running if it fails.
      const scheduled = job.manual !== undefined && delivery.status === 'pending';
      return await this.conclusion.conclude(job, webhook, delivery.event_id, response, earlier, scheduled);
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

  /** The UTF-8 bytes sent (and signed) for this payload text, kept for the last few events. */
  private bytesOf(eventId: string, text: string): Buffer {
    const known = this.payloadBytes.get(eventId);
    if (known && known.text === text) return known.bytes;
    if (this.payloadBytes.size >= RECENT_PAYLOADS) {
      this.payloadBytes.delete(this.payloadBytes.keys().next().value as string);
    }
    const bytes = Buffer.from(text, 'utf8');
    this.payloadBytes.set(eventId, { text, bytes });
    return bytes;
  }

  private secretsOf(webhook: AttemptEndpoint, now: Date): string[] {
    if (!webhook.previous_secret || !webhook.previous_secret_expires_at) return [webhook.secret];
    const current = { secret: webhook.secret, createdAt: new Date(1), expiresAt: null };
    const previous = {
      secret: webhook.previous_secret,
      createdAt: new Date(0),
      expiresAt: webhook.previous_secret_expires_at,
    };
    return signingSecrets([current, previous], now);
  }
}
