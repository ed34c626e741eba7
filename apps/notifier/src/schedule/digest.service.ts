import { Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { checkDigestDue, composeDigest, type DigestSchedule } from '@dw/domain/digest';
import type { DigestCadence, Weekday } from '@dw/domain/subscriptions';
import { InjectClock, type SubscriberRow, SubscribersRepository } from '@dw/platform';
import { EmailMessages, storedMail } from '../email/email-messages';
import { EmailOutbox } from '../email/email-outbox';
import { DigestSources, type DigestSnapshot } from './digest-sources';

/** Digest subscribers read, composed and recorded at a time. */
export const DIGEST_PAGE = 500;

export interface DigestSent {
  subscriberId: number;
  slot: string;
  eventId: string;
}

export function digestEventId(subscriberId: number, slot: Date): string {
  return `digest:${subscriberId}:${slot.toISOString()}`;
}

function scheduleOf(row: SubscriberRow): DigestSchedule {
  return {
    cadence: row.digest as DigestCadence,
    weekday: (row.digest_weekday ?? null) as Weekday | null,
    time: row.digest_time,
    timezone: row.timezone,
  };
}

/**
 * Sends each subscriber's digest at their local time. One digest per subscriber and slot: the
 * delivery key carries the slot, so a second tick, a replica or a restart after a crash finds the
 * delivery already recorded (the outbox) and only re-enqueues it if it is still pending.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly sources: DigestSources,
    private readonly messages: EmailMessages,
    private readonly outbox: EmailOutbox,
  ) {}

  /**
   * Pages through digest subscribers (keyset pagination), so memory is one page's whatever their
   * number. The sources behind a page are loaded once and reused while they reach back far enough.
   */
  async tick(pageSize = DIGEST_PAGE): Promise<DigestSent[]> {
    const now = this.clock.now();
    const sent: DigestSent[] = [];
    let snapshot: { from: Date; data: DigestSnapshot } | null = null;
    for (let afterId = 0; ;) {
      const page = await this.subscribers.digestSubscribersPage(afterId, pageSize);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      const due = page.flatMap((row) => this.dueSlot(row, now));
      if (due.length > 0) {
        const earliest = new Date(Math.min(...due.map((d) => d.since.getTime())));
        if (!snapshot || snapshot.from > earliest)
          snapshot = { from: earliest, data: await this.sources.load(earliest, now) };
        const data = snapshot.data;
        const mails = due.map(({ row, since, slot }) => {
          const content = composeDigest({
            subscriber: { email: row.email, timezone: row.timezone, lastDigestAt: since },
            tracks: data.inputsFor(row.tracks, since),
            now,
          });
          const message = this.messages.digest(content, row);
          const eventId = digestEventId(row.id, slot);
          sent.push({ subscriberId: row.id, slot: slot.toISOString(), eventId });
          return {
            eventId,
            recipientId: row.id,
            subject: message.subject,
            body: storedMail('digest', message),
          };
        });
        // Recorded before the subscriber is marked: a crash in between repeats an idempotent step.
        await this.outbox.add(mails);
        await this.subscribers.markDigestedMany(
          due.map((d) => d.row.id),
          now,
        );
      }
      if (page.length < pageSize) break;
    }
    if (sent.length > 0) this.logger.log({ digests: sent.length }, 'digests composed');
    return sent;
  }

  private dueSlot(row: SubscriberRow, now: Date): { row: SubscriberRow; since: Date; slot: Date }[] {
    const since = row.last_digest_at ?? row.confirmed_at ?? row.created_at;
    try {
      const check = checkDigestDue(scheduleOf(row), since, now);
      return check.due && check.slot ? [{ row, since, slot: check.slot }] : [];
    } catch (error) {
      this.logger.warn({ subscriberId: row.id, err: error }, 'digest schedule unusable');
      return [];
    }
  }
}
