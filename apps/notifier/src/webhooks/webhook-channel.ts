import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueueBulk, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, DomainEvent } from '@dw/domain';
import { webhookPayload } from '@dw/domain/webhooks';
import { InjectClock, WebhookDeliveriesRepository, type WebhookRow, WebhooksRepository } from '@dw/platform';
import type { NotificationChannel } from '../notification-channel';

/** Events an endpoint gets when it names none: article.classified is opt-in (spec). */
export const DEFAULT_WEBHOOK_EVENTS = ['status.changed', 'deadline.changed', 'deadline.countdown'];

/**
 * One delivery per matching endpoint (unique per event and endpoint), then one first-attempt
 * job each, enqueued in bulk. The payload stored with the delivery is what every attempt sends.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook' as const;

  constructor(
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly webhooks: WebhooksRepository,
    private readonly deliveries: WebhookDeliveriesRepository,
  ) {}

  async fanOut(event: DomainEvent): Promise<number> {
    const endpoints = (await this.webhooks.listEnabled()).filter((endpoint) => wants(endpoint, event));
    if (endpoints.length === 0) return 0;
    const deliveries = await this.deliveries.createDeliveries(
      event.id,
      endpoints.map((endpoint) => endpoint.seq),
      { payload: webhookPayload(event) },
      this.clock.now(),
    );
    await this.enqueueFirstAttempts(deliveries.map((delivery) => delivery.id));
    return endpoints.length;
  }

  async enqueueFirstAttempts(deliveryIds: number[]): Promise<void> {
    await enqueueBulk(
      this.queue,
      'deliverWebhook',
      deliveryIds.map((deliveryId) => ({ deliveryId, attempt: 0 })),
    );
  }
}

export function wants(endpoint: Pick<WebhookRow, 'events' | 'tracks'>, event: DomainEvent): boolean {
  const events = endpoint.events.length > 0 ? endpoint.events : DEFAULT_WEBHOOK_EVENTS;
  return (
    (endpoint.tracks.length === 0 || endpoint.tracks.includes(event.trackId)) && events.includes(event.type)
  );
}
