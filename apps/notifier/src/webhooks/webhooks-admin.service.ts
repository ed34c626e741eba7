import { randomBytes } from 'node:crypto';
import { InjectQueue } from '@nestjs/bullmq';
import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, enqueueBulk, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { generateWebhookSecret } from '@dw/domain/webhooks';
import { assertPublicUrl } from '@dw/feeds';
import {
  type AppConfig,
  type AttemptLogEntry,
  InjectClock,
  InjectConfig,
  TracksRepository,
  WebhookDeliveriesRepository,
  type WebhookRow,
  WebhooksRepository,
} from '@dw/platform';
import { WebhookChannel } from './webhook-channel';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';
import type {
  AttemptDto,
  AttemptPageDto,
  CreateWebhookInput,
  UpdateWebhookInput,
  WebhookDto,
} from './webhooks.dto';

/** Registration, changes, test events, rotation, the attempt log and manual retries. */
/** Deliveries reopened per statement by a recovery. */
const RECOVER_PAGE = 1000;

@Injectable()
export class WebhooksAdminService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    private readonly repo: WebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    private readonly tracks: TracksRepository,
    private readonly channel: WebhookChannel,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async create(input: CreateWebhookInput): Promise<WebhookDto & { secret: string }> {
    const url = this.checkUrl(input.url);
    await this.checkTracks(input.tracks ?? []);
    const secret = generateWebhookSecret(randomBytes);
    const row = await this.repo.create({
      id: `wh_${randomBytes(8).toString('hex')}`,
      url,
      description: input.description ?? null,
      events: input.events ?? [],
      tracks: input.tracks ?? [],
      secret,
      now: this.clock.now(),
    });
    this.logger.log({ webhookId: row.id, url }, 'webhook registered');
    return { ...toView(row), secret };
  }

  async list(): Promise<WebhookDto[]> {
    return (await this.repo.list()).map(toView);
  }

  async get(id: string): Promise<WebhookDto> {
    return toView(await this.require(id));
  }

  async update(id: string, input: UpdateWebhookInput): Promise<WebhookDto> {
    await this.require(id);
    if (input.tracks) await this.checkTracks(input.tracks);
    const row = await this.repo.update(
      id,
      { ...input, ...(input.url !== undefined ? { url: this.checkUrl(input.url) } : {}) },
      this.clock.now(),
    );
    if (!row) throw notFound(id);
    if (input.enabled !== undefined) {
      this.logger.log(
        { webhookId: id, enabled: input.enabled },
        'webhook enabled state changed through the API',
      );
    }
    return toView(row);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.remove(id))) throw notFound(id);
    this.logger.log({ webhookId: id }, 'webhook removed');
  }

  async sendTest(id: string): Promise<{ deliveryId: number; eventId: string }> {
    const webhook = await this.require(id);
    if (!webhook.enabled) throw new ConflictException({ error: 'the webhook is disabled: enable it first' });
    const now = this.clock.now();
    const eventId = `webhook.test:${webhook.id}:${now.getTime()}`;
    const payload = {
      type: 'webhook.test',
      timestamp: now.toISOString(),
      data: { id: eventId, webhookId: webhook.id, message: 'Test event from Deadline Watch' },
    };
    const [delivery] = await this.deliveries.createDeliveries(eventId, [webhook.seq], { payload }, now);
    if (delivery)
      await this.channel.enqueueFirstAttempts([{ deliveryId: delivery.id, endpoint: webhook.id }]);
    return { deliveryId: delivery?.id ?? 0, eventId };
  }

  async rotateSecret(
    id: string,
    gracePeriodSeconds?: number,
  ): Promise<{ id: string; secret: string; previousSecretExpiresAt: string | null }> {
    const webhook = await this.require(id);
    const now = this.clock.now();
    const graceMs =
      gracePeriodSeconds !== undefined ? gracePeriodSeconds * 1000 : this.settings.rotationGraceMs;
    const secret = generateWebhookSecret(randomBytes);
    const previousExpiresAt = graceMs > 0 ? new Date(now.getTime() + graceMs) : null;
    await this.repo.rotateSecret(
      id,
      { current: secret, previous: graceMs > 0 ? webhook.secret : null, previousExpiresAt },
      now,
    );
    this.logger.log({ webhookId: id, graceMs }, 'webhook secret rotated');
    return { id, secret, previousSecretExpiresAt: previousExpiresAt?.toISOString() ?? null };
  }

  async attempts(id: string, limit: number, cursor?: number): Promise<AttemptPageDto> {
    await this.require(id);
    const rows = await this.deliveries.attemptLog(id, limit + 1, cursor);
    const page = rows.slice(0, limit);
    return {
      items: page.map(toAttempt),
      nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }

  /**
   * Sends a delivery now, once, with its original event id: a failed or skipped one again, or a
   * pending one ahead of its next scheduled attempt (the schedule goes on if this send fails).
   */
  async retry(id: string, deliveryId: number): Promise<{ deliveryId: number; eventId: string }> {
    const webhook = await this.require(id);
    const found = await this.deliveries.deliveryWithEndpoint(deliveryId);
    if (!found || found.webhook?.id !== webhook.id) {
      throw new NotFoundException({ error: `delivery ${deliveryId} does not belong to webhook ${id}` });
    }
    if (found.delivery.status === 'sent') {
      throw new ConflictException({ error: `delivery ${deliveryId} was sent already` });
    }
    if (!webhook.enabled) throw new ConflictException({ error: 'the webhook is disabled: enable it first' });
    const now = this.clock.now();
    await enqueue(this.queue, 'deliverWebhook', {
      deliveryId,
      attempt: found.delivery.attempts,
      endpoint: webhook.id,
      manual: String(now.getTime()),
    });
    return { deliveryId, eventId: found.delivery.event_id };
  }

  /**
   * Sends again everything this endpoint missed since `since`: deliveries that failed, and events
   * recorded while it was disabled (as Svix's recover). Each gets a fresh run of the retry schedule,
   * with its original event id. Pages through the deliveries, so any backlog fits in memory.
   */
  async recover(id: string, since: Date): Promise<{ webhookId: string; since: string; deliveries: number }> {
    const webhook = await this.require(id);
    if (!webhook.enabled) throw new ConflictException({ error: 'the webhook is disabled: enable it first' });
    const now = this.clock.now();
    if (since.getTime() > now.getTime()) {
      throw new BadRequestException({
        error: 'invalid request',
        details: [{ field: 'since', message: 'must not be in the future' }],
      });
    }
    const recovery = String(now.getTime());
    let afterId = 0;
    let total = 0;
    for (;;) {
      const ids = await this.deliveries.reopenSince(webhook.seq, since, afterId, RECOVER_PAGE, recovery);
      if (ids.length === 0) break;
      await enqueueBulk(
        this.queue,
        'deliverWebhook',
        ids.map((deliveryId) => ({ deliveryId, attempt: 0, endpoint: webhook.id, recovery })),
      );
      total += ids.length;
      afterId = ids[ids.length - 1];
      if (ids.length < RECOVER_PAGE) break;
    }
    this.logger.log(
      { webhookId: id, since: since.toISOString(), deliveries: total },
      'webhook deliveries recovered',
    );
    return { webhookId: id, since: since.toISOString(), deliveries: total };
  }

  private async require(id: string): Promise<WebhookRow> {
    const row = await this.repo.find(id);
    if (!row) throw notFound(id);
    return row;
  }

  private checkUrl(raw: string): string {
    let url: URL;
    try {
      url = assertPublicUrl(raw, { allowPrivateNetwork: this.config.allowPrivateNetwork });
    } catch (error) {
      throw invalidUrl((error as Error).message);
    }
    if (url.protocol !== 'https:' && !this.config.allowPrivateNetwork) {
      throw invalidUrl('webhook URLs must use https (http only with ALLOW_PRIVATE_NETWORK=true)');
    }
    return url.href;
  }

  private async checkTracks(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const known = new Set((await this.tracks.list()).map((t) => t.id));
    const unknown = ids.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new BadRequestException({
        error: 'invalid request',
        details: [{ field: 'tracks', message: `unknown track: ${unknown.join(', ')}` }],
      });
    }
  }
}

function invalidUrl(message: string): BadRequestException {
  return new BadRequestException({ error: message, details: [{ field: 'url', message }] });
}

function notFound(id: string): NotFoundException {
  return new NotFoundException({ error: `no webhook ${id}` });
}

export function toView(row: WebhookRow): WebhookDto {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    tracks: row.tracks,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    disabledAt: row.disabled_at?.toISOString() ?? null,
    failingSince: row.failing_since?.toISOString() ?? null,
    previousSecretExpiresAt: row.previous_secret
      ? (row.previous_secret_expires_at?.toISOString() ?? null)
      : null,
    createdAt: row.created_at.toISOString(),
  };
}

function toAttempt(row: AttemptLogEntry): AttemptDto {
  return {
    attemptId: row.id,
    deliveryId: row.delivery_id,
    eventId: row.event_id,
    attempt: row.attempt,
    trigger: row.trigger,
    outcome: row.outcome,
    attemptedAt: row.attempted_at.toISOString(),
    statusCode: row.status_code,
    latencyMs: row.latency_ms,
    responseExcerpt: row.response_excerpt,
    error: row.error,
    deliveryStatus: row.delivery_status,
  };
}
