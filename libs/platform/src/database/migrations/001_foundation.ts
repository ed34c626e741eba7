import { type Kysely, sql } from 'kysely';

const UP = `
    CREATE TABLE tracks (
      id text PRIMARY KEY,
      name text NOT NULL,
      parties jsonb NOT NULL DEFAULT '[]',
      keywords jsonb NOT NULL DEFAULT '[]',
      deadline_at timestamptz,
      deadline_timezone text,
      status text NOT NULL DEFAULT 'unknown',
      state jsonb NOT NULL DEFAULT '{}',
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE feeds (
      id serial PRIMARY KEY,
      track_id text REFERENCES tracks(id) ON DELETE SET NULL,
      url text NOT NULL,
      source text,
      origin text NOT NULL DEFAULT 'config',
      etag text,
      last_modified text,
      last_polled_at timestamptz,
      last_success_at timestamptz,
      last_error text,
      last_error_at timestamptz,
      consecutive_failures integer NOT NULL DEFAULT 0,
      items_seen integer NOT NULL DEFAULT 0,
      next_poll_at timestamptz,
      hub_url text,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (url, track_id)
    );
    CREATE TABLE articles (
      id text PRIMARY KEY,
      url text NOT NULL,
      title text NOT NULL,
      text text NOT NULL,
      published_at timestamptz,
      source text NOT NULL,
      feed_id integer REFERENCES feeds(id) ON DELETE SET NULL,
      story_id text,
      fingerprint text,
      track_ids jsonb NOT NULL DEFAULT '[]',
      raw jsonb NOT NULL DEFAULT '{}',
      fetched_at timestamptz NOT NULL
    );
    CREATE INDEX articles_published_idx ON articles (published_at DESC);
    CREATE INDEX articles_story_idx ON articles (story_id);
    CREATE TABLE classifications (
      article_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      classifier_version text NOT NULL,
      relevant boolean NOT NULL,
      main_track text,
      result jsonb NOT NULL,
      classified_at timestamptz NOT NULL,
      PRIMARY KEY (article_id, classifier_version)
    );
    CREATE INDEX classifications_track_idx ON classifications (main_track, classified_at DESC);
    CREATE TABLE events (
      id text PRIMARY KEY,
      type text NOT NULL,
      track_id text NOT NULL,
      occurred_at timestamptz NOT NULL,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX events_track_idx ON events (track_id, occurred_at DESC);
    CREATE TABLE status_history (
      id serial PRIMARY KEY,
      event_id text NOT NULL UNIQUE REFERENCES events(id),
      track_id text NOT NULL,
      kind text NOT NULL,
      from_value text,
      to_value text NOT NULL,
      evidence jsonb NOT NULL DEFAULT '[]',
      occurred_at timestamptz NOT NULL
    );
    CREATE INDEX status_history_track_idx ON status_history (track_id, occurred_at);
    CREATE TABLE subscribers (
      id serial PRIMARY KEY,
      email text NOT NULL UNIQUE,
      tracks jsonb NOT NULL DEFAULT '[]',
      events jsonb NOT NULL DEFAULT '[]',
      digest text NOT NULL DEFAULT 'off',
      digest_weekday integer,
      digest_time text NOT NULL DEFAULT '08:00',
      timezone text NOT NULL DEFAULT 'UTC',
      confirmed_at timestamptz,
      unsubscribed_at timestamptz,
      bounced_at timestamptz,
      bounce_reason text,
      confirmation_sent_at timestamptz,
      confirmations_sent integer NOT NULL DEFAULT 0,
      last_digest_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE deliveries (
      id serial PRIMARY KEY,
      delivery_key text NOT NULL UNIQUE,
      event_id text NOT NULL,
      channel text NOT NULL,
      recipient_id integer NOT NULL,
      status text NOT NULL DEFAULT 'pending',
      attempts integer NOT NULL DEFAULT 0,
      subject text,
      body jsonb NOT NULL DEFAULT '{}',
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    );
    CREATE INDEX deliveries_event_idx ON deliveries (event_id);
    CREATE TABLE webhooks (
      id text PRIMARY KEY,
      url text NOT NULL,
      description text,
      events jsonb NOT NULL DEFAULT '[]',
      tracks jsonb NOT NULL DEFAULT '[]',
      secret text NOT NULL,
      previous_secret text,
      previous_secret_expires_at timestamptz,
      enabled boolean NOT NULL DEFAULT true,
      disabled_reason text,
      failing_since timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE webhook_attempts (
      id serial PRIMARY KEY,
      delivery_id integer NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
      webhook_id text NOT NULL,
      attempted_at timestamptz NOT NULL,
      status_code integer,
      latency_ms integer NOT NULL,
      response_excerpt text,
      error text
    );
    CREATE INDEX webhook_attempts_webhook_idx ON webhook_attempts (webhook_id, attempted_at DESC);
    CREATE TABLE countdown_fired (
      milestone_key text PRIMARY KEY,
      track_id text NOT NULL,
      milestone text NOT NULL,
      deadline_at timestamptz NOT NULL,
      fired_at timestamptz NOT NULL
    );
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, UP);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    DROP TABLE countdown_fired, webhook_attempts, webhooks, deliveries, subscribers,
      status_history, events, classifications, articles, feeds, tracks;`,
  );
}

/** One statement at a time: prepared statements (PGlite, pg) take a single command. */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    await sql.raw(statement.replace(/;$/, '')).execute(db);
  }
}
