import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * An editor can clear a track's deadline (PATCH /api/tracks/:id {"deadline": null}): that
 * deadline.changed event goes to no date, so its history row has no `to_value`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE status_history ALTER COLUMN to_value DROP NOT NULL`);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DELETE FROM status_history WHERE to_value IS NULL;
     ALTER TABLE status_history ALTER COLUMN to_value SET NOT NULL`,
  );
}
