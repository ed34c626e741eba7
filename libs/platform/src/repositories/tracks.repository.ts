import { Injectable } from '@nestjs/common';
import type { Kysely, Selectable } from 'kysely';
import { toTrackParties, type TrackDefinition, type TrackParty } from '@dw/domain';
import { initialTrackState, phaseOf, type TrackState } from '@dw/domain/status';
import type { Database } from '../database/database';
import type { DatabaseSchema, TracksTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type TrackRow = Selectable<TracksTable>;

/** A track's definition as the API and TRACKS_FILE state it; status and state are the classifier's. */
export interface TrackDefinitionRecord {
  id: string;
  name: string;
  parties: TrackParty[];
  keywords: string[];
  deadline: { at: string; timezone: string } | null;
}

@Injectable()
export class TracksRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /**
   * TRACKS_FILE seeds the database: a track not there yet is inserted; one still as the file made it
   * follows the file's name, parties and keywords; one the API changed or removed is left alone.
   * Status and a moved deadline are the system's own and survive.
   */
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
          created_at: now,
        })
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              parties: eb.ref('excluded.parties'),
              keywords: eb.ref('excluded.keywords'),
              deadline_timezone: eb.ref('excluded.deadline_timezone'),
            }))
            .where('tracks.edited_at', 'is', null)
            .where('tracks.deleted_at', 'is', null),
        )
        .execute();
    }
  }

  /** A track created through the API; a removed track of the same id starts over. False if it exists. */
  async create(track: TrackDefinitionRecord, now: Date): Promise<boolean> {
    const values = {
      name: track.name,
      parties: JSON.stringify(track.parties),
      keywords: JSON.stringify(track.keywords),
      deadline_at: track.deadline?.at ?? null,
      deadline_timezone: track.deadline?.timezone ?? null,
      status: 'unknown',
      state: JSON.stringify({}),
      updated_at: now,
      origin: 'api',
      edited_at: now,
      deleted_at: null,
      created_at: now,
      silent_since: null,
    };
    const inserted = await this.db
      .insertInto('tracks')
      .values({ id: track.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values).where('tracks.deleted_at', 'is not', null))
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  /** Changes the definition (not the deadline: that is an event, TrackStatusService's). */
  async updateDefinition(
    id: string,
    change: Partial<Pick<TrackDefinitionRecord, 'name' | 'parties' | 'keywords'>>,
    now: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('tracks')
      .set({
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.parties !== undefined ? { parties: JSON.stringify(change.parties) } : {}),
        ...(change.keywords !== undefined ? { keywords: JSON.stringify(change.keywords) } : {}),
        edited_at: now,
        updated_at: now,
      })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Hidden everywhere; its history stays for the record, and TRACKS_FILE does not bring it back. */
  async softDelete(id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('tracks')
      .set({ deleted_at: now, edited_at: now, updated_at: now })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Ids the API created, changed or removed: TRACKS_FILE leaves their definition and feeds alone. */
  async managedIds(): Promise<string[]> {
    const rows = await this.db
      .selectFrom('tracks')
      .select('id')
      .where((eb) => eb.or([eb('edited_at', 'is not', null), eb('deleted_at', 'is not', null)]))
      .execute();
    return rows.map((row) => row.id);
  }

  list(): Promise<TrackRow[]> {
    return this.db.selectFrom('tracks').selectAll().where('deleted_at', 'is', null).orderBy('id').execute();
  }

  find(id: string): Promise<TrackRow | undefined> {
    return this.db
      .selectFrom('tracks')
      .selectAll()
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
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

  /** Marks a track silent (returns true the first time) or heard again (true if it was silent). */
  async setSilent(id: string, since: Date | null): Promise<boolean> {
    const result = await this.db
      .updateTable('tracks')
      .set({ silent_since: since })
      .where('id', '=', id)
      .where('silent_since', since === null ? 'is not' : 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/** The parties of a row as records, whichever shape it was stored in. */
export function partiesOf(row: Pick<TrackRow, 'parties'>): TrackParty[] {
  return toTrackParties(row.parties);
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
