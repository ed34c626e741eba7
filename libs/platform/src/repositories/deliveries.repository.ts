import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { DeliveriesTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type DeliveryRow = Selectable<DeliveriesTable>;
export type Channel = 'email' | 'webhook';

export interface NewDelivery {
  eventId: string;
  channel: Channel;
  recipientId: number;
  subject: string | null;
  body: Record<string, unknown>;
  now: Date;
}

/** The recipient's side of a claimed email delivery. */
export interface PendingRecipient {
  recipient_email: string;
  recipient_confirmed_at: Date | null;
  recipient_unsubscribed_at: Date | null;
  recipient_bounced_at: Date | null;
}

export function deliveryKey(channel: Channel, eventId: string, recipientId: number | string): string {
  return `${channel}:${eventId}:${recipientId}`;
}

@Injectable()
export class DeliveriesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /** One row per (event, channel, recipient): a re-run of composition finds the row already there. */
  async createOnce(delivery: NewDelivery): Promise<DeliveryRow> {
    const key = deliveryKey(delivery.channel, delivery.eventId, delivery.recipientId);
    const inserted = await this.db
      .insertInto('deliveries')
      .values({
        delivery_key: key,
        event_id: delivery.eventId,
        channel: delivery.channel,
        recipient_id: delivery.recipientId,
        status: 'pending',
        subject: delivery.subject,
        body: JSON.stringify(delivery.body),
        last_error: null,
        created_at: delivery.now,
        sent_at: null,
      })
      .onConflict((oc) => oc.column('delivery_key').doNothing())
      .returningAll()
      .executeTakeFirst();
    return (
      inserted ??
      (await this.db
        .selectFrom('deliveries')
        .selectAll()
        .where('delivery_key', '=', key)
        .executeTakeFirstOrThrow())
    );
  }

  find(id: number): Promise<DeliveryRow | undefined> {
    return this.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Claims a pending delivery for sending; false when it was already sent (a retry after a crash). */
  async markAttempt(id: number): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .execute();
  }

  async markSent(id: number, at: Date): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ status: 'sent', sent_at: at, last_error: null })
      .where('id', '=', id)
      .execute();
  }

  async markFailed(id: number, error: string, final: boolean): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ status: final ? 'failed' : 'pending', last_error: error })
      .where('id', '=', id)
      .execute();
  }

  forEvent(eventId: string): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();
  }

  /** Not sent and never will be (the recipient left or bounced before its turn). */
  async markSkipped(id: number, reason: string): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ status: 'skipped', last_error: reason })
      .where('id', '=', id)
      .where('status', '!=', 'sent')
      .execute();
  }

  /** Deliveries of one event by key, to skip rendering what a previous composition already stored. */
  async statusByKey(eventId: string, channel: Channel): Promise<Map<string, { id: number; status: string }>> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['id', 'delivery_key', 'status'])
      .where('event_id', '=', eventId)
      .where('channel', '=', channel)
      .execute();
    return new Map(rows.map((row) => [row.delivery_key, { id: row.id, status: row.status }]));
  }

  forRecipient(channel: Channel, recipientId: number): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('channel', '=', channel)
      .where('recipient_id', '=', recipientId)
      .orderBy('id')
      .execute();
  }

  /**
   * createOnce for many recipients in one statement: rows already there (a re-run) are returned
   * as they are. Order follows the input.
   */
  async createMany(deliveries: NewDelivery[]): Promise<DeliveryRow[]> {
    if (deliveries.length === 0) return [];
    const keys = deliveries.map((d) => deliveryKey(d.channel, d.eventId, d.recipientId));
    const inserted = await this.db
      .insertInto('deliveries')
      .values(
        deliveries.map((d, i) => ({
          delivery_key: keys[i],
          event_id: d.eventId,
          channel: d.channel,
          recipient_id: d.recipientId,
          status: 'pending',
          subject: d.subject,
          body: JSON.stringify(d.body),
          last_error: null,
          created_at: d.now,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.column('delivery_key').doNothing())
      .returningAll()
      .execute();
    const byKey = new Map(inserted.map((row) => [row.delivery_key, row]));
    const missing = keys.filter((key) => !byKey.has(key));
    if (missing.length > 0) {
      const existing = await this.db
        .selectFrom('deliveries')
        .selectAll()
        .where('delivery_key', 'in', missing)
        .execute();
      for (const row of existing) byKey.set(row.delivery_key, row);
    }
    return keys.flatMap((key) => byKey.get(key) ?? []);
  }

  /**
   * claimPending and the recipient's address and state in one statement (the send path runs it
   * once per message). Undefined when the delivery is not pending or its recipient is gone.
   */
  claimPendingWithRecipient(id: number): Promise<(DeliveryRow & PendingRecipient) | undefined> {
    return this.db
      .updateTable('deliveries')
      .from('subscribers')
      .set((eb) => ({ attempts: eb('deliveries.attempts', '+', 1) }))
      .whereRef('subscribers.id', '=', 'deliveries.recipient_id')
      .where('deliveries.id', '=', id)
      .where('deliveries.status', '=', 'pending')
      .returningAll('deliveries')
      .returning([
        'subscribers.email as recipient_email',
        'subscribers.confirmed_at as recipient_confirmed_at',
        'subscribers.unsubscribed_at as recipient_unsubscribed_at',
        'subscribers.bounced_at as recipient_bounced_at',
      ])
      .executeTakeFirst();
  }

  /**
   * Takes a pending delivery for one send attempt (counting it) and returns it; undefined when it
   * is not pending any more (sent, failed or skipped), so a stray retry sends nothing.
   */
  claimPending(id: number): Promise<DeliveryRow | undefined> {
    return this.db
      .updateTable('deliveries')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returningAll()
      .executeTakeFirst();
  }

  /** Delivery ids and states by key (keys that do not exist are absent). */
  async statesByKeys(keys: string[]): Promise<Map<string, { id: number; status: string }>> {
    if (keys.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['id', 'delivery_key', 'status'])
      .where('delivery_key', 'in', keys)
      .execute();
    return new Map(rows.map((row) => [row.delivery_key, { id: row.id, status: row.status }]));
  }

  /**
   * createMany without reading the rows back: one INSERT, plus one SELECT of the keys that were
   * there already (a re-run). Ids and states follow the input order.
   */
  async insertMany(deliveries: NewDelivery[]): Promise<{ id: number; status: string }[]> {
    if (deliveries.length === 0) return [];
    const keys = deliveries.map((d) => deliveryKey(d.channel, d.eventId, d.recipientId));
    const inserted = await this.db
      .insertInto('deliveries')
      .values(
        deliveries.map((d, i) => ({
          delivery_key: keys[i],
          event_id: d.eventId,
          channel: d.channel,
          recipient_id: d.recipientId,
          status: 'pending',
          subject: d.subject,
          body: JSON.stringify(d.body),
          last_error: null,
          created_at: d.now,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.column('delivery_key').doNothing())
      .returning(['id', 'delivery_key', 'status'])
      .execute();
    const byKey = new Map(inserted.map((row) => [row.delivery_key, { id: row.id, status: row.status }]));
    const missing = keys.filter((key) => !byKey.has(key));
    for (const [key, state] of await this.statesByKeys(missing)) byKey.set(key, state);
    return keys.flatMap((key) => byKey.get(key) ?? []);
  }
}
