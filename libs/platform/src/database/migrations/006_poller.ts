import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * WebSub subscription state per feed. Numbered 006, not 004: 005 already ran on existing
 * databases, and Kysely refuses a migration that would slot in before an applied one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `ALTER TABLE feeds ADD COLUMN websub_topic text;
     ALTER TABLE feeds ADD COLUMN websub_secret text;
     ALTER TABLE feeds ADD COLUMN websub_state text;
     ALTER TABLE feeds ADD COLUMN websub_requested_at timestamptz;
     ALTER TABLE feeds ADD COLUMN websub_lease_expires_at timestamptz;
     ALTER TABLE feeds ADD COLUMN websub_last_push_at timestamptz;
     ALTER TABLE feeds ADD COLUMN websub_error text;
     CREATE INDEX feeds_next_poll_idx ON feeds (next_poll_at)`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP INDEX feeds_next_poll_idx;
     ALTER TABLE feeds DROP COLUMN websub_topic;
     ALTER TABLE feeds DROP COLUMN websub_secret;
     ALTER TABLE feeds DROP COLUMN websub_state;
     ALTER TABLE feeds DROP COLUMN websub_requested_at;
     ALTER TABLE feeds DROP COLUMN websub_lease_expires_at;
     ALTER TABLE feeds DROP COLUMN websub_last_push_at;
     ALTER TABLE feeds DROP COLUMN websub_error`,
  );
}
