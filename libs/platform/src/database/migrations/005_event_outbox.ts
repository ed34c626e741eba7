import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/** Events double as an outbox: composed_at stays null until composition ran, so a sweep can finish the job. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE events ADD COLUMN composed_at timestamptz;
     CREATE INDEX events_uncomposed_idx ON events (created_at) WHERE composed_at IS NULL`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE events DROP COLUMN composed_at`);
}
