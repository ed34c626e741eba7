import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@dw/domain';
import { EMAIL_ALERT_EVENTS } from '@dw/domain/subscriptions';
import { SubscribersRepository, type SubscriberRow, TracksRepository } from '@dw/platform';
import type { NotificationChannel } from '../notification-channel';
import { EmailMessages, type SharedMailRef, trackInfo } from './email-messages';
import { EmailOutbox } from './email-outbox';
import { OperatorNotices } from './operator-notices';

/** Subscribers read, recorded (one INSERT) and enqueued (one round trip) at a time. */
export const FAN_OUT_PAGE = 1000;

/**
 * Alerts for an event to every subscriber who wants it, page by page (keyset pagination on the
 * subscriber id), so memory stays that of one page whatever the number of subscribers. Each time
 * zone's message is rendered once and stored once (email_bodies, with stand-ins for each
 * recipient's links); each recipient's delivery points at it, recorded once per (event,
 * recipient) through the outbox. A re-run of composition records nothing new and re-enqueues only
 * what is still pending. A source gone silent or back is told to the operator (OPS_EMAIL) instead.
 */
@Injectable()
export class EmailChannel implements NotificationChannel {
  readonly name = 'email' as const;

  constructor(
    private readonly subscribers: SubscribersRepository,
    private readonly tracks: TracksRepository,
    private readonly messages: EmailMessages,
    private readonly outbox: EmailOutbox,
    private readonly operator: OperatorNotices,
  ) {}

  async fanOut(event: DomainEvent, pageSize = FAN_OUT_PAGE): Promise<number> {
    // a source gone silent (or back) is the operator's business, not the subscribers'
    if (event.type === 'source.silent' || event.type === 'source.recovered') {
      return (await this.operator.raise({ kind: event.type, eventId: event.id })) ? 1 : 0;
    }
    if (!(EMAIL_ALERT_EVENTS as readonly string[]).includes(event.type)) return 0;
    const trackRow = await this.tracks.find(event.trackId);
    const track = trackRow ? trackInfo(trackRow) : { id: event.trackId, name: event.trackId };
    const bodies = new Map<string, (SharedMailRef & { subject: string }) | null>();
    const bodyFor = async (timezone: string) => {
      if (!bodies.has(timezone)) {
        const template = this.messages.alertTemplate(event, track, timezone);
        bodies.set(
          timezone,
          template
            ? {
                ...(await this.outbox.sharedBody(`${event.id}:${timezone}`, template)),
                subject: template.subject,
              }
            : null,
        );
      }
      return bodies.get(timezone) ?? null;
    };
    let recipients = 0;
    for (let afterId = 0; ;) {
      const page = await this.subscribers.activeSubscribersPage(afterId, pageSize);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      const mails = [];
      for (const subscriber of page) {
        if (!wants(subscriber, event)) continue;
        const body = await bodyFor(subscriber.timezone);
        if (!body) continue;
        recipients += 1;
        mails.push({
          eventId: event.id,
          recipientId: subscriber.id,
          subject: body.subject,
          body: { kind: body.kind, bodyId: body.bodyId },
        });
      }
      await this.outbox.add(mails);
      if (page.length < pageSize) break;
    }
    return recipients;
  }
}

/** Empty track or event lists mean every track and every email alert. */
export function wants(subscriber: SubscriberRow, event: DomainEvent): boolean {
  const tracks = subscriber.tracks;
  const events: readonly string[] = subscriber.events.length > 0 ? subscriber.events : EMAIL_ALERT_EVENTS;
  return (tracks.length === 0 || tracks.includes(event.trackId)) && events.includes(event.type);
}
