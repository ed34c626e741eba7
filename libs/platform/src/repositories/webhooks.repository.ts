import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { WebhooksTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type WebhookRow = Selectable<WebhooksTable>;

export type FanOutEndpoint = Pick<WebhookRow, 'id' | 'seq' | 'events' | 'tracks' | 'enabled'>;

export interface NewWebhook {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  tracks: string[];
  secret: string;
  now: Date;
}

export interface WebhookChanges {
  url?: string;
  description?: string | null;
  events?: string[];
  tracks?: string[];
  enabled?: boolean;
}

/** Webhook endpoints: registration, changes, secrets, health. Deliveries and attempts: WebhookDeliveriesRepository. */
@Injectable()
export class WebhooksRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  create(webhook: NewWebhook): Promise<WebhookRow> {
    return this.db
      .insertInto('webhooks')
      .values({
        id: webhook.id,
        url: webhook.url,
        description: webhook.description,
        events: JSON.stringify(webhook.events),
        tracks: JSON.stringify(webhook.tracks),
        secret: webhook.secret,
        previous_secret: null,
        previous_secret_expires_at: null,
        enabled: true,
        disabled_reason: null,
        failing_since: null,
        created_at: webhook.now,
        updated_at: webhook.now,
        disabled_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  list(): Promise<WebhookRow[]> {
    return this.db.selectFrom('webhooks').selectAll().orderBy('seq').execute();
  }

  find(id: string): Promise<WebhookRow | undefined> {
    return this.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * One keyset page of endpoints (by seq) with what a fan-out needs to match an event; the caller
   * matches events and tracks (an empty list means all). Memory stays bounded by `limit`.
   */
  fanOutPage(afterSeq: number, limit: number): Promise<FanOutEndpoint[]> {
    return this.db
      .selectFrom('webhooks')
      .select(['id', 'seq', 'events', 'tracks', 'enabled'])
      .where('seq', '>', afterSeq)
      .orderBy('seq')
      .limit(limit)
      .execute();
  }

  async update(id: string, changes: WebhookChanges, now: Date): Promise<WebhookRow | undefined> {
    return this.db
      .updateTable('webhooks')
      .set({
        updated_at: now,
        ...(changes.url !== undefined ? { url: changes.url } : {}),
        ...(changes.description !== undefined ? { description: changes.description } : {}),
        ...(changes.events !== undefined ? { events: JSON.stringify(changes.events) } : {}),
        ...(changes.tracks !== undefined ? { tracks: JSON.stringify(changes.tracks) } : {}),
        ...(changes.enabled === true
          ? { enabled: true, disabled_reason: null, disabled_at: null, failing_since: null }
          : {}),
        ...(changes.enabled === false
          ? { enabled: false, disabled_reason: 'disabled through the API', disabled_at: now }
          : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async remove(id: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('webhook_attempts').where('webhook_id', '=', id).execute();
      const result = await trx.deleteFrom('webhooks').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async rotateSecret(
    id: string,
    secrets: { current: string; previous: string | null; previousExpiresAt: Date | null },
    now: Date,
  ): Promise<WebhookRow | undefined> {
    return this.db
      .updateTable('webhooks')
      .set({
        secret: secrets.current,
        previous_secret: secrets.previous,
        previous_secret_expires_at: secrets.previousExpiresAt,
        updated_at: now,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
  }

  async disable(id: string, reason: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('webhooks')
      .set({ enabled: false, disabled_reason: reason, disabled_at: now, updated_at: now })
      .where('id', '=', id)
      .where('enabled', '=', true)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/** A webhooks row as to_json renders it: timestamps are strings. */
export type JsonWebhook = Omit<
  WebhookRow,
  'created_at' | 'failing_since' | 'previous_secret_expires_at' | 'disabled_at' | 'updated_at'
> &
  Record<
    'created_at' | 'failing_since' | 'previous_secret_expires_at' | 'disabled_at' | 'updated_at',
    string | null
  >;

export function reviveWebhook(json: JsonWebhook): WebhookRow {
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
