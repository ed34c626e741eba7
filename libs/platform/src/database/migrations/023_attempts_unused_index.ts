import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * No query reads webhook_attempts by (webhook_id, attempted_at): the delivery log pages by
 * (webhook_id, id DESC) and deleting an endpoint's attempts uses that index too (query plans checked
 * on PostgreSQL 15 with 300,000 attempts). The index only cost one more entry per attempt written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP INDEX IF EXISTS webhook_attempts_webhook_idx`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `CREATE INDEX webhook_attempts_webhook_idx ON webhook_attempts (webhook_id, attempted_at DESC)`,
  );
}
