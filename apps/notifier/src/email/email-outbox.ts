import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { DeliveriesRepository, EmailDeliveriesRepository, InjectClock } from '@dw/platform';
import type { SharedMailRef, StoredMail } from './email-messages';
import type { RenderedEmail } from './render';
import { enqueueSendEmails } from './send-jobs';

export interface OutboxMail {
  /** With the recipient, the delivery's identity: a mail is recorded once per (event, recipient). */
  eventId: string;
  recipientId: number;
  subject: string;
  body: StoredMail | SharedMailRef;
}

/**
 * The one way a mail leaves: alerts, digests and confirmations are recorded as deliveries (one
 * INSERT for many, unique per event and recipient) and the pending ones enqueued in send groups
 * (one round trip). Recording again what is already there (a re-run after a crash, a second
 * replica) records nothing and only re-enqueues what is still pending, under the same job ids.
 */
@Injectable()
export class EmailOutbox {
  constructor(
    @InjectQueue(QUEUE_NAMES.email) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly deliveries: DeliveriesRepository,
    private readonly emailDeliveries: EmailDeliveriesRepository,
  ) {}

  /** Returns how many of the mails are pending (enqueued). */
  async add(mails: OutboxMail[]): Promise<number> {
    const now = this.clock.now();
    const states = await this.deliveries.insertMany(
      mails.map((mail) => ({
        eventId: mail.eventId,
        channel: 'email' as const,
        recipientId: mail.recipientId,
        subject: mail.subject,
        body: { ...mail.body },
        now,
      })),
    );
    const pending = states.filter((state) => state.status === 'pending').map((state) => state.id);
    await enqueueSendEmails(this.queue, pending);
    return pending.length;
  }

  /** A body shared by many recipients (stand-ins for their links), stored once under `key`. */
  async sharedBody(key: string, template: RenderedEmail): Promise<SharedMailRef> {
    const bodyId = await this.emailDeliveries.sharedBody(
      key,
      template.subject,
      { html: template.html, text: template.text, headers: template.headers },
      this.clock.now(),
    );
    return { kind: 'alert', bodyId };
  }
}
