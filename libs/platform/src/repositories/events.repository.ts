import { Injectable, Optional } from '@nestjs/common';
import type { Kysely, Selectable } from 'kysely';
import { type Clock, type DomainEvent, SystemClock } from '@dw/domain';
import { footingOf } from '@dw/domain/status';
import type { Database } from '../database/database';
import type { DatabaseSchema, StatusHistoryTable } from '../database/schema';
import { InjectClock, InjectDatabase } from '../tokens';

export type StatusHistoryRow = Selectable<StatusHistoryTable>;

@Injectable()
export class EventsRepository {
  constructor(
    @InjectDatabase() private readonly db: Database,
    // created_at on the injected clock: the outbox sweep compares it with the same clock.
    @Optional() @InjectClock() private readonly clock: Clock = new SystemClock(),
  ) {}

  /** Records an event once; returns false when its id was already recorded (a re-run emits nothing). */
  async record(event: DomainEvent, within?: Kysely<DatabaseSchema>): Promise<boolean> {
    if (within) return this.recordWith(within, event);
    return this.db.transaction().execute((trx) => this.recordWith(trx, event));
  }

  private async recordWith(trx: Kysely<DatabaseSchema>, event: DomainEvent): Promise<boolean> {
    const inserted = await trx
      .insertInto('events')
      .values({
        id: event.id,
        type: event.type,
        track_id: event.trackId,
        occurred_at: event.occurredAt,
        payload: JSON.stringify(event),
        created_at: this.clock.now(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    if (event.type === 'status.changed' || event.type === 'deadline.changed') {
      await trx
        .insertInto('status_history')
        .values({
          event_id: event.id,
          track_id: event.trackId,
          kind: event.type === 'status.changed' ? 'status' : 'deadline',
          from_value: event.data.from,
          to_value: event.data.to,
          evidence: JSON.stringify(event.data.evidence),
          footing: JSON.stringify(footingOf(event.data)),
          occurred_at: event.occurredAt,
        })
        .execute();
    }
    return true;
  }

  async find(id: string): Promise<DomainEvent | undefined> {
    const row = await this.db.selectFrom('events').select('payload').where('id', '=', id).executeTakeFirst();
    return row?.payload;
  }

  history(trackId: string): Promise<StatusHistoryRow[]> {
    return this.db
      .selectFrom('status_history')
      .selectAll()
      .where('track_id', '=', trackId)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  }

  async listByTypes(types: string[], limit: number): Promise<DomainEvent[]> {
    const rows = await this.db
      .selectFrom('events')
      .select('payload')
      .where('type', 'in', types)
      .orderBy('occurred_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.payload);
  }

  async markComposed(id: string, at: Date): Promise<void> {
    await this.db.updateTable('events').set({ composed_at: at }).where('id', '=', id).execute();
  }

  /** Events recorded but never composed (a crash between recording and enqueueing): the outbox sweep's work. */
  async uncomposed(recordedBefore: Date, limit = 100): Promise<string[]> {
    const rows = await this.db
      .selectFrom('events')
      .select('id')
      .where('composed_at', 'is', null)
      .where('created_at', '<', recordedBefore)
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /** status_history of several tracks in one query, oldest first. */
  historyForTracks(trackIds: string[]): Promise<StatusHistoryRow[]> {
    if (trackIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('status_history')
      .selectAll()
      .where('track_id', 'in', trackIds)
      .orderBy('occurred_at')
      .orderBy('id')
      .execute();
  }
}
