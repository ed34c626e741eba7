import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Webhooks: deliveries key recipients by integer, so each endpoint gets a serial `seq` beside its
 * public text id. Attempts carry their place in the retry schedule, what triggered them and how
 * they ended: an attempt is written as `in_flight` before the request goes out, so a worker that
 * dies mid-request leaves a row that the redelivery marks `interrupted`.
 */
const UP = `
    ALTER TABLE webhooks ADD COLUMN seq serial;
    CREATE UNIQUE INDEX webhooks_seq_idx ON webhooks (seq);
    ALTER TABLE webhooks ADD COLUMN disabled_at timestamptz;
    ALTER TABLE webhooks ADD COLUMN updated_at timestamptz;
    ALTER TABLE webhook_attempts ADD COLUMN attempt integer NOT NULL DEFAULT 0;
    ALTER TABLE webhook_attempts ADD COLUMN trigger text NOT NULL DEFAULT 'scheduled';
    ALTER TABLE webhook_attempts ADD COLUMN outcome text NOT NULL DEFAULT 'in_flight';
    CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id, id);
    CREATE INDEX webhook_attempts_webhook_page_idx ON webhook_attempts (webhook_id, id DESC);
    CREATE INDEX deliveries_channel_recipient_idx ON deliveries (channel, recipient_id, id DESC);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP INDEX deliveries_channel_recipient_idx;
    DROP INDEX webhook_attempts_webhook_page_idx;
    DROP INDEX webhook_attempts_delivery_idx;
    ALTER TABLE webhook_attempts DROP COLUMN outcome;
    ALTER TABLE webhook_attempts DROP COLUMN trigger;
    ALTER TABLE webhook_attempts DROP COLUMN attempt;
    ALTER TABLE webhooks DROP COLUMN updated_at;
    ALTER TABLE webhooks DROP COLUMN disabled_at;
    DROP INDEX webhooks_seq_idx;
    ALTER TABLE webhooks DROP COLUMN seq;`,
  );
}
