import { Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { DeliveriesRepository, InjectClock, MetricsService, SubscribersRepository } from '@dw/platform';
import { MailTransport, PermanentMailError } from './mail-transport';

export class PermanentDeliveryError extends Error {}

interface RenderedMail {
  to: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** Sends one recorded delivery. A delivery already sent is skipped, so a retry is never a second mail. */
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

  async send(deliveryId: number, lastAttempt: boolean): Promise<{ status: string }> {
    const delivery = await this.deliveries.find(deliveryId);
    if (!delivery) throw new PermanentDeliveryError(`delivery ${deliveryId} does not exist`);
    if (delivery.status === 'sent') return { status: 'already-sent' };
    const subscriber = await this.subscribers.find(delivery.recipient_id);
    if (!subscriber || subscriber.unsubscribed_at || subscriber.bounced_at) {
      await this.deliveries.markFailed(deliveryId, 'recipient unsubscribed or bounced before sending', true);
      return { status: 'skipped' };
    }
    const mail = delivery.body as unknown as RenderedMail;
    await this.deliveries.markAttempt(deliveryId);
    try {
      await this.transport.send({
        to: subscriber.email,
        subject: delivery.subject ?? 'Deadline Watch',
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
        messageId: `<${delivery.delivery_key.replace(/[^A-Za-z0-9.-]/g, '.')}@deadline-watch>`,
      });
    } catch (error) {
      const permanent = error instanceof PermanentMailError;
      await this.deliveries.markFailed(deliveryId, (error as Error).message, permanent || lastAttempt);
      if (permanent) {
        await this.subscribers.markBounced(subscriber.id, (error).message, this.clock.now());
        throw new PermanentDeliveryError((error).message);
      }
      throw error;
    }
    await this.deliveries.markSent(deliveryId, this.clock.now());
    this.metrics.notificationsSent.inc({ channel: 'email' });
    this.logger.debug({ deliveryId, to: subscriber.email }, 'mail sent');
    return { status: 'sent' };
  }
}
