import { Injectable, Logger } from '@nestjs/common';
import { z } from 'zod';
import type { Clock } from '@dw/domain';
import { type FieldError, type SubscriptionRequest, validateSubscription } from '@dw/domain/subscriptions';
import type { TokenPurpose } from '@dw/domain/tokens';
import {
  InjectClock,
  type SubscriberPreferences,
  type SubscriberRow,
  SubscribersRepository,
  TracksRepository,
} from '@dw/platform';
import { EmailMessages, storedMail } from '../email/email-messages';
import { EmailOutbox } from '../email/email-outbox';
import { LinkTokens } from '../email/link-tokens';
import { SubscriptionRateLimiter } from './subscription-rate-limiter';

const pendingSchema = z.object({
  tracks: z.array(z.string()),
  events: z.array(z.string()),
  digest: z.object({ cadence: z.string(), weekday: z.number().nullable(), time: z.string() }),
  timezone: z.string(),
});

/** However often an address is submitted, at most one confirmation per interval goes out. */
export const CONFIRMATION_RESEND_INTERVAL_MS = 10 * 60_000;

export class InvalidSubscriptionError extends Error {
  constructor(readonly details: FieldError[]) {
    super('invalid subscription');
  }
}

export type LinkOutcome =
  { ok: true; subscriber: SubscriberRow } | { ok: false; reason: 'expired' | 'invalid' | 'stale' };

export function isActive(row: SubscriberRow): boolean {
  return row.confirmed_at !== null && row.unsubscribed_at === null && row.bounced_at === null;
}

/** A stored subscriber as the request that would produce it (for the preferences form). */
export function requestOf(row: SubscriberRow): SubscriptionRequest {
  return {
    email: row.email,
    tracks: row.tracks,
    events: row.events as SubscriptionRequest['events'],
    digest: {
      cadence: row.digest as SubscriptionRequest['digest']['cadence'],
      weekday: (row.digest_weekday ?? null) as SubscriptionRequest['digest']['weekday'],
      time: row.digest_time,
    },
    timezone: row.timezone,
  };
}

export function preferencesOf(request: SubscriptionRequest): SubscriberPreferences {
  return {
    tracks: request.tracks,
    events: request.events,
    digest: request.digest,
    timezone: request.timezone,
  };
}

/**
 * Double opt-in subscriptions. Nothing but a confirmation goes to an address before it is confirmed;
 * a re-subscription of an active address only takes effect through its confirmation link, so
 * knowing someone's address is not enough to change what they get.
 */
@Injectable()
export class SubscriptionsService {
  private readonly logger = new Logger('Subscriptions');

  constructor(
    @InjectClock() private readonly clock: Clock,
    private readonly subscribers: SubscribersRepository,
    private readonly outbox: EmailOutbox,
    private readonly tracks: TracksRepository,
    private readonly messages: EmailMessages,
    private readonly tokens: LinkTokens,
    private readonly rateLimiter: SubscriptionRateLimiter,
  ) {}

  async validate(body: unknown): Promise<SubscriptionRequest> {
    const knownTrackIds = (await this.tracks.list()).map((t) => t.id);
    const result = validateSubscription(body, { knownTrackIds });
    if (!result.ok) throw new InvalidSubscriptionError(result.errors);
    return result.value;
  }

  /** Validates, rate-limits, stores and (at a bounded rate) sends the confirmation. */
  async subscribe(body: unknown, clientIp: string): Promise<{ confirmationSent: boolean }> {
    const request = await this.validate(body);
    await this.rateLimiter.consume(clientIp, request.email);
    const now = this.clock.now();
    const preferences = preferencesOf(request);
    let row = await this.subscribers.findByAddress(request.email);
    if (!row) {
      row = (await this.subscribers.createUnconfirmed(request.email, preferences, now)).row;
    } else if (isActive(row)) {
      await this.subscribers.setPendingPreferences(row.id, preferences);
    } else {
      await this.subscribers.updatePreferences(row.id, preferences, now);
    }
    const confirmationSent = await this.sendConfirmation(row, request, now);
    return { confirmationSent };
  }

