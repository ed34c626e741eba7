import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { SettledEmail } from '@dw/contracts';
import { type Clock, emailRetryDelay } from '@dw/domain';
import {
  type AppConfig,
  type ClaimedEmail,
  DeliveriesRepository,
  EmailDeliveriesRepository,
  type EmailOutcomeRecord,
  InjectClock,
  InjectConfig,
  MetricsService,
  SubscribersRepository,
} from '@dw/platform';
import { EmailMessages } from './email-messages';
import { MailTransport, PermanentMailError, TemporaryMailError } from './mail-transport';
import type { RenderedEmail } from './render';
import { SentRecorder } from './sent-recorder';

const inlineMail = z.object({
  kind: z.enum(['confirmation', 'alert', 'digest']).default('alert'),
  html: z.string(),
  text: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
});
const sharedMail = z.object({ kind: z.literal('alert'), bodyId: z.number().int().positive() });
const sharedBody = z.object({
  html: z.string(),
  text: z.string(),
  headers: z.record(z.string(), z.string()).default({}),
});

/** Shared bodies kept in memory: one per (event, zone), so a few hundred cover every fan-out in flight. */
const BODY_CACHE_SIZE = 256;

/** Why an alert or digest may not go to this recipient now, or null when it may. */
function refusal(recipient: ClaimedEmail, kind: string): string | null {
  if (kind === 'confirmation') return null;
  if (recipient.recipient_unsubscribed_at) return 'recipient unsubscribed before sending';
  if (recipient.recipient_bounced_at) return 'recipient address bounced before sending';
  if (!recipient.recipient_confirmed_at) return 'recipient has not confirmed';
  return null;
}

/** The Message-ID of a delivery: stable per (event, recipient), on the PUBLIC_URL host. */
export function messageIdFor(deliveryKey: string, publicUrl: string): string {
  return `<${deliveryKey.replace(/[^A-Za-z0-9.-]/g, '.')}@${new URL(publicUrl).hostname}>`;
}

export interface GroupResult {
  /** Every outcome, in the order the sends ended. */
  settled: SettledEmail[];
  /** Outcomes the database did not take: the job must record them later, never send again. */
  unrecorded: SettledEmail[];
  /** Deliveries that were not taken: sent, closed, or leased by another job. */
  untaken: number;
}

/**
 * Sends a group of recorded deliveries. The group is claimed with one statement (a lease: no
 * other job sends them meanwhile; a delivery already sent or closed is not taken, so a retry, a
 * re-enqueue or a second worker never makes a second mail). Each accepted send is recorded within
 * milliseconds (SentRecorder); failures are recorded together at the end of the group. A send
 * that fails for now is given a delay from the retry schedule; a permanent refusal of the address
 * marks it bounced.
 */
