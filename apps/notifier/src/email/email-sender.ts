import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Clock } from '@dw/domain';
import {
  DeliveriesRepository,
  InjectClock,
  MetricsService,
  type PendingRecipient,
  SubscribersRepository,
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

/** Why an alert or digest may not go to this recipient now, or null when it may. */
function refusal(recipient: PendingRecipient, kind: string): string | null {
  if (kind === 'confirmation') return null;
  if (recipient.recipient_unsubscribed_at) return 'recipient unsubscribed before sending';
  if (recipient.recipient_bounced_at) return 'recipient address bounced before sending';
  if (!recipient.recipient_confirmed_at) return 'recipient has not confirmed';
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
    const delivery = await this.deliveries.claimPendingWithRecipient(deliveryId);
    if (!delivery) return this.notPending(deliveryId);
    const mail = storedMailSchema.safeParse(delivery.body);
    if (!mail.success) {
      await this.deliveries.markFailed(deliveryId, 'stored message is unreadable', true);
      throw new PermanentDeliveryError(`delivery ${deliveryId}: stored message is unreadable`);
    }
    const refused = refusal(delivery, mail.data.kind);
    if (refused) {
      await this.deliveries.markSkipped(deliveryId, refused);
      return { status: 'skipped' };
    }
    try {
      await this.transport.send({
        to: delivery.recipient_email,
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
          await this.subscribers.markBounced(delivery.recipient_id, message, this.clock.now());
          this.logger.warn(
            { deliveryId, to: delivery.recipient_email, reason: message },
            'address refused: bounced',
          );
        }
        throw new PermanentDeliveryError(message);
      }
      await this.deliveries.markFailed(deliveryId, message, lastAttempt);
      throw error;
    }
    await this.deliveries.markSent(deliveryId, this.clock.now());
    this.metrics.notificationsSent.inc({ channel: 'email' });
    this.logger.debug({ deliveryId, to: delivery.recipient_email }, 'mail sent');
    return { status: 'sent' };
  }

  /** Sent, closed, or its recipient deleted: say which, send nothing. */
  private async notPending(deliveryId: number): Promise<{ status: SendOutcome }> {
    const current = await this.deliveries.find(deliveryId);
    if (!current) throw new PermanentDeliveryError(`delivery ${deliveryId} does not exist`);
    if (current.status === 'sent') return { status: 'already-sent' };
    if (current.status !== 'pending') return { status: 'already-closed' };
    await this.deliveries.markSkipped(deliveryId, 'recipient no longer exists');
    return { status: 'skipped' };
  }
}
