import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * A webhook event's payload is stored once, as the exact text every endpoint is sent, instead of a
 * ~1 KB copy in each of its deliveries (10,000 endpoints made 10 MB of rows, rewritten by every
 * status update). A delivery with shared_payload reads it from webhook_payloads by its event id;
 * rows made before keep their own copy in body and are read as before.
 */
const UP = `
    CREATE TABLE webhook_payloads (
      event_id text PRIMARY KEY,
      body text NOT NULL,
      created_at timestamptz NOT NULL
    );
    ALTER TABLE deliveries ADD COLUMN shared_payload boolean NOT NULL DEFAULT false;
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `UPDATE deliveries AS d SET body = d.body || jsonb_build_object('payload', p.body::jsonb), shared_payload = false
       FROM webhook_payloads p WHERE d.shared_payload AND p.event_id = d.event_id;
     ALTER TABLE deliveries DROP COLUMN shared_payload;
     DROP TABLE webhook_payloads;`,
  );
}
