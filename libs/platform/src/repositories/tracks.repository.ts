import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import { toTrackParties, type TrackDefinition, type TrackStatus } from '@dw/domain';
import type { Database } from '../database/database';
import type { TracksTable } from '../database/schema';
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

  async saveState(
    id: string,
    change: { status: TrackStatus; deadlineAt: Date | null; state: Record<string, unknown>; now: Date },
  ): Promise<void> {
    await this.db
      .updateTable('tracks')
      .set({
        status: change.status,
        deadline_at: change.deadlineAt,
        state: JSON.stringify(change.state),
        updated_at: change.now,
      })
      .where('id', '=', id)
      .execute();
  }
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
