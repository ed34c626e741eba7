import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Clock } from '@dw/domain';
import {
  DeliveriesRepository,
  InjectClock,
  MetricsService,
  SubscribersRepository,
  type SubscriberRow,
} from '@dw/platform';
import { MailTransport, PermanentMailError } from './mail-transport';

/** The job must stop: nothing a retry could change. */
export class PermanentDeliveryError extends Error {}

const storedMailSchema = z.object({
  kind: z.enum(['confirmation', 'alert', 'digest']).default('alert'),
  html: z.string(),
  text: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
});

export type SendOutcome = 'sent' | 'already-sent' | 'already-closed' | 'skipped';

/** Why an alert or digest may not go to this subscriber now, or null when it may. */
function refusal(subscriber: SubscriberRow | undefined, kind: string): string | null {
  if (!subscriber) return 'recipient no longer exists';
  if (kind === 'confirmation') return null;
  if (subscriber.unsubscribed_at) return 'recipient unsubscribed before sending';
  if (subscriber.bounced_at) return 'recipient address bounced before sending';
  if (!subscriber.confirmed_at) return 'recipient has not confirmed';
  return null;
}

/**
 * Sends one recorded delivery. A delivery already sent (or closed for good) is skipped, so a retry,
 * a re-enqueue or a second worker never makes a second mail. Temporary failures are rethrown for
 * the queue's exponential backoff; a permanent refusal of the address marks it bounced and stops.
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger('EmailSender');

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly subscribers: SubscribersRepository,
    private readonly transport: MailTransport,
    private readonly metrics: MetricsService,
    @InjectClock() private readonly clock: Clock,
  ) {}

  async send(deliveryId: number, lastAttempt: boolean): Promise<{ status: SendOutcome }> {
    const delivery = await this.deliveries.claimPending(deliveryId);
    if (!delivery) {
      const current = await this.deliveries.find(deliveryId);
      if (!current) throw new PermanentDeliveryError(`delivery ${deliveryId} does not exist`);
      return { status: current.status === 'sent' ? 'already-sent' : 'already-closed' };
    }
    const mail = storedMailSchema.safeParse(delivery.body);
    if (!mail.success) {
      await this.deliveries.markFailed(deliveryId, 'stored message is unreadable', true);
      throw new PermanentDeliveryError(`delivery ${deliveryId}: stored message is unreadable`);
    }
    const subscriber = await this.subscribers.find(delivery.recipient_id);
    const refused = refusal(subscriber, mail.data.kind);
    if (refused || !subscriber) {
      await this.deliveries.markSkipped(deliveryId, refused ?? 'no recipient');
      return { status: 'skipped' };
    }
    try {
      await this.transport.send({
        to: subscriber.email,
        subject: delivery.subject ?? 'Deadline Watch',
        html: mail.data.html,
        text: mail.data.text,
        headers: mail.data.headers,
        messageId: `<${delivery.delivery_key.replace(/[^A-Za-z0-9.-]/g, '.')}@deadline-watch>`,
        date: this.clock.now(),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof PermanentMailError) {
        await this.deliveries.markFailed(deliveryId, message, true);
        if (error.recipientRefused) {
          await this.subscribers.markBounced(subscriber.id, message, this.clock.now());
          this.logger.warn({ deliveryId, to: subscriber.email, reason: message }, 'address refused: bounced');
        }
        throw new PermanentDeliveryError(message);
      }
      await this.deliveries.markFailed(deliveryId, message, lastAttempt);
      throw error;
    }
    await this.deliveries.markSent(deliveryId, this.clock.now());
    this.metrics.notificationsSent.inc({ channel: 'email' });
    this.logger.debug({ deliveryId, to: subscriber.email }, 'mail sent');
    return { status: 'sent' };
  }
}
