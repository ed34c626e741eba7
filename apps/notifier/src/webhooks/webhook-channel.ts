import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueBulk, type JobPayload, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, DomainEvent } from '@dw/domain';
import { webhookPayload } from '@dw/domain/webhooks';
import {
  type FreshDelivery,
  InjectClock,
  WebhookDeliveriesRepository,
  type WebhookRow,
  WebhooksRepository,
} from '@dw/platform';
import type { NotificationChannel } from '../notification-channel';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

/** Events an endpoint gets when it names none: article.classified is opt-in (spec). */
export const DEFAULT_WEBHOOK_EVENTS = ['status.changed', 'deadline.changed', 'deadline.countdown'];

/** Endpoints read per keyset page: memory of a fan-out is bounded by this, not by the endpoint count. */
export const FAN_OUT_PAGE = 1000;

/**
 * One delivery per matching endpoint (unique per event and endpoint), then the first-attempt jobs,
 * enqueued in bulk, page by page: one per group of `groupSize` deliveries (the group each row was
 * written with), or one each when the size is 1. An endpoint that is disabled gets its delivery recorded as
 * `skipped`, so POST /api/webhooks/:id/recover can send it once the endpoint is enabled again.
 * The payload stored with the delivery is what every attempt sends.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook' as const;

  constructor(
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly webhooks: WebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {}

  async fanOut(event: DomainEvent): Promise<number> {
    const body = { payload: webhookPayload(event) };
    const now = this.clock.now();
    let afterSeq = 0;
    let enqueued = 0;
    for (;;) {
      const page = await this.webhooks.fanOutPage(afterSeq, FAN_OUT_PAGE);
      if (page.length === 0) break;
      afterSeq = page[page.length - 1].seq;
      const matching = page.filter((endpoint) => wants(endpoint, event));
      const enabled = matching.filter((endpoint) => endpoint.enabled);
      const disabled = matching.filter((endpoint) => !endpoint.enabled).map((endpoint) => endpoint.seq);
      if (disabled.length > 0) {
        await this.deliveries.createDeliveries(event.id, disabled, body, now, {
          reason: 'the endpoint was disabled when the event occurred',
        });
      }
      if (enabled.length > 0) {
        const idOf = new Map(enabled.map((endpoint) => [endpoint.seq, endpoint.id]));
        const fresh = await this.deliveries.createDeliveries(
          event.id,
          enabled.map((endpoint) => endpoint.seq),
          body,
          now,
          undefined,
          this.settings.groupSize,
        );
        await this.enqueueGroups(event.id, fresh, idOf);
        await this.enqueueFirstAttempts(
          fresh
            .filter((delivery) => delivery.webhook_group === null)
            .map((delivery) => ({ deliveryId: delivery.id, endpoint: idOf.get(delivery.recipient_id) })),
        );
        enqueued += enabled.length;
      }
      if (page.length < FAN_OUT_PAGE) break;
    }
    return enqueued;
  }

  /** One job per group the rows were written with (a re-run finds the same groups: same job ids). */
  private async enqueueGroups(
    eventId: string,
    fresh: FreshDelivery[],
    idOf: Map<number, string>,
  ): Promise<void> {
    const groups = new Map<number, JobPayload<'deliverWebhookGroup'>>();
    for (const delivery of fresh) {
      const endpoint = idOf.get(delivery.recipient_id);
      if (delivery.webhook_group === null || endpoint === undefined) continue;
      const member = { deliveryId: delivery.id, endpoint };
      const group = groups.get(delivery.webhook_group);
      if (group) group.deliveries.push(member);
      else
        groups.set(delivery.webhook_group, { eventId, group: delivery.webhook_group, deliveries: [member] });
    }
    if (groups.size > 0) await enqueueBulk(this.queue, 'deliverWebhookGroup', [...groups.values()]);
  }

  async enqueueFirstAttempts(deliveries: { deliveryId: number; endpoint?: string }[]): Promise<void> {
    await enqueueBulk(
      this.queue,
      'deliverWebhook',
      deliveries.map(({ deliveryId, endpoint }) => ({
        deliveryId,
        attempt: 0,
        ...(endpoint ? { endpoint } : {}),
      })),
    );
  }
}

export function wants(endpoint: Pick<WebhookRow, 'events' | 'tracks'>, event: DomainEvent): boolean {
  const events = endpoint.events.length > 0 ? endpoint.events : DEFAULT_WEBHOOK_EVENTS;
  return (
    (endpoint.tracks.length === 0 || endpoint.tracks.includes(event.trackId)) && events.includes(event.type)
  );
}
