import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { DeliveriesTable, WebhookAttemptsTable } from '../database/schema';
import { InjectDatabase } from '../tokens';
import { deliveryKey } from './deliveries.repository';
import { loadDeliveriesToAttempt } from './load-attempts';
import { recordAttempts } from './record-attempts';
import { type JsonWebhook, reviveWebhook, type WebhookRow } from './webhooks.repository';

export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
type DeliveryRow = Selectable<DeliveriesTable>;

export type AttemptTrigger = 'scheduled' | 'manual' | 'redelivery' | 'recovery';
export type AttemptOutcome = 'in_flight' | 'success' | 'retry' | 'failed' | 'disabled' | 'interrupted';

export interface DeliveryChange {
  status: 'pending' | 'sent' | 'failed';
  at: Date;
  error: string | null;
}

/**
 * What an attempt says about its endpoint: `failing` starts a failing streak (kept if one runs),
 * `healthy` ends a streak that started before it; null leaves the streak alone.
 */
export type EndpointHealth = 'failing' | 'healthy' | null;

/**
 * One attempt as written to the log, and (unless it only notes an interruption) its delivery's new
 * status and what it says about its endpoint's failing streak.
 */
export interface AttemptRecord {
  deliveryId: number;
  webhookId: string;
  attempt: number;
  trigger: AttemptTrigger;
  outcome: Exclude<AttemptOutcome, 'in_flight'>;
  at: Date;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
  delivery: DeliveryChange | null;
  endpointHealth: EndpointHealth;
}

export interface AttemptLogEntry extends WebhookAttemptRow {
  event_id: string;
  delivery_status: string;
}

/** The parts of an endpoint that one delivery attempt reads. */
export type AttemptEndpoint = Pick<
  WebhookRow,
  | 'id'
  | 'url'
  | 'secret'
  | 'previous_secret'
  | 'previous_secret_expires_at'
  | 'enabled'
  | 'disabled_reason'
  | 'failing_since'
>;

/** One delivery as its attempt needs it: the payload is the exact text to send. */
export interface DeliveryToAttempt {
  id: number;
  event_id: string;
  status: string;
  attempts: number;
  payload: string;
  webhook: AttemptEndpoint | undefined;
}

/** A webhook delivery together with its endpoint. */
export interface DeliveryWithEndpoint {
  delivery: DeliveryRow;
  webhook: WebhookRow | undefined;
}

const INSERT_CHUNK = 1000;

/** A delivery waiting for its first attempt, and the group job that carries it (null: its own job). */
export interface FreshDelivery {
  id: number;
  recipient_id: number;
  webhook_group: number | null;
}

