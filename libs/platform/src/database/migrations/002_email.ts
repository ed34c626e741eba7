import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Email: a re-subscription of an active address waits in pending_preferences until its
 * confirmation link is followed (nobody can change another person's alerts by knowing the
 * address); addresses are unique whatever the case of the domain or local part; digests and
 * per-recipient lookups of deliveries stay cheap.
 */
const UP = `
    ALTER TABLE subscribers ADD COLUMN pending_preferences jsonb;
    ALTER TABLE subscribers ADD COLUMN preferences_updated_at timestamptz;
    CREATE UNIQUE INDEX subscribers_email_lower_idx ON subscribers (lower(email));
    CREATE INDEX subscribers_digest_idx ON subscribers (digest) WHERE confirmed_at IS NOT NULL AND unsubscribed_at IS NULL AND bounced_at IS NULL;
    CREATE INDEX deliveries_recipient_idx ON deliveries (recipient_id, created_at DESC);
    CREATE INDEX countdown_fired_track_idx ON countdown_fired (track_id, deadline_at);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP INDEX countdown_fired_track_idx;
    DROP INDEX deliveries_recipient_idx;
    DROP INDEX subscribers_digest_idx;
    DROP INDEX subscribers_email_lower_idx;
    ALTER TABLE subscribers DROP COLUMN preferences_updated_at;
    ALTER TABLE subscribers DROP COLUMN pending_preferences;`,
  );
}
