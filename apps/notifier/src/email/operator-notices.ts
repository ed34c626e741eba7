import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { escape } from 'he';
import { enqueue, type JobPayload, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, SourceSilenceData } from '@dw/domain';
import {
  type AppConfig,
  EventsRepository,
  InjectClock,
  InjectConfig,
  TracksRepository,
  WebhooksRepository,
} from '@dw/platform';
import { MailTransport } from './mail-transport';

export type OperatorNotice = JobPayload<'operatorNotice'>;

interface NoticeMail {
  subject: string;
  lines: string[];
  /** Stable per notice: a resend after a crash carries the same Message-ID. */
  key: string;
}

/**
 * The operator's mail (OPS_EMAIL, optional): a webhook endpoint disabled, a source gone silent or
 * back. Raising a notice enqueues one job with a stable id (so a retried caller raises it once);
 * the job renders and sends it, and skips a notice that no longer stands (an endpoint enabled
 * again meanwhile). Nothing is raised when OPS_EMAIL is unset.
 */
@Injectable()
export class OperatorNotices {
  private readonly logger = new Logger('OperatorNotices');

  constructor(
    private readonly mail: MailTransport,
    private readonly webhooks: WebhooksRepository,
    private readonly events: EventsRepository,
    private readonly tracks: TracksRepository,
    @InjectQueue(QUEUE_NAMES.notify) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** Whether there is an operator to tell. */
  get enabled(): boolean {
    return this.config.opsEmail !== undefined;
  }

  /** Queues the notice; true when it was (OPS_EMAIL set). A failure to queue is logged, not thrown. */
  async raise(notice: OperatorNotice): Promise<boolean> {
    if (!this.enabled) return false;
    try {
      await enqueue(this.queue, 'operatorNotice', notice);
      return true;
    } catch (error) {
      this.logger.error(
        { notice, err: (error as Error).message },
        `${notice.kind} notice could not be queued: ${(error as Error).message}`,
      );
      return false;
    }
  }

  async send(notice: OperatorNotice): Promise<'sent' | 'stale'> {
    const to = this.config.opsEmail;
    if (!to) return 'stale';
    const mail =
      notice.kind === 'webhook.disabled' ? await this.webhookDisabled(notice) : await this.source(notice);
    if (!mail) return 'stale';
    const text = mail.lines.join('\n');
    await this.mail.send({
      to,
      subject: `[Deadline Watch] ${notice.kind}: ${mail.subject}`,
      text,
      html: `<pre>${escape(text)}</pre>`,
      headers: { 'X-Deadline-Watch-Notice': notice.kind },
      messageId: `<${notice.kind}.${mail.key.replace(/[^A-Za-z0-9.-]/g, '.')}@${new URL(this.config.publicUrl).hostname}>`,
      date: this.clock.now(),
    });
    this.logger.log({ notice, to }, `${notice.kind} notice sent`);
    return 'sent';
  }

  /** Unless the endpoint was enabled again (or disabled again later) meanwhile. */
  private async webhookDisabled(
    notice: Extract<OperatorNotice, { kind: 'webhook.disabled' }>,
  ): Promise<NoticeMail | null> {
    const webhook = await this.webhooks.find(notice.webhookId);
    if (!webhook || webhook.enabled || webhook.disabled_at?.toISOString() !== notice.disabledAt) return null;
    const api = `${this.config.publicUrl}/api/webhooks/${webhook.id}`;
    return {
      subject: webhook.url,
      key: `${webhook.id}.${Date.parse(notice.disabledAt)}`,
      lines: [
        `The webhook endpoint ${webhook.url} (${webhook.id}) was disabled at ${notice.disabledAt}.`,
        `Reason: ${webhook.disabled_reason ?? 'not given'}.`,
        '',
        'Events that occur while it is disabled are recorded, not sent. Once the receiver works again:',
        `  PATCH ${api} {"enabled": true}`,
        `  POST ${api}/recover {"since": "${notice.disabledAt}"}   (sends what it missed, with the original ids)`,
        '',
        `Delivery log: GET ${api}/deliveries`,
      ],
    };
  }

  private async source(
    notice: Extract<OperatorNotice, { kind: 'source.silent' | 'source.recovered' }>,
  ): Promise<NoticeMail | null> {
    const event = await this.events.find(notice.eventId);
    if (event?.type !== notice.kind) return null;
    const data: SourceSilenceData = event.data;
    const track = await this.tracks.find(event.trackId);
    const trackName = track ? `${track.name} (${track.id})` : event.trackId;
    const who =
      data.scope === 'feed'
        ? `The feed ${data.url ?? `#${data.feedId}`}${data.source ? ` (${data.source})` : ''} of ${trackName}`
        : `The track ${trackName}`;
    const lines =
      event.type === 'source.silent'
        ? [
            `${who} has been silent since ${data.since}: ${data.detail}.`,
            `Last heard: ${data.lastHeardAt ?? 'never'}.`,
          ]
        : [`${who} is heard again at ${event.occurredAt}: ${data.detail}.`, `Silent since: ${data.since}.`];
    return {
      subject: data.scope === 'feed' ? (data.url ?? `feed ${data.feedId}`) : `track ${event.trackId}`,
      key: event.id,
      lines: [...lines, '', `Feed health: GET ${this.config.publicUrl}/api/feeds`],
    };
  }
}