@Injectable()
export class EmailSender {
  private readonly logger = new Logger('EmailSender');
  private readonly bodies = new Map<number, z.infer<typeof sharedBody> & { subject: string }>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly deliveries: DeliveriesRepository,
    private readonly emailDeliveries: EmailDeliveriesRepository,
    private readonly subscribers: SubscribersRepository,
    private readonly transport: MailTransport,
    private readonly messages: EmailMessages,
    private readonly recorder: SentRecorder,
    private readonly metrics: MetricsService,
    @InjectClock() private readonly clock: Clock,
  ) {}

  /** Sends what can be taken of `ids` under the lease of `claimant` (the job id) and records the outcomes. */
  async sendGroup(ids: number[], claimant: string): Promise<GroupResult> {
    const claimed = await this.emailDeliveries.claimEmails(ids, claimant);
    const settled: SettledEmail[] = [];
    const unrecorded: SettledEmail[] = [];
    if (claimed.length < ids.length) {
      const taken = new Set(claimed.map((c) => c.id));
      for (const id of await this.emailDeliveries.skipOrphans(ids.filter((id) => !taken.has(id)))) {
        settled.push({ id, outcome: 'skipped', reason: 'recipient no longer exists' });
        this.count('skipped');
      }
    }
    const recordings: Promise<void>[] = [];
    await Promise.all(
      claimed.map(async (delivery) => {
        const outcome = await this.sendOne(delivery);
        settled.push(outcome);
        if (outcome.outcome !== 'sent') return;
        recordings.push(
          this.recorder
            .record({ id: outcome.id, outcome: 'sent', at: new Date(outcome.at) })
            .catch(() => void unrecorded.push(outcome)),
        );
      }),
    );
    await Promise.all(recordings);
    const rest = settled.filter((s) => s.outcome !== 'sent');
    const failedToRecord = await this.record(rest);
    unrecorded.push(...failedToRecord);
    return { settled, unrecorded, untaken: ids.length - claimed.length };
  }

  /** Sends one delivery now, outside any queue (tools and tests): what happened to it. */
  async send(deliveryId: number): Promise<{ status: string }> {
    const result = await this.sendGroup([deliveryId], `direct-${deliveryId}`);
    const outcome = result.settled[0];
    if (outcome) return { status: outcome.outcome };
    const row = await this.deliveries.find(deliveryId);
    if (row?.status === 'sent') return { status: 'already-sent' };
    return { status: row?.status === 'pending' ? 'in-flight' : 'already-closed' };
  }

  /**
   * Records outcomes already settled with the SMTP server (the bookkeeping part of a group, also
   * what a job replays after the database was down). Returns what could not be recorded.
   */
  async record(settled: SettledEmail[]): Promise<SettledEmail[]> {
    if (settled.length === 0) return [];
    try {
      await this.emailDeliveries.recordEmailOutcomes(settled.map(toRecord));
      for (const s of settled) {
        if (s.outcome === 'failed' && s.bounced) {
          const delivery = await this.deliveries.find(s.id);
          if (delivery) await this.subscribers.markBounced(delivery.recipient_id, s.error, this.clock.now());
        }
      }
      return [];
    } catch (error) {
      this.logger.warn(
        { deliveries: settled.length, err: error instanceof Error ? error.message : String(error) },
        'mail outcomes not recorded yet: the job records them later',
      );
      return settled;
    }
  }

  private async sendOne(delivery: ClaimedEmail): Promise<SettledEmail> {
    const mail = await this.mailOf(delivery);
    if (!mail) {
      this.count('failed');
      return { id: delivery.id, outcome: 'failed', error: 'stored message is unreadable', bounced: false };
    }
    const refused = refusal(delivery, mail.kind);
    if (refused) {
      this.count('skipped');
      return { id: delivery.id, outcome: 'skipped', reason: refused };
    }
    if (delivery.resend_of_unknown) {
      this.metrics.unknownOutcomeResends.inc({ channel: 'email' });
      this.logger.warn(
        { deliveryId: delivery.id, attempt: delivery.attempts },
        'resending a mail whose previous attempt has an unknown outcome (same Message-ID)',
      );
    }
    try {
      await this.transport.send({
        to: delivery.recipient_email,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        headers: mail.headers,
        messageId: messageIdFor(delivery.delivery_key, this.config.publicUrl),
        date: this.clock.now(),
      });
      this.count('delivered');
      this.metrics.notificationsSent.inc({ channel: 'email' });
      return { id: delivery.id, outcome: 'sent', at: this.clock.now().toISOString() };
    } catch (error) {
      if (error instanceof PermanentMailError) {
        this.count('failed');
        if (error.recipientRefused)
          this.logger.warn(
            { deliveryId: delivery.id, to: delivery.recipient_email, reason: error.message },
            'address refused: bounced',
          );
        return { id: delivery.id, outcome: 'failed', error: error.message, bounced: error.recipientRefused };
      }
      const message = error instanceof Error ? error.message : String(error);
      const delayMs = emailRetryDelay(delivery.attempts, Math.random);
      if (delayMs === null) {
        this.count('failed');
        return { id: delivery.id, outcome: 'failed', error: `gave up: ${message}`, bounced: false };
      }
      this.count('retry');
      return {
        id: delivery.id,
        outcome: 'retry',
        error: message.slice(0, 1000),
        outcomeUnknown: error instanceof TemporaryMailError && error.outcomeUnknown,
        delayMs,
        attempts: Math.min(100, delivery.attempts),
      };
    }
  }

  private async mailOf(
    delivery: ClaimedEmail,
  ): Promise<(RenderedEmail & { kind: 'confirmation' | 'alert' | 'digest' }) | null> {
    const inline = inlineMail.safeParse(delivery.body);
    if (inline.success) return { ...inline.data, subject: delivery.subject ?? 'Deadline Watch' };
    const shared = sharedMail.safeParse(delivery.body);
    if (!shared.success) return null;
    const body = await this.body(shared.data.bodyId);
    if (!body) return null;
    return { kind: 'alert', ...this.messages.personalize(body, delivery.recipient_id) };
  }

  private async body(id: number): Promise<(z.infer<typeof sharedBody> & { subject: string }) | null> {
    const cached = this.bodies.get(id);
    if (cached) return cached;
    const row = await this.emailDeliveries.findBody(id);
    const parsed = sharedBody.safeParse(row?.body);
    if (!row || !parsed.success) return null;
    const body = { ...parsed.data, subject: row.subject };
    if (this.bodies.size >= BODY_CACHE_SIZE) this.bodies.delete(this.bodies.keys().next().value as number);
    this.bodies.set(id, body);
    return body;
  }

  private count(outcome: 'delivered' | 'retry' | 'failed' | 'skipped'): void {
    this.metrics.deliveries.inc({ channel: 'email', outcome });
  }
}

function toRecord(settled: SettledEmail): EmailOutcomeRecord {
  switch (settled.outcome) {
    case 'sent':
      return { id: settled.id, outcome: 'sent', at: new Date(settled.at) };
    case 'retry':
      return {
        id: settled.id,
        outcome: 'retry',
        error: settled.error,
        outcomeUnknown: settled.outcomeUnknown,
      };
    case 'failed':
      return { id: settled.id, outcome: 'failed', error: settled.error };
    case 'skipped':
      return { id: settled.id, outcome: 'skipped', reason: settled.reason };
  }
}
