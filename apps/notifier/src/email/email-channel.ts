import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@dw/contracts';
import type { Clock, DomainEvent } from '@dw/domain';
import { EMAIL_ALERT_EVENTS } from '@dw/domain/subscriptions';
import {
  DeliveriesRepository,
  deliveryKey,
  InjectClock,
  type NewDelivery,
  SubscribersRepository,
  type SubscriberRow,
  TracksRepository,
} from '@dw/platform';
import type { NotificationChannel } from '../notification-channel';
import { EmailMessages, storedMail, trackInfo } from './email-messages';
import { enqueueSendEmails } from './send-jobs';

/** Recipients rendered, recorded (one INSERT) and enqueued (one round trip) at a time. */
const FAN_OUT_BATCH = 200;

/**
 * Renders one message per matching recipient at compose time, records it as a delivery (unique
 * per event and recipient) and enqueues one send job per delivery. A re-run of composition finds
 * the deliveries already there: nothing is rendered again, and only what is still pending is
 * enqueued again (the stable job id makes that a no-op while the first job exists).
 */
@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;

  constructor(
    @InjectQueue(QUEUE_NAMES.email) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly tracks: TracksRepository,
    private readonly messages: EmailMessages,
  ) {}

  async fanOut(event: DomainEvent): Promise<number> {
    if (!(EMAIL_ALERT_EVENTS as readonly string[]).includes(event.type)) return 0;
    const trackRow = await this.tracks.find(event.trackId);
    const track = trackRow ? trackInfo(trackRow) : { id: event.trackId, name: event.trackId };
    const recipients = (await this.subscribers.activeSubscribers()).filter((s) => wants(s, event));
    const existing = await this.deliveries.statusByKey(event.id, 'email');
    const render = this.messages.alertsFor(event, track);
    for (let start = 0; start < recipients.length; start += FAN_OUT_BATCH) {
      const batch = recipients.slice(start, start + FAN_OUT_BATCH);
      const pending: number[] = [];
      const fresh: NewDelivery[] = [];
      for (const subscriber of batch) {
        const known = existing.get(deliveryKey('email', event.id, subscriber.id));
        if (known) {
          if (known.status === 'pending') pending.push(known.id);
          continue;
        }
        const message = render(subscriber);
        if (!message) continue;
        fresh.push({
          eventId: event.id,
          channel: 'email',
          recipientId: subscriber.id,
          subject: message.subject,
          body: { ...storedMail('alert', message) },
          now: this.clock.now(),
        });
      }
      const created = await this.deliveries.createMany(fresh);
      pending.push(...created.filter((d) => d.status === 'pending').map((d) => d.id));
      await enqueueSendEmails(this.queue, pending);
    }
    return recipients.length;
  }
}

/** Empty track or event lists mean every track and every email alert. */
export function wants(subscriber: SubscriberRow, event: DomainEvent): boolean {
  const tracks = subscriber.tracks;
  const events: readonly string[] = subscriber.events.length > 0 ? subscriber.events : EMAIL_ALERT_EVENTS;
  return (tracks.length === 0 || tracks.includes(event.trackId)) && events.includes(event.type);
}
