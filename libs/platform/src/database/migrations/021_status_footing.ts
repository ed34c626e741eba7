import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * How each recorded status or deadline change stands (phase, confirmed, outlets, confirms,
 * withdraws, ...), kept beside its history row so the page and the timeline API show "reported by
 * 4 outlets" or "not yet confirmed" without reading every event payload.
 * Numbered after the others': Kysely refuses a migration that would slot in before an applied one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE status_history ADD COLUMN footing jsonb`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE status_history DROP COLUMN footing`);
}
