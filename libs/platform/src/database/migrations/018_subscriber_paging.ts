import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Composition pages through active subscribers by id (keyset). This index matches the page query's
 * filter and order exactly, so each page is an index range read even before the table has
 * statistics: without it, right after a bulk import the planner read the whole digest index and
 * sorted it for every page (about a second a page at a million subscribers).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `CREATE INDEX subscribers_active_id_idx ON subscribers (id)
       WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL AND bounced_at IS NULL`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP INDEX subscribers_active_id_idx`);
}
