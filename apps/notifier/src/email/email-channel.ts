import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, DomainEvent } from '@dw/domain';
import {
  type AppConfig,
  DeliveriesRepository,
  InjectClock,
  InjectConfig,
  SubscribersRepository,
  type SubscriberRow,
} from '@dw/platform';
import type { NotificationChannel } from '../notification-channel';
import { renderAlert } from './alert-message';

@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;

  constructor(
    @InjectQueue(QUEUE_NAMES.email) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async fanOut(event: DomainEvent): Promise<number> {
    const recipients = (await this.subscribers.activeSubscribers()).filter((s) => wants(s, event));
    for (const subscriber of recipients) {
      const message = renderAlert(event, subscriber, { publicUrl: this.config.publicUrl });
      const delivery = await this.deliveries.createOnce({
        eventId: event.id,
        channel: 'email',
        recipientId: subscriber.id,
        subject: message.subject,
        body: { html: message.html, text: message.text, headers: message.headers },
        now: this.clock.now(),
      });
      if (delivery.status === 'pending') await enqueue(this.queue, 'sendEmail', { deliveryId: delivery.id });
    }
    return recipients.length;
  }
}

const DEFAULT_EMAIL_EVENTS = ['status.changed', 'deadline.changed', 'deadline.countdown'];

function wants(subscriber: SubscriberRow, event: DomainEvent): boolean {
  const tracks = subscriber.tracks;
  const events = subscriber.events.length > 0 ? subscriber.events : DEFAULT_EMAIL_EVENTS;
  return (tracks.length === 0 || tracks.includes(event.trackId)) && events.includes(event.type);
}
