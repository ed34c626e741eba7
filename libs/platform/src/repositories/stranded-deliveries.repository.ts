import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database';
import { InjectDatabase } from '../tokens';
import { EMAIL_LEASE_SECONDS } from './email-deliveries.repository';

/**
 * A pending webhook delivery and where it stands in its run of the retry schedule: what names the
 * job that should be in the queue for it.
 */
export interface PendingWebhookDelivery {
  id: number;
  /** The endpoint's id; null when the endpoint was deleted. */
  endpoint: string | null;
  /** The recovery run it is in (POST /api/webhooks/:id/recover), if any. */
  recovery: string | null;
  /** The schedule index of the last failed attempt of the current run; null before the first. */
  lastRetry: number | null;
  lastRetryAt: Date | null;
  eventId: string;
  /** The group job that carried its first attempt (migration 025); null when it had its own job. */
  group: number | null;
}

export interface PendingEmailDelivery {
  id: number;
  attempts: number;
}

/**
 * Deliveries recorded as pending and older than a moment, in keyset pages by id: what the delivery
 * sweep compares with the queues. Pages walk the primary key (no index on status: one would make
 * every status update a non-HOT update of every index of the table).
 */
@Injectable()
export class StrandedDeliveriesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /**
   * Pending webhook deliveries created and last attempted before `before` with id > afterId, or
   * those of `ids` whatever their age.
   */
  async pendingWebhooks(
    page: { before: Date; afterId: number; limit: number } | { ids: number[] },
  ): Promise<PendingWebhookDelivery[]> {
    const where =
      'ids' in page
        ? sql`d.id = ANY(${page.ids}::int[])`
        : sql`d.id > ${page.afterId} AND d.created_at < ${page.before.toISOString()}::timestamptz
              AND (r.attempted_at IS NULL OR r.attempted_at < ${page.before.toISOString()}::timestamptz)`;
    const limit = 'ids' in page ? page.ids.length : page.limit;
    // A run is the first one, or the recovery named in the body (its id is when it started): only
    // failed attempts of the current run, not manual sends, say where its schedule stands.
    const { rows } = await sql<{
      id: number;
      endpoint: string | null;
      recovery: string | null;
      last_retry: number | null;
      last_retry_at: Date | string | null;
      event_id: string;
      webhook_group: number | null;
    }>`
      SELECT d.id, w.id AS endpoint, d.body ->> 'recovery' AS recovery, d.event_id, d.webhook_group,
             r.attempt AS last_retry, r.attempted_at AS last_retry_at
      FROM deliveries d
      LEFT JOIN webhooks w ON w.seq = d.recipient_id
      LEFT JOIN LATERAL (
        SELECT a.attempt, a.attempted_at FROM webhook_attempts a
        WHERE a.delivery_id = d.id AND a.outcome = 'retry' AND a.trigger <> 'manual'
          AND (d.body ->> 'recovery' IS NULL
               OR a.attempted_at >= to_timestamp((d.body ->> 'recovery')::bigint / 1000.0))
        ORDER BY a.attempt DESC, a.id DESC
        LIMIT 1
      ) r ON true
      WHERE d.channel = 'webhook' AND d.status = 'pending' AND ${where}
      ORDER BY d.id
      LIMIT ${limit}`.execute(this.db);
    return rows.map((row) => ({
      id: Number(row.id),
      endpoint: row.endpoint,
      recovery: row.recovery,
      lastRetry: row.last_retry === null ? null : Number(row.last_retry),
      lastRetryAt: row.last_retry_at === null ? null : new Date(row.last_retry_at),
      eventId: row.event_id,
      group: row.webhook_group === null ? null : Number(row.webhook_group),
    }));
  }

  /**
   * Pending email deliveries created before `before` that no send job holds a live lease on (a
   * lease older than EMAIL_LEASE_SECONDS is a dead job's; claimEmails takes it over).
   */
  async pendingEmails(before: Date, afterId: number, limit: number): Promise<PendingEmailDelivery[]> {
    const { rows } = await sql<PendingEmailDelivery>`
      SELECT id, attempts FROM deliveries
      WHERE channel = 'email' AND status = 'pending' AND id > ${afterId}
        AND created_at < ${before.toISOString()}::timestamptz
        AND (send_started_at IS NULL
             OR send_started_at < now() - make_interval(secs => ${EMAIL_LEASE_SECONDS}))
      ORDER BY id
      LIMIT ${limit}`.execute(this.db);
    return rows.map((row) => ({ id: Number(row.id), attempts: Number(row.attempts) }));
  }
}
