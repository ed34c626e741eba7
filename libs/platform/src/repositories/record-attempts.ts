import { sql } from 'kysely';
import { type Database, PREPARED_STATEMENT } from '../database/database';
import type { AttemptRecord, DeliveryChange } from './webhook-deliveries.repository';

/**
 * Writes finished attempts and the status they leave their delivery in, many at once, in one
 * statement (one commit; PostgreSQL runs every statement in WITH whether or not it is read).
 * A delivery already `sent` keeps that status, and a late failure reported for it (a worker that
 * lost its job while waiting for an answer) is dropped: answers the ids of such deliveries.
 * Each attempt row written adds one to its delivery's attempt count. The endpoints' failing
 * streaks change in the same commit, so a delivery is never seen sent while the streak its
 * success ended still shows (nor a failure without its streak): a success ends a streak that
 * started at or before it, the first failure after it starts a new one.
 */
export async function recordAttempts(db: Database, entries: AttemptRecord[]): Promise<Set<number>> {
  if (entries.length === 0) return new Set();
  const changes = new Map<number, { count: number; change: DeliveryChange | null }>();
  for (const entry of entries) {
    const seen = changes.get(entry.deliveryId) ?? { count: 0, change: null };
    seen.count += 1;
    if (entry.delivery) seen.change = entry.delivery;
    changes.set(entry.deliveryId, seen);
  }
  // Rows travel as two JSON texts (each row an array) instead of sixteen array parameters, which
  // the driver serialised element by element (half of this statement's cost in this process). They
  // are unnested from an ARRAY so the planner expects a handful of rows (as for an array parameter)
  // and looks deliveries and endpoints up by key; jsonb_array_elements alone is estimated at 100
  // rows, which planned sequential scans of both tables.
  const attempts = JSON.stringify(
    entries.map((e) => [
      e.deliveryId,
      e.webhookId,
      e.at.toISOString(),
      e.statusCode,
      e.latencyMs,
      e.responseExcerpt,
      e.error,
      e.attempt,
      e.trigger,
      e.outcome,
      e.endpointHealth,
    ]),
  );
  const updates = JSON.stringify(
    [...changes.entries()].map(([id, u]) => [
      id,
      u.count,
      u.change?.status ?? null,
      u.change?.error ?? null,
      u.change?.at.toISOString() ?? null,
    ]),
  );
  const { rows } = await sql<{ id: number }>`${sql.raw(PREPARED_STATEMENT)}
    WITH u AS (
      SELECT (x ->> 0)::int AS id, (x ->> 1)::int AS n, x ->> 2 AS status, x ->> 3 AS error,
             (x ->> 4)::timestamptz AS at
      FROM unnest(ARRAY(SELECT jsonb_array_elements(${updates}::text::jsonb))) AS u(x)
    ), done AS (
      SELECT id FROM deliveries WHERE id IN (SELECT id FROM u) AND status = 'sent'
    ), v AS (
      SELECT * FROM (
        SELECT (x ->> 0)::int AS delivery_id, x ->> 1 AS webhook_id, (x ->> 2)::timestamptz AS attempted_at,
               (x ->> 3)::int AS status_code, (x ->> 4)::int AS latency_ms, x ->> 5 AS response_excerpt,
               x ->> 6 AS error, (x ->> 7)::int AS attempt, x ->> 8 AS trigger, x ->> 9 AS outcome,
               x ->> 10 AS health, ord
        FROM unnest(ARRAY(SELECT jsonb_array_elements(${attempts}::text::jsonb))) WITH ORDINALITY AS a(x, ord)
      ) a
      WHERE a.outcome = 'success' OR a.delivery_id NOT IN (SELECT id FROM done)
    ), attempts AS (
      INSERT INTO webhook_attempts
        (delivery_id, webhook_id, attempted_at, status_code, latency_ms, response_excerpt, error, attempt, trigger, outcome)
      SELECT delivery_id, webhook_id, attempted_at, status_code, latency_ms, response_excerpt, error, attempt, trigger, outcome
      FROM v ORDER BY ord
    ), changed AS (
      UPDATE deliveries AS d SET
        attempts = d.attempts + u.n,
        status = coalesce(u.status, d.status),
        last_error = CASE WHEN u.status IS NULL THEN d.last_error ELSE u.error END,
        sent_at = CASE WHEN u.status = 'sent' THEN u.at ELSE d.sent_at END
      FROM u
      WHERE d.id = u.id AND d.status <> 'sent'
    ), healthy AS (
      SELECT webhook_id, max(attempted_at) FILTER (WHERE health = 'healthy') AS healthy_at
      FROM v WHERE health IS NOT NULL GROUP BY webhook_id
    ), streaks AS (
      SELECT h.webhook_id, h.healthy_at,
             min(v.attempted_at) FILTER (
               WHERE v.health = 'failing' AND (h.healthy_at IS NULL OR v.attempted_at > h.healthy_at)
             ) AS failing_at
      FROM healthy h JOIN v USING (webhook_id) GROUP BY h.webhook_id, h.healthy_at
    ), next_streak AS (
      SELECT w.id, coalesce(
               CASE WHEN s.healthy_at >= w.failing_since THEN NULL ELSE w.failing_since END,
               s.failing_at) AS failing_since
      FROM webhooks w JOIN streaks s ON s.webhook_id = w.id
    ), endpoints AS (
      -- Only rows whose streak changes are written (and locked): a healthy endpoint costs nothing.
      UPDATE webhooks AS w SET failing_since = n.failing_since
      FROM next_streak n
      WHERE w.id = n.id AND w.failing_since IS DISTINCT FROM n.failing_since
    )
    SELECT id FROM done`.execute(db);
  return new Set(rows.map((r) => Number(r.id)));
}
