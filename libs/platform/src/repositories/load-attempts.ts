import { sql } from 'kysely';
import { type Database, PREPARED_STATEMENT } from '../database/database';
import type { DeliveryToAttempt } from './webhook-deliveries.repository';

/**
 * What attempts of many deliveries need, in one query, answered in the order asked (undefined:
 * no such webhook delivery). The payload comes as the text to send, so nothing is parsed here; a
 * shared one travels once per event in the batch (on its first row) and the others get the same
 * string. Each id is looked up by primary key (a lateral subquery): the statement is prepared
 * once per connection, and its generic plan, made before the table has statistics, otherwise read
 * the whole (channel, recipient_id, id) index for every batch.
 */
export async function loadDeliveriesToAttempt(
  db: Database,
  deliveryIds: number[],
): Promise<(DeliveryToAttempt | undefined)[]> {
  const { rows } = await sql<LoadedRow>`${sql.raw(PREPARED_STATEMENT)}
    SELECT d.id, d.event_id, d.status, d.attempts, d.shared_payload,
           CASE WHEN NOT d.shared_payload THEN coalesce(d.body -> 'payload', d.body)::text
                WHEN d.id = min(d.id) FILTER (WHERE d.shared_payload) OVER (PARTITION BY d.event_id)
                THEN (SELECT p.body FROM webhook_payloads p WHERE p.event_id = d.event_id) END AS payload,
           w.id AS webhook_id, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at,
           w.enabled, w.disabled_reason, w.failing_since
    FROM unnest(${[...new Set(deliveryIds)]}::int[]) AS ids(id)
    CROSS JOIN LATERAL (
      SELECT id, event_id, status, attempts, recipient_id, body, shared_payload
      FROM deliveries WHERE id = ids.id AND channel = 'webhook' LIMIT 1
    ) d
    LEFT JOIN LATERAL (SELECT * FROM webhooks WHERE seq = d.recipient_id LIMIT 1) w ON true`.execute(db);
  const shared = new Map<string, string>();
  for (const row of rows)
    if (row.shared_payload && row.payload !== null) shared.set(row.event_id, row.payload);
  const byId = new Map<number, DeliveryToAttempt>();
  for (const row of rows) {
    const payload = row.payload ?? shared.get(row.event_id);
    if (payload === undefined) throw new Error(`webhook delivery ${row.id}: its event's payload is missing`);
    byId.set(row.id, toDeliveryToAttempt(row, payload));
  }
  return deliveryIds.map((id) => byId.get(id));
}

/** A row of the load statement: the delivery, and its endpoint's columns (null when deleted). */
interface LoadedRow {
  id: number;
  event_id: string;
  status: string;
  attempts: number;
  shared_payload: boolean;
  payload: string | null;
  webhook_id: string | null;
  url: string | null;
  secret: string | null;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean | null;
  disabled_reason: string | null;
  failing_since: Date | null;
}

function toDeliveryToAttempt(row: LoadedRow, payload: string): DeliveryToAttempt {
  const { webhook_id, url, secret, enabled } = row;
  return {
    id: row.id,
    event_id: row.event_id,
    status: row.status,
    attempts: row.attempts,
    payload,
    webhook:
      webhook_id === null || url === null || secret === null || enabled === null
        ? undefined
        : {
            id: webhook_id,
            url,
            secret,
            enabled,
            previous_secret: row.previous_secret,
            previous_secret_expires_at: row.previous_secret_expires_at,
            disabled_reason: row.disabled_reason,
            failing_since: row.failing_since,
          },
  };
}
