import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { checkDigestDue, composeDigest, type DigestSchedule } from '@dw/domain/digest';
import type { DigestCadence, Weekday } from '@dw/domain/subscriptions';
import { DeliveriesRepository, InjectClock, type SubscriberRow, SubscribersRepository } from '@dw/platform';
import { inBatches } from '../email/batches';
import { EmailMessages, storedMail } from '../email/email-messages';
import { DigestSources, type DigestSnapshot } from './digest-sources';

const DIGEST_BATCH = 25;

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
 * delivery already recorded and only re-enqueues it if it is still pending.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger('Digest');

  constructor(
    @InjectQueue(QUEUE_NAMES.email) private readonly emailQueue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly deliveries: DeliveriesRepository,
    private readonly sources: DigestSources,
    private readonly messages: EmailMessages,
  ) {}

  async tick(): Promise<DigestSent[]> {
    const now = this.clock.now();
    const due = (await this.subscribers.digestSubscribers()).flatMap((row) => {
      const since = row.last_digest_at ?? row.confirmed_at ?? row.created_at;
      try {
        const check = checkDigestDue(scheduleOf(row), since, now);
        return check.due && check.slot ? [{ row, since, slot: check.slot }] : [];
      } catch (error) {
        this.logger.warn({ subscriberId: row.id, err: error }, 'digest schedule unusable');
        return [];
      }
    });
    if (due.length === 0) return [];
    const earliest = new Date(Math.min(...due.map((d) => d.since.getTime())));
    const snapshot = await this.sources.load(earliest, now);
    const sent: DigestSent[] = [];
    await inBatches(due, DIGEST_BATCH, async ({ row, since, slot }) => {
      const eventId = await this.sendOne(row, since, slot, snapshot, now);
      sent.push({ subscriberId: row.id, slot: slot.toISOString(), eventId });
    });
    this.logger.log({ digests: sent.length }, 'digests composed');
    return sent;
  }

  private async sendOne(
    row: SubscriberRow,
    since: Date,
    slot: Date,
    snapshot: DigestSnapshot,
    now: Date,
  ): Promise<string> {
    const eventId = digestEventId(row.id, slot);
    const existing = [...(await this.deliveries.statusByKey(eventId, 'email')).values()][0];
    let delivery = existing;
    if (!delivery) {
      const content = composeDigest({
        subscriber: { email: row.email, timezone: row.timezone, lastDigestAt: since },
        tracks: snapshot.inputsFor(row.tracks, since),
        now,
      });
      const message = this.messages.digest(content, row);
      delivery = await this.deliveries.createOnce({
        eventId,
        channel: 'email',
        recipientId: row.id,
        subject: message.subject,
        body: { ...storedMail('digest', message) },
        now,
      });
    }
    if (delivery.status === 'pending')
      await enqueue(this.emailQueue, 'sendEmail', { deliveryId: delivery.id });
    await this.subscribers.markDigested(row.id, now);
    return eventId;
  }
}
