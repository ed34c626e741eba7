import { Injectable, Logger } from '@nestjs/common';
import { simpleParser } from 'mailparser';
import { type Clock, isHardBounce, parseDeliveryStatus } from '@dw/domain';
import {
  type AppConfig,
  DeliveriesRepository,
  InjectClock,
  InjectConfig,
  SubscribersRepository,
} from '@dw/platform';
import { messageIdFor } from './email-sender';

export class NotADsnError extends Error {}

export interface BounceReport {
  /** Recipient blocks in the report. */
  reports: number;
  /** Addresses marked bounced. */
  bounced: string[];
  /** Addresses left alone, and why. */
  ignored: { recipient: string; reason: string }[];
}

const MESSAGE_ID = /^Message-ID:\s*(<[^>\r\n]+>)/im;

/**
 * Asynchronous bounces. A relay that accepted a mail and failed later sends a delivery status
 * notification (RFC 3464) to the envelope sender (BOUNCE_ADDRESS); whatever receives that mailbox
 * posts the raw message here. A permanent failure (action failed, status 5.x.x) marks the address
 * bounced: nothing more is sent to it. When the report quotes the original message, its
 * Message-ID must be one of ours to that address, so a report about someone else's mail changes
 * nothing. Delays (4.x.x) are ignored.
 */
@Injectable()
export class BounceService {
  private readonly logger = new Logger('Bounces');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly deliveries: DeliveriesRepository,
  ) {}

  async ingest(raw: Buffer): Promise<BounceReport> {
    const parsed = await simpleParser(raw, { keepDeliveryStatus: true } as Parameters<
      typeof simpleParser
    >[1]);
    const status = parsed.attachments.find((a) => a.contentType.toLowerCase() === 'message/delivery-status');
    if (!status)
      throw new NotADsnError('not a delivery status notification: no message/delivery-status part');
    const reports = parseDeliveryStatus(status.content.toString('utf8'));
    const quoted = parsed.attachments
      .filter((a) => ['message/rfc822', 'text/rfc822-headers'].includes(a.contentType.toLowerCase()))
      .map((a) => MESSAGE_ID.exec(a.content.toString('utf8'))?.[1])
      .filter((id): id is string => Boolean(id));
    const result: BounceReport = { reports: reports.length, bounced: [], ignored: [] };
    for (const report of reports) {
      const reason = await this.apply(report, quoted);
      if (reason) result.ignored.push({ recipient: report.recipient, reason });
      else result.bounced.push(report.recipient);
    }
    this.logger.log({ ...result }, 'bounce report read');
    return result;
  }

  /** Marks the address bounced, or says why not. */
  private async apply(
    report: ReturnType<typeof parseDeliveryStatus>[number],
    quoted: string[],
  ): Promise<string | null> {
    if (!isHardBounce(report)) return `not a permanent failure (${report.action} ${report.status})`;
    const subscriber = await this.subscribers.findByAddress(report.recipient);
    if (!subscriber) return 'no subscriber with this address';
    if (quoted.length > 0) {
      const ours = (await this.deliveries.forRecipient('email', subscriber.id)).map((d) =>
        messageIdFor(d.delivery_key, this.config.publicUrl),
      );
      if (!quoted.some((id) => ours.includes(id)))
        return 'the quoted message is not one we sent to this address';
    }
    if (!subscriber.bounced_at)
      await this.subscribers.markBounced(
        subscriber.id,
        `DSN ${report.status} ${report.diagnostic}`.trim().slice(0, 500),
        this.clock.now(),
      );
    return null;
  }
}
