import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { DeliveriesTable, WebhookAttemptsTable } from '../database/schema';
import { InjectDatabase } from '../tokens';
import { deliveryKey } from './deliveries.repository';
import type { WebhookRow } from './webhooks.repository';

export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
type DeliveryRow = Selectable<DeliveriesTable>;

export type AttemptTrigger = 'scheduled' | 'manual' | 'redelivery';
export type AttemptOutcome = 'in_flight' | 'success' | 'retry' | 'failed' | 'disabled' | 'interrupted';

export interface FinishedAttempt {
  outcome: Exclude<AttemptOutcome, 'in_flight' | 'interrupted'>;
  statusCode: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

export interface AttemptLogEntry extends WebhookAttemptRow {
  event_id: string;
  delivery_status: string;
}

/** A webhook delivery together with its endpoint, as one attempt needs them. */
export interface DeliveryWithEndpoint {
  delivery: DeliveryRow;
  webhook: WebhookRow | undefined;
}

const INSERT_CHUNK = 1000;

/** A webhooks row as to_json renders it: timestamps are strings. */
type JsonWebhook = Omit<
  WebhookRow,
  'created_at' | 'failing_since' | 'previous_secret_expires_at' | 'disabled_at' | 'updated_at'
> &
  Record<
    'created_at' | 'failing_since' | 'previous_secret_expires_at' | 'disabled_at' | 'updated_at',
    string | null
  >;

function reviveWebhook(json: JsonWebhook): WebhookRow {
  const date = (value: string | null) => (value === null ? null : new Date(value));
  return {
    ...json,
    created_at: new Date(json.created_at ?? 0),
    failing_since: date(json.failing_since),
    previous_secret_expires_at: date(json.previous_secret_expires_at),
    disabled_at: date(json.disabled_at),
    updated_at: date(json.updated_at),
  };
}

/** Webhook deliveries (rows of `deliveries` with channel webhook) and their attempt log. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /**
   * One pending delivery per endpoint for the event (unique delivery key); returns the rows that
   * still need their first attempt, so a re-run of the fan-out enqueues nothing twice.
   */
  async createDeliveries(
    eventId: string,
    endpointSeqs: number[],
    body: Record<string, unknown>,
    now: Date,
  ): Promise<DeliveryRow[]> {
    const fresh: DeliveryRow[] = [];
    const json = JSON.stringify(body);
    for (let start = 0; start < endpointSeqs.length; start += INSERT_CHUNK) {
      const seqs = endpointSeqs.slice(start, start + INSERT_CHUNK);
      await this.db
        .insertInto('deliveries')
        .values(
          seqs.map((seq) => ({
            delivery_key: deliveryKey('webhook', eventId, seq),
            event_id: eventId,
            channel: 'webhook',
            recipient_id: seq,
            status: 'pending',
            subject: null,
            body: json,
            last_error: null,
            created_at: now,
            sent_at: null,
          })),
        )
        .onConflict((oc) => oc.column('delivery_key').doNothing())
        .execute();
      const rows = await this.db
        .selectFrom('deliveries')
        .selectAll()
        .where(
          'delivery_key',
          'in',
          seqs.map((seq) => deliveryKey('webhook', eventId, seq)),
        )
        .where('status', '=', 'pending')
        .where('attempts', '=', 0)
        .orderBy('id')
        .execute();
      fresh.push(...rows);
    }
    return fresh;
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

  /**
   * Writes the attempt before the request leaves, in one statement. Rows of earlier attempts of
   * this delivery still `in_flight` belong to a worker that died or lost its lock: they are closed
   * as `interrupted`. Returns the new row's id and how many interrupted ones were found.
   */
  async startAttempt(entry: {
    deliveryId: number;
    webhookId: string;
    attempt: number;
    trigger: AttemptTrigger;
    at: Date;
  }): Promise<{ attemptId: number; interrupted: number }> {
    const row = await this.db
      .with('interrupted', (db) =>
        db
          .updateTable('webhook_attempts')
          .set({ outcome: 'interrupted', error: 'the worker stopped mid-delivery; the job was redelivered' })
          .where('delivery_id', '=', entry.deliveryId)
          .where('outcome', '=', 'in_flight')
          .returning('id'),
      )
      .with('counted', (db) =>
        db
          .updateTable('deliveries')
          .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
          .where('id', '=', entry.deliveryId)
          .returning('id'),
      )
      .insertInto('webhook_attempts')
      .values({
        delivery_id: entry.deliveryId,
        webhook_id: entry.webhookId,
        attempted_at: entry.at,
        status_code: null,
        latency_ms: 0,
        response_excerpt: null,
        error: null,
        attempt: entry.attempt,
        trigger: entry.trigger,
        outcome: 'in_flight',
      })
      .returning((eb) => [
        'id',
        eb
          .selectFrom('interrupted')
          .select((e) => e.fn.countAll<string>().as('n'))
          .as('interrupted'),
      ])
      .executeTakeFirstOrThrow();
    return { attemptId: row.id, interrupted: Number(row.interrupted ?? 0) };
  }

  /**
   * Closes the attempt and sets the delivery's status in one statement. False (and nothing
   * written) when the row is no longer in flight: another worker took the delivery over.
   */
  async finishAttempt(
    attemptId: number,
    result: FinishedAttempt,
    delivery: { id: number; status: 'pending' | 'sent' | 'failed'; at: Date; error: string | null },
  ): Promise<boolean> {
    const updated = await this.db
      .with('finished', (db) =>
        db
          .updateTable('webhook_attempts')
          .set({
            outcome: result.outcome,
            status_code: result.statusCode,
            latency_ms: result.latencyMs,
            response_excerpt: result.responseExcerpt,
            error: result.error,
          })
          .where('id', '=', attemptId)
          .where('outcome', '=', 'in_flight')
          .returning('id'),
      )
      .updateTable('deliveries')
      .set({
        status: delivery.status,
        last_error: delivery.error,
        ...(delivery.status === 'sent' ? { sent_at: delivery.at } : {}),
      })
      .where('id', '=', delivery.id)
      .where((eb) => eb.exists(eb.selectFrom('finished').select('finished.id')))
      .returning('id')
      .executeTakeFirst();
    return updated !== undefined;
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
      .execute();
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
