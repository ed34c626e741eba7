import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { DigestPreference, EmailAlertEvent } from '@dw/domain/subscriptions';
import type { Database } from '../database/database';
import type { SubscribersTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type SubscriberRow = Selectable<SubscribersTable>;

/** What a subscriber chose: the normalised request without the address. */
export interface SubscriberPreferences {
  tracks: string[];
  events: EmailAlertEvent[];
  digest: DigestPreference;
  timezone: string;
}

function preferenceColumns(preferences: SubscriberPreferences) {
  return {
    tracks: JSON.stringify(preferences.tracks),
    events: JSON.stringify(preferences.events),
    digest: preferences.digest.cadence,
    digest_weekday: preferences.digest.weekday,
    digest_time: preferences.digest.time,
    timezone: preferences.timezone,
  };
}

@Injectable()
export class SubscribersRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /** Confirmed, still subscribed, not bounced; filters are matched by the caller (empty list = all). */
  activeSubscribers(): Promise<SubscriberRow[]> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .where('bounced_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  /** One page of activeSubscribers after `afterId` (keyset pagination: memory bounded by the page). */
  activeSubscribersPage(afterId: number, limit: number): Promise<SubscriberRow[]> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('id', '>', afterId)
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .where('bounced_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** One page of digestSubscribers after `afterId`. */
  digestSubscribersPage(afterId: number, limit: number): Promise<SubscriberRow[]> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('id', '>', afterId)
      .where('digest', '!=', 'off')
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .where('bounced_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  async markDigestedMany(ids: number[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.updateTable('subscribers').set({ last_digest_at: at }).where('id', 'in', ids).execute();
  }

  find(id: number): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async markBounced(id: number, reason: string, at: Date): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({ bounced_at: at, bounce_reason: reason })
      .where('id', '=', id)
      .execute();
  }

  /** Addresses are one subscriber whatever their case (see migration 002). */
  findByAddress(email: string): Promise<SubscriberRow | undefined> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where(sql<string>`lower(email)`, '=', email.toLowerCase())
      .executeTakeFirst();
  }

  /** Inserts an unconfirmed subscriber; a concurrent insert of the same address yields the row already there. */
  async createUnconfirmed(
    email: string,
    preferences: SubscriberPreferences,
    now: Date,
  ): Promise<{ row: SubscriberRow; created: boolean }> {
    const inserted = await this.db
      .insertInto('subscribers')
      .values({
        email,
        ...preferenceColumns(preferences),
        confirmed_at: null,
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        confirmation_sent_at: null,
        last_digest_at: null,
        created_at: now,
        preferences_updated_at: now,
      })
      .onConflict((oc) => oc.expression(sql`(lower(email))`).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted) return { row: inserted, created: true };
    const existing = await this.findByAddress(email);
    if (!existing) throw new Error(`subscriber ${email} vanished during insert`);
    return { row: existing, created: false };
  }

  async updatePreferences(id: number, preferences: SubscriberPreferences, now: Date): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({ ...preferenceColumns(preferences), preferences_updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  async setPendingPreferences(id: number, preferences: SubscriberPreferences): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({ pending_preferences: JSON.stringify(preferences) })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Claims the right to send a confirmation: succeeds only when none went out since `notBefore`,
   * so concurrent requests and replicas send at most one per interval. Returns the new count.
   */
  async claimConfirmation(id: number, now: Date, notBefore: Date): Promise<number | null> {
    const row = await this.db
      .updateTable('subscribers')
      .set((eb) => ({ confirmation_sent_at: now, confirmations_sent: eb('confirmations_sent', '+', 1) }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([eb('confirmation_sent_at', 'is', null), eb('confirmation_sent_at', '<=', notBefore)]),
      )
      .returning('confirmations_sent')
      .executeTakeFirst();
    return row?.confirmations_sent ?? null;
  }

  /** Confirmed and active from now on; pending preferences, when given, replace the current ones. */
  async markConfirmed(id: number, now: Date, preferences: SubscriberPreferences | null): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({
        ...(preferences ? { ...preferenceColumns(preferences), preferences_updated_at: now } : {}),
        confirmed_at: now,
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        pending_preferences: null,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Takes effect at once; a second call keeps the first instant. */
  async markUnsubscribed(id: number, now: Date): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({ unsubscribed_at: now, pending_preferences: null })
      .where('id', '=', id)
      .where('unsubscribed_at', 'is', null)
      .execute();
  }

  /** Active subscribers who take a digest. */
  digestSubscribers(): Promise<SubscriberRow[]> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('digest', '!=', 'off')
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .where('bounced_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  async markDigested(id: number, at: Date): Promise<void> {
    await this.db.updateTable('subscribers').set({ last_digest_at: at }).where('id', '=', id).execute();
  }
}
