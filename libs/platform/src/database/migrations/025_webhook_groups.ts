import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * A webhook delivery whose first attempt is carried by a group job (one job for several of an
 * event's deliveries) keeps the group's name: the endpoint seq that, with the event id, makes the
 * group job's stable id. The delivery sweep asks the queue for that job instead of recomputing a
 * per-delivery id. Null for deliveries with a job of their own (rows made before, or group size 1).
 */
const UP = `ALTER TABLE deliveries ADD COLUMN webhook_group integer;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `ALTER TABLE deliveries DROP COLUMN webhook_group;`);
}