/** Webhook deliveries (rows of `deliveries` with channel webhook) and their attempt log. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /**
   * One delivery per endpoint for the event (unique delivery key), `pending` unless told otherwise
   * (`skipped` records an event that happened while the endpoint was disabled). The payload is
   * stored once for the event (webhook_payloads, the exact text sent; the first one stored stays),
   * not in each delivery. Returns the ids that still need their first attempt, so a re-run of the
   * fan-out enqueues nothing twice. With `groupSize` > 1 each run of that many endpoints (in the
   * order given) is a group named by its first endpoint's seq, kept on each row as webhook_group
   * (written with the row, so no delivery is ever without the name of the job that carries it).
   */
  async createDeliveries(
    eventId: string,
    endpointSeqs: number[],
    body: { payload: unknown },
    now: Date,
    skipped?: { reason: string },
    groupSize = 1,
  ): Promise<FreshDelivery[]> {
    const fresh: FreshDelivery[] = [];
    const size = skipped ? 1 : groupSize;
    const text = JSON.stringify(body.payload);
    const prefix = `${deliveryKey('webhook', eventId, '')}`;
    for (let start = 0; start < endpointSeqs.length; start += INSERT_CHUNK) {
      const seqs = endpointSeqs.slice(start, start + INSERT_CHUNK);
      // The event's payload row and its deliveries in one statement: no delivery without its payload.
      const { rows } = await sql<FreshDelivery>`
        WITH payload AS (
          INSERT INTO webhook_payloads (event_id, body, created_at)
          VALUES (${eventId}, ${text}, ${now.toISOString()}::timestamptz)
          ON CONFLICT (event_id) DO NOTHING
        )
        INSERT INTO deliveries
          (delivery_key, event_id, channel, recipient_id, status, subject, body, shared_payload, last_error,
           created_at, sent_at, webhook_group)
        SELECT ${prefix}::text || u.seq, ${eventId}, 'webhook', u.seq, ${skipped ? 'skipped' : 'pending'}, NULL,
               '{}'::jsonb, true, ${skipped?.reason ?? null}::text, ${now.toISOString()}::timestamptz, NULL,
               CASE WHEN ${size}::int > 1
                    THEN (${seqs}::int[])[((u.ord - 1) / ${size}::int) * ${size}::int + 1] END
        FROM unnest(${seqs}::int[]) WITH ORDINALITY AS u(seq, ord)
        ON CONFLICT (delivery_key) DO NOTHING
        RETURNING id, recipient_id, webhook_group`.execute(this.db);
      if (skipped) continue;
      fresh.push(...rows);
      // A re-run of the fan-out: the rows it made before that still wait for their first attempt.
      // Looked up by key only when some already existed (a join in the insert's statement was
      // planned as a nested loop over the whole table before it had statistics: 1 s per page).
      if (rows.length < seqs.length) {
        const made = new Set(rows.map((r) => r.recipient_id));
        const keys = seqs.filter((seq) => !made.has(seq)).map((seq) => `${prefix}${seq}`);
        const earlier = await sql<FreshDelivery>`
          SELECT id, recipient_id, webhook_group FROM deliveries
          WHERE delivery_key = ANY(${keys}::text[]) AND status = 'pending' AND attempts = 0`.execute(this.db);
        fresh.push(...earlier.rows);
      }
    }
    return fresh.sort((a, b) => a.id - b.id);
  }

  async deliveryWithEndpoint(deliveryId: number): Promise<DeliveryWithEndpoint | undefined> {
    const row = await this.db
      .selectFrom('deliveries as d')
      .leftJoin('webhooks as w', 'w.seq', 'd.recipient_id')
      .selectAll('d')
      .select((eb) => eb.fn.toJson('w').as('webhook'))
      .where('d.id', '=', deliveryId)
      .where('d.channel', '=', 'webhook')
      .executeTakeFirst();
    if (!row) return undefined;
    const { webhook, ...delivery } = row;
    return { delivery, webhook: webhook ? reviveWebhook(webhook as unknown as JsonWebhook) : undefined };
  }

  /** What attempts of many deliveries need, in one query, in the order asked: see loadDeliveriesToAttempt. */
  deliveriesToAttempt(deliveryIds: number[]): Promise<(DeliveryToAttempt | undefined)[]> {
    return loadDeliveriesToAttempt(this.db, deliveryIds);
  }

  /** Finished attempts and their deliveries' new status, many in one statement: see recordAttempts. */
  recordAttempts(entries: AttemptRecord[]): Promise<Set<number>> {
    return recordAttempts(this.db, entries);
  }

  async setDeliveryStatus(
    deliveryId: number,
    status: 'pending' | 'sent' | 'failed',
    change: { at: Date; error: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({
        status,
        last_error: change.error,
        ...(status === 'sent' ? { sent_at: change.at } : {}),
      })
      .where('id', '=', deliveryId)
      .where('status', '<>', 'sent')
      .execute();
  }

  /**
   * Reopens this endpoint's failed and skipped deliveries created at or after `since` (events that
   * occurred while it was failing or disabled), one keyset page at a time; answers the ids reopened.
   * The recovery's id is kept with each, so the delivery sweep can name the run's jobs.
   */
  async reopenSince(
    seq: number,
    since: Date,
    afterId: number,
    limit: number,
    recovery?: string,
  ): Promise<number[]> {
    const rows = await this.db
      .updateTable('deliveries')
      .set({
        status: 'pending',
        last_error: null,
        ...(recovery ? { body: sql`body || jsonb_build_object('recovery', ${recovery}::text)` } : {}),
      })
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('deliveries')
          .select('id')
          .where('channel', '=', 'webhook')
          .where('recipient_id', '=', seq)
          .where('id', '>', afterId)
          .where('created_at', '>=', since)
          .where('status', 'in', ['failed', 'skipped'])
          .orderBy('id')
          .limit(limit),
      )
      .returning('id')
      .execute();
    return rows.map((r) => r.id).sort((a, b) => a - b);
  }

  /** The attempt log of one endpoint, newest first; `beforeId` is the cursor of the next page. */
  attemptLog(webhookId: string, limit: number, beforeId?: number): Promise<AttemptLogEntry[]> {
    let query = this.db
      .selectFrom('webhook_attempts as a')
      .innerJoin('deliveries as d', 'd.id', 'a.delivery_id')
      .selectAll('a')
      .select(['d.event_id as event_id', 'd.status as delivery_status'])
      .where('a.webhook_id', '=', webhookId);
    if (beforeId !== undefined) query = query.where('a.id', '<', beforeId);
    return query.orderBy('a.id', 'desc').limit(limit).execute();
  }

  attemptsOfDelivery(deliveryId: number): Promise<WebhookAttemptRow[]> {
    return this.db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where('delivery_id', '=', deliveryId)
      .orderBy('id')
      .execute();
  }

  /** Counts of this endpoint's deliveries by status (for the API view). */
  async deliveryCounts(seq: number): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['status', sql<string>`count(*)`.as('n')])
      .where('channel', '=', 'webhook')
      .where('recipient_id', '=', seq)
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}
