import type { Kysely } from 'kysely';
import { runStatements } from './001_foundation';

/**
 * Email sends leave a trace before they go out. A send job takes a lease on its deliveries
 * (claimed_by, send_started_at) and gives it back when the outcome is recorded. A claim that finds
 * its own lease still there (the process died between the SMTP accept and the record), a lease
 * left long ago, or outcome_unknown (a connection lost after the message was handed over) resends
 * with the same Message-ID and counts it in unknown_outcome_resends, for the delivery log.
 * Alert bodies are stored once per (event, time zone) in email_bodies, with stand-ins for each
 * recipient's links, instead of once per recipient: a million recipients make a million small rows.
 */
const UP = `
    ALTER TABLE deliveries ADD COLUMN send_started_at timestamptz;
    ALTER TABLE deliveries ADD COLUMN claimed_by text;
    ALTER TABLE deliveries ADD COLUMN outcome_unknown boolean NOT NULL DEFAULT false;
    ALTER TABLE deliveries ADD COLUMN unknown_outcome_resends integer NOT NULL DEFAULT 0;
    CREATE TABLE email_bodies (
      id serial PRIMARY KEY,
      body_key text NOT NULL UNIQUE,
      subject text NOT NULL,
      body jsonb NOT NULL,
      created_at timestamptz NOT NULL
    );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `DROP TABLE email_bodies;
     ALTER TABLE deliveries DROP COLUMN unknown_outcome_resends;
     ALTER TABLE deliveries DROP COLUMN outcome_unknown;
     ALTER TABLE deliveries DROP COLUMN claimed_by;
     ALTER TABLE deliveries DROP COLUMN send_started_at;`,
  );
}
