import { Injectable } from '@nestjs/common';
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../database/database';
import type { DatabaseSchema } from '../database/schema';
import { InjectDatabase } from '../tokens';
import type { SubscriberRow } from './subscribers.repository';

export const SUBSCRIBER_STATES = ['pending', 'active', 'unsubscribed', 'bounced'] as const;
export type SubscriberState = (typeof SUBSCRIBER_STATES)[number];

export interface SubscriberQuery {
  state?: SubscriberState;
  /** Subscribers who get this track's alerts: those who named it, and those who named none (all). */
  track?: string;
  /** Part of the address, any case. */
  q?: string;
  /** Keyset cursor: the last id of the previous page. */
  after?: number;
  limit: number;
}

/** A subscriber's state, one word: bounced wins over unsubscribed, which wins over the rest. */
export function subscriberState(row: SubscriberRow): SubscriberState {
  if (row.bounced_at) return 'bounced';
  if (row.unsubscribed_at) return 'unsubscribed';
  return row.confirmed_at ? 'active' : 'pending';
}

type Eb = ExpressionBuilder<DatabaseSchema, 'subscribers'>;

function stateFilter(eb: Eb, state: SubscriberState) {
  switch (state) {
    case 'bounced':
      return eb('bounced_at', 'is not', null);
    case 'unsubscribed':
      return eb.and([eb('unsubscribed_at', 'is not', null), eb('bounced_at', 'is', null)]);
    case 'active':
      return eb.and([
        eb('confirmed_at', 'is not', null),
        eb('unsubscribed_at', 'is', null),
        eb('bounced_at', 'is', null),
      ]);
    case 'pending':
      return eb.and([
        eb('confirmed_at', 'is', null),
        eb('unsubscribed_at', 'is', null),
        eb('bounced_at', 'is', null),
      ]);
  }
}

/** The operator's view of the subscribers: filtered, searched, paged by id; removal with its pending mail. */
@Injectable()
export class SubscribersAdminRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  list(query: SubscriberQuery): Promise<SubscriberRow[]> {
    let select = this.db.selectFrom('subscribers').selectAll().orderBy('id').limit(query.limit);
    if (query.after !== undefined) select = select.where('id', '>', query.after);
    if (query.state) {
      const state = query.state;
      select = select.where((eb) => stateFilter(eb, state));
    }
    if (query.track) {
      const track = JSON.stringify([query.track]);
      select = select.where(
        (eb) => sql<boolean>`(${eb.ref('tracks')} @> ${track}::jsonb OR ${eb.ref('tracks')} = '[]'::jsonb)`,
      );
    }
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      select = select.where(sql<string>`lower(email)`, 'like', pattern);
    }
    return select.execute();
  }

  /** Deletes the subscriber; its mail not yet sent is marked skipped in the same transaction. */
  async remove(id: number, now: Date): Promise<{ removed: boolean; pendingMailSkipped: number }> {
    return this.db.transaction().execute(async (trx) => {
      const deleted = await trx.deleteFrom('subscribers').where('id', '=', id).executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) return { removed: false, pendingMailSkipped: 0 };
      const skipped = await trx
        .updateTable('deliveries')
        .set({ status: 'skipped', last_error: `subscriber deleted by the operator at ${now.toISOString()}` })
        .where('channel', '=', 'email')
        .where('recipient_id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return { removed: true, pendingMailSkipped: Number(skipped.numUpdatedRows) };
    });
  }

  /** Deliveries by status for one subscriber (the detail view). */
  async deliveryCounts(id: number): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
      .where('channel', '=', 'email')
      .where('recipient_id', '=', id)
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
  }
}
