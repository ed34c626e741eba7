import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Tracks managed at run time: where a definition came from and whether the API changed it (TRACKS_FILE
 * no longer overwrites it), removal that TRACKS_FILE does not undo, and whether a feed or a track has
 * gone silent (so `source.silent` and `source.recovered` are each recorded once per episode).
 * Numbered after the others': Kysely refuses a migration that would slot in before an applied one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE tracks ADD COLUMN origin text NOT NULL DEFAULT 'config';
     ALTER TABLE tracks ADD COLUMN edited_at timestamptz;
     ALTER TABLE tracks ADD COLUMN deleted_at timestamptz;
     ALTER TABLE tracks ADD COLUMN created_at timestamptz;
     ALTER TABLE tracks ADD COLUMN silent_since timestamptz;
     ALTER TABLE feeds ADD COLUMN silent_since timestamptz;
     ALTER TABLE feeds ADD COLUMN last_new_item_at timestamptz;
     ALTER TABLE feeds ADD COLUMN success_interval_ms bigint`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE tracks DROP COLUMN origin;
     ALTER TABLE tracks DROP COLUMN edited_at;
     ALTER TABLE tracks DROP COLUMN deleted_at;
     ALTER TABLE tracks DROP COLUMN created_at;
     ALTER TABLE tracks DROP COLUMN silent_since;
     ALTER TABLE feeds DROP COLUMN silent_since;
     ALTER TABLE feeds DROP COLUMN last_new_item_at;
     ALTER TABLE feeds DROP COLUMN success_interval_ms`,
  );
}
