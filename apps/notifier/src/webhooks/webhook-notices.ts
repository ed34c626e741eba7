import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { escape } from 'he';
import { enqueue, type JobPayload, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { type AppConfig, InjectClock, InjectConfig, WebhooksRepository } from '@dw/platform';
import { MailTransport } from '../email/mail-transport';

/**
 * What integrators and the operator hear when an endpoint is disabled (410 Gone, or failing for
 * too long): a warning in the log, the reason on the endpoint and in its delivery log (written by
 * the caller), and a `webhook.disabled` mail to OPS_EMAIL when it is set. The mail goes through its
 * own job (stable id per disabling), so it is sent once even if the disabling worker dies.
 */
@Injectable()
export class WebhookNotices {
  private readonly logger = new Logger('WebhookNotices');

  constructor(
    private readonly endpoints: WebhooksRepository,
    private readonly mail: MailTransport,
    @InjectQueue(QUEUE_NAMES.webhook) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** Disables the endpoint unless it already is, and tells the operator. */
  async disabled(webhook: { id: string; url: string }, reason: string, now: Date): Promise<void> {
    if (!(await this.endpoints.disable(webhook.id, reason, now))) return;
    this.logger.warn(
      { webhookId: webhook.id, url: webhook.url, reason, notice: 'webhook.disabled' },
      'webhook endpoint disabled',
    );
    if (!this.config.opsEmail) return;
    await enqueue(this.queue, 'webhookDisabledNotice', {
      webhookId: webhook.id,
      disabledAt: now.toISOString(),
    }).catch((error: unknown) =>
      this.logger.error(
        { webhookId: webhook.id, err: (error as Error).message },
        'webhook.disabled notice could not be queued',
      ),
    );
  }

  /** Sends the notice, unless the endpoint was enabled again (or disabled again later) meanwhile. */
  async sendDisabledNotice(notice: JobPayload<'webhookDisabledNotice'>): Promise<'sent' | 'stale'> {
    const webhook = await this.endpoints.find(notice.webhookId);
    const to = this.config.opsEmail;
    if (!to || !webhook || webhook.enabled || webhook.disabled_at?.toISOString() !== notice.disabledAt) {
      return 'stale';
    }
    const api = `${this.config.publicUrl}/api/webhooks/${webhook.id}`;
    const lines = [
      `The webhook endpoint ${webhook.url} (${webhook.id}) was disabled at ${notice.disabledAt}.`,
      `Reason: ${webhook.disabled_reason ?? 'not given'}.`,
      '',
      'Events that occur while it is disabled are recorded, not sent. Once the receiver works again:',
      `  PATCH ${api} {"enabled": true}`,
      `  POST ${api}/recover {"since": "${notice.disabledAt}"}   (sends what it missed, with the original ids)`,
      '',
      `Delivery log: GET ${api}/deliveries`,
    ];
    await this.mail.send({
      to,
      subject: `[Deadline Watch] webhook.disabled: ${webhook.url}`,
      text: lines.join('\n'),
      html: `<pre>${escape(lines.join('\n'))}</pre>`,
      headers: { 'X-Deadline-Watch-Notice': 'webhook.disabled' },
      messageId: `<webhook.disabled.${webhook.id.replace(/[^A-Za-z0-9.-]/g, '.')}.${Date.parse(notice.disabledAt)}@${new URL(this.config.publicUrl).hostname}>`,
      date: this.clock.now(),
    });
    this.logger.log({ webhookId: webhook.id, to }, 'webhook.disabled notice sent');
    return 'sent';
  }
}
