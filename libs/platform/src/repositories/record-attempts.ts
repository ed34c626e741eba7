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
  const updates = [...changes.entries()];
  const column = <T>(pick: (e: AttemptRecord) => T) => entries.map(pick);
  const { rows } = await sql<{ id: number }>`${sql.raw(PREPARED_STATEMENT)}
    WITH done AS (
      SELECT id FROM deliveries WHERE id = ANY(${updates.map(([id]) => id)}::int[]) AND status = 'sent'
    ), v AS (
      SELECT * FROM unnest(
        ${column((e) => e.deliveryId)}::int[], ${column((e) => e.webhookId)}::text[],
        ${column((e) => e.at.toISOString())}::timestamptz[], ${column((e) => e.statusCode)}::int[],
        ${column((e) => e.latencyMs)}::int[], ${column((e) => e.responseExcerpt)}::text[],
        ${column((e) => e.error)}::text[], ${column((e) => e.attempt)}::int[],
        ${column((e) => e.trigger)}::text[], ${column((e) => e.outcome)}::text[],
        ${column((e) => e.endpointHealth)}::text[]
      ) WITH ORDINALITY AS v(delivery_id, webhook_id, attempted_at, status_code, latency_ms,
                             response_excerpt, error, attempt, trigger, outcome, health, ord)
      WHERE v.outcome = 'success' OR v.delivery_id NOT IN (SELECT id FROM done)
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
      FROM unnest(
        ${updates.map(([id]) => id)}::int[], ${updates.map(([, u]) => u.count)}::int[],
        ${updates.map(([, u]) => u.change?.status ?? null)}::text[],
        ${updates.map(([, u]) => u.change?.error ?? null)}::text[],
        ${updates.map(([, u]) => u.change?.at.toISOString() ?? null)}::timestamptz[]
      ) AS u(id, n, status, error, at)
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
