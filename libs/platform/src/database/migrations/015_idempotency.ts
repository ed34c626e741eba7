import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Idempotency-Key records of POST /api/webhooks and POST /api/subscriptions: the first response,
 * replayed for 24 hours. A row without a status is a request still running (its claim).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `CREATE TABLE idempotency_keys (
       scope text NOT NULL,
       key text NOT NULL,
       request_hash text NOT NULL,
       status_code integer,
       response jsonb,
       created_at timestamptz NOT NULL,
       PRIMARY KEY (scope, key)
     );
     CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at)`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, `DROP TABLE idempotency_keys`);
}
