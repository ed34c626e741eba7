import { Injectable } from '@nestjs/common';
import type { Kysely, Selectable } from 'kysely';
import { toTrackParties, type TrackDefinition } from '@dw/domain';
import { initialTrackState, phaseOf, type TrackState } from '@dw/domain/status';
import type { Database } from '../database/database';
import type { DatabaseSchema, TracksTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type TrackRow = Selectable<TracksTable>;

@Injectable()
export class TracksRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /** Definitions come from TRACKS_FILE; status and a moved deadline are the system's own and survive. */
  async upsertDefinitions(tracks: TrackDefinition[], now: Date): Promise<void> {
    for (const track of tracks) {
      await this.db
        .insertInto('tracks')
        .values({
          id: track.id,
          name: track.name,
          parties: JSON.stringify(track.parties),
          keywords: JSON.stringify(track.keywords),
          deadline_at: track.deadline?.at ?? null,
          deadline_timezone: track.deadline?.timezone ?? null,
          status: 'unknown',
          state: JSON.stringify({}),
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            parties: eb.ref('excluded.parties'),
            keywords: eb.ref('excluded.keywords'),
            deadline_timezone: eb.ref('excluded.deadline_timezone'),
          })),
        )
        .execute();
    }
  }

  list(): Promise<TrackRow[]> {
    return this.db.selectFrom('tracks').selectAll().orderBy('id').execute();
  }

  find(id: string): Promise<TrackRow | undefined> {
    return this.db.selectFrom('tracks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The track's row, locked until the transaction ends (TrackStateService is the only caller). */
  lockForUpdate(id: string, trx: Kysely<DatabaseSchema>): Promise<TrackRow | undefined> {
    return trx.selectFrom('tracks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  }

  /**
   * Writes a track's status state: the JSON is the record, and the status and deadline columns are
   * written from it in the same statement so queries and the page read the same thing. Only
   * TrackStateService calls this, inside its locked transaction.
   */
  async writeState(id: string, state: TrackState, now: Date, trx: Kysely<DatabaseSchema>): Promise<void> {
    await trx
      .updateTable('tracks')
      .set({
        status: state.status,
        deadline_at: state.deadline ? new Date(state.deadline.at) : null,
        deadline_timezone: state.deadline?.timezone ?? null,
        state: JSON.stringify({ ...state, phase: phaseOf(state) }),
        updated_at: now,
      })
      .where('id', '=', id)
      .execute();
  }
}

/** A track's status state: the stored JSON, or a fresh one from the configured deadline. */
export function readTrackState(row: TrackRow): TrackState {
  const stored = row.state as Partial<TrackState>;
  if (Array.isArray(stored.ledger) && stored.trackId === row.id) return stored as TrackState;
  const deadline = row.deadline_at
    ? { at: row.deadline_at.toISOString(), timezone: row.deadline_timezone ?? 'UTC' }
    : null;
  return initialTrackState(row.id, deadline);
}

export function toTrackDefinition(row: TrackRow): TrackDefinition {
  return {
    id: row.id,
    name: row.name,
    parties: toTrackParties(row.parties),
    keywords: row.keywords,
    deadline: row.deadline_at
      ? { at: row.deadline_at.toISOString(), timezone: row.deadline_timezone ?? 'UTC' }
      : null,
    feeds: [],
  };
}
