import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { FeedsTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type FeedRow = Selectable<FeedsTable>;

export interface FeedPollOutcome {
  polledAt: Date;
  nextPollAt: Date;
  ok: boolean;
  error?: string;
  etag?: string | null;
  lastModified?: string | null;
  newItems?: number;
  /** The feed's usual rhythm after this poll (set when it brought something new). */
  rhythmMs?: number | null;
}

@Injectable()
export class FeedsRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  async upsert(feed: {
    trackId: string | null;
    url: string;
    source: string | null;
    origin: 'config' | 'api';
    hubUrl?: string | null;
    /** The injected clock's now; defaults to the system time. */
    createdAt?: Date;
  }): Promise<FeedRow> {
    const existing = await this.findOne(feed.url, feed.trackId);
    if (existing) return existing;
    // two replicas seeding at once: the unique (url, track_id) decides, the loser reads the winner's row
    const inserted = await this.db
      .insertInto('feeds')
      .values({
        track_id: feed.trackId,
        url: feed.url,
        source: feed.source,
        origin: feed.origin,
        hub_url: feed.hubUrl ?? null,
        etag: null,
        last_modified: null,
        last_polled_at: null,
        last_success_at: null,
        last_error: null,
        last_error_at: null,
        next_poll_at: null,
        created_at: feed.createdAt ?? new Date(),
      })
      .onConflict((oc) => oc.columns(['url', 'track_id']).doNothing())
      .returningAll()
      .executeTakeFirst();
    return inserted ?? (await this.findOne(feed.url, feed.trackId)) ?? this.missing(feed.url);
  }

  private findOne(url: string, trackId: string | null): Promise<FeedRow | undefined> {
    return this.db
      .selectFrom('feeds')
      .selectAll()
      .where('url', '=', url)
      .where((eb) => (trackId === null ? eb('track_id', 'is', null) : eb('track_id', '=', trackId)))
      .executeTakeFirst();
  }

  private missing(url: string): never {
    throw new Error(`feed ${url} was neither inserted nor found`);
  }

  /** A track's feeds. */
  forTrack(trackId: string): Promise<FeedRow[]> {
    return this.db.selectFrom('feeds').selectAll().where('track_id', '=', trackId).orderBy('id').execute();
  }

  list(): Promise<FeedRow[]> {
    return this.db.selectFrom('feeds').selectAll().orderBy('id').execute();
  }

  find(id: number): Promise<FeedRow | undefined> {
    return this.db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async remove(id: number): Promise<boolean> {
    const result = await this.db.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  due(now: Date): Promise<FeedRow[]> {
    return this.db
      .selectFrom('feeds')
      .selectAll()
      .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
      .orderBy('next_poll_at')
      .execute();
  }

  async recordPoll(id: number, outcome: FeedPollOutcome): Promise<void> {
    await this.db
      .updateTable('feeds')
      .set((eb) => ({
        last_polled_at: outcome.polledAt,
        next_poll_at: outcome.nextPollAt,
        ...(outcome.ok
          ? {
              last_success_at: outcome.polledAt,
              consecutive_failures: 0,
              items_seen: eb('items_seen', '+', outcome.newItems ?? 0),
              ...(outcome.newItems
                ? { last_new_item_at: outcome.polledAt, success_interval_ms: outcome.rhythmMs ?? null }
                : {}),
              ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
              ...(outcome.lastModified !== undefined ? { last_modified: outcome.lastModified } : {}),
            }
          : {
              last_error: outcome.error ?? 'unknown error',
              last_error_at: outcome.polledAt,
              consecutive_failures: eb('consecutive_failures', '+', 1),
            }),
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Marks a feed silent (true the first time) or heard again (true if it was silent): one alert per episode. */
  async setSilent(id: number, since: Date | null): Promise<boolean> {
    const result = await this.db
      .updateTable('feeds')
      .set({ silent_since: since })
      .where('id', '=', id)
      .where('silent_since', since === null ? 'is not' : 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async setHub(id: number, hubUrl: string): Promise<void> {
    await this.db.updateTable('feeds').set({ hub_url: hubUrl }).where('id', '=', id).execute();
  }

  findByUrl(url: string): Promise<FeedRow[]> {
    return this.db.selectFrom('feeds').selectAll().where('url', '=', url).orderBy('id').execute();
  }

  async removeByUrl(url: string): Promise<number> {
    const result = await this.db.deleteFrom('feeds').where('url', '=', url).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /**
   * Claims the right to send a WebSub (re)subscription for a feed, atomically, so that of several
   * pollers only one asks the hub: the feed has no live subscription, its lease ends before
   * `renewBy`, its topic changed, or an earlier request went unanswered since before `staleBefore`.
   * The secret is kept across renewals (pushes signed with it may still be on the way).
   */
  claimWebSubRequest(
    id: number,
    request: { topic: string; secret: string; now: Date; renewBy: Date; staleBefore: Date },
  ): Promise<FeedRow | undefined> {
    return this.db
      .updateTable('feeds')
      .set((eb) => ({
        websub_state: 'pending',
        websub_topic: request.topic,
        websub_secret: eb.fn.coalesce('websub_secret', eb.val(request.secret)),
        websub_requested_at: request.now,
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb('websub_state', 'is', null),
          eb('websub_state', '=', 'unsubscribing'),
          eb('websub_topic', 'is distinct from', request.topic),
          eb.and([
            eb('websub_state', '=', 'subscribed'),
            eb.or([
              eb('websub_lease_expires_at', 'is', null),
              eb('websub_lease_expires_at', '<=', request.renewBy),
            ]),
          ]),
          eb.and([
            eb('websub_state', 'in', ['pending', 'denied', 'failed']),
            eb.or([
              eb('websub_requested_at', 'is', null),
              eb('websub_requested_at', '<', request.staleBefore),
            ]),
          ]),
        ]),
      )
      .returningAll()
      .executeTakeFirst();
  }

  /** Feeds with a hub whose subscription is due for renewal (or was never made). */
  webSubRenewalsDue(renewBy: Date, staleBefore: Date): Promise<FeedRow[]> {
    return this.db
      .selectFrom('feeds')
      .selectAll()
      .where('hub_url', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('websub_state', 'is', null),
          eb.and([
            eb('websub_state', '=', 'subscribed'),
            eb.or([eb('websub_lease_expires_at', 'is', null), eb('websub_lease_expires_at', '<=', renewBy)]),
          ]),
          eb.and([
            eb('websub_state', 'in', ['pending', 'denied', 'failed']),
            eb('websub_requested_at', '<', staleBefore),
          ]),
        ]),
      )
      .orderBy('id')
      .execute();
  }

  async recordWebSub(
    id: number,
    change: {
      state: 'subscribed' | 'denied' | 'failed' | 'unsubscribing';
      leaseExpiresAt?: Date | null;
      error?: string | null;
    },
  ): Promise<void> {
    await this.db
      .updateTable('feeds')
      .set({
        websub_state: change.state,
        websub_error: change.error ?? null,
        ...(change.leaseExpiresAt !== undefined ? { websub_lease_expires_at: change.leaseExpiresAt } : {}),
      })
      .where('id', '=', id)
      .execute();
  }

  async recordPush(id: number, at: Date, newItems: number): Promise<void> {
    await this.db
      .updateTable('feeds')
      .set((eb) => ({ websub_last_push_at: at, items_seen: eb('items_seen', '+', newItems) }))
      .where('id', '=', id)
      .execute();
  }
}