  private async sendConfirmation(
    row: SubscriberRow,
    request: SubscriptionRequest,
    now: Date,
  ): Promise<boolean> {
    const notBefore = new Date(now.getTime() - CONFIRMATION_RESEND_INTERVAL_MS);
    const count = await this.subscribers.claimConfirmation(row.id, now, notBefore);
    if (count === null) return false;
    const trackNames = await this.trackNames(request.tracks);
    const message = this.messages.confirmation(row.id, { ...request, email: row.email }, trackNames, now);
    await this.outbox.add([
      {
        eventId: `confirmation:${row.id}:${count}`,
        recipientId: row.id,
        subject: message.subject,
        body: storedMail('confirmation', message),
      },
    ]);
    this.logger.log({ subscriberId: row.id, confirmations: count }, 'confirmation queued');
    return true;
  }

  /** Follows a confirmation link: active from now on, with the preferences it was sent for. */
  async confirm(token: string): Promise<LinkOutcome> {
    const found = await this.fromToken(token, 'confirm');
    if (!found.ok) return found;
    const { subscriber, issuedAt } = found;
    // A link mailed before (or in the same second as) the unsubscribe must not sign it up again.
    if (subscriber.unsubscribed_at && issuedAt.getTime() <= floorSeconds(subscriber.unsubscribed_at)) {
      return { ok: false, reason: 'stale' };
    }
    if (isActive(subscriber) && !subscriber.pending_preferences) return { ok: true, subscriber };
    const pending = await this.pendingPreferences(subscriber);
    await this.subscribers.markConfirmed(subscriber.id, this.clock.now(), pending);
    this.logger.log({ subscriberId: subscriber.id }, 'subscription confirmed');
    return { ok: true, subscriber: (await this.subscribers.find(subscriber.id)) ?? subscriber };
  }

  /** One-click and page unsubscribe alike: at once, idempotent. */
  async unsubscribe(token: string): Promise<LinkOutcome> {
    const found = await this.fromToken(token, 'unsubscribe');
    if (!found.ok) return found;
    await this.subscribers.markUnsubscribed(found.subscriber.id, this.clock.now());
    this.logger.log({ subscriberId: found.subscriber.id }, 'unsubscribed');
    return { ok: true, subscriber: found.subscriber };
  }

  async subscriberFor(token: string, purpose: TokenPurpose): Promise<LinkOutcome> {
    const found = await this.fromToken(token, purpose);
    return found.ok ? { ok: true, subscriber: found.subscriber } : found;
  }

  /** Saves the preferences form; the address stays the one the token names. */
  async savePreferences(token: string, form: Record<string, unknown>): Promise<LinkOutcome> {
    const found = await this.fromToken(token, 'preferences');
    if (!found.ok) return found;
    const request = await this.validate({ ...form, email: found.subscriber.email });
    await this.subscribers.updatePreferences(found.subscriber.id, preferencesOf(request), this.clock.now());
    return { ok: true, subscriber: (await this.subscribers.find(found.subscriber.id)) ?? found.subscriber };
  }

  async trackNames(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const byId = new Map((await this.tracks.list()).map((t) => [t.id, t.name]));
    return ids.map((id) => byId.get(id) ?? id);
  }

  private async pendingPreferences(subscriber: SubscriberRow): Promise<SubscriberPreferences | null> {
    const stored = pendingSchema.safeParse(subscriber.pending_preferences);
    if (!stored.success) return null;
    const { digest, ...rest } = stored.data;
    const result = validateSubscription({
      ...rest,
      email: subscriber.email,
      digest: {
        cadence: digest.cadence,
        time: digest.time,
        ...(digest.weekday ? { weekday: digest.weekday } : {}),
      },
    });
    return result.ok ? preferencesOf(result.value) : null;
  }

  private async fromToken(
    token: string,
    purpose: TokenPurpose,
  ): Promise<
    { ok: true; subscriber: SubscriberRow; issuedAt: Date } | { ok: false; reason: 'expired' | 'invalid' }
  > {
    const verified = this.tokens.verify(token, purpose);
    if (!verified.ok) return { ok: false, reason: verified.reason === 'expired' ? 'expired' : 'invalid' };
    const id = Number(verified.subscriberId);
    const subscriber = Number.isInteger(id) ? await this.subscribers.find(id) : undefined;
    if (!subscriber) return { ok: false, reason: 'invalid' };
    return { ok: true, subscriber, issuedAt: verified.issuedAt };
  }
}

function floorSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000) * 1000;
}
