import { Injectable } from '@nestjs/common';
import type { Database } from '../database/database';
import { InjectDatabase } from '../tokens';

export interface IdempotencyClaim {
  scope: string;
  key: string;
  requestHash: string;
  now: Date;
  /** Records created before this are gone (the 24 h window). */
  expiredBefore: Date;
  /** A claim older than this with no response died with its process: it may be taken over. */
  abandonedBefore: Date;
}

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'running'; requestHash: string }
  | { kind: 'done'; requestHash: string; statusCode: number; response: unknown };

/** Idempotency-Key records: one row per (route, key); the primary key decides which request runs. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  async claim(claim: IdempotencyClaim): Promise<ClaimOutcome> {
    await this.db.deleteFrom('idempotency_keys').where('created_at', '<', claim.expiredBefore).execute();
    await this.db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .where('status_code', 'is', null)
      .where('created_at', '<', claim.abandonedBefore)
      .execute();
    const inserted = await this.db
      .insertInto('idempotency_keys')
      .values({
        scope: claim.scope,
        key: claim.key,
        request_hash: claim.requestHash,
        status_code: null,
        response: null,
        created_at: claim.now,
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (inserted) return { kind: 'claimed' };
    const row = await this.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'status_code', 'response'])
      .where('scope', '=', claim.scope)
      .where('key', '=', claim.key)
      .executeTakeFirst();
    // gone between the insert and the select (the first request failed and let go): claim again
    if (!row) return this.claim(claim);
    if (row.status_code === null) return { kind: 'running', requestHash: row.request_hash };
    return {
      kind: 'done',
      requestHash: row.request_hash,
      statusCode: row.status_code,
      response: row.response,
    };
  }

  async complete(scope: string, key: string, statusCode: number, response: unknown): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ status_code: statusCode, response: JSON.stringify(response ?? null) })
      .where('scope', '=', scope)
      .where('key', '=', key)
      .execute();
  }

  /** The first request failed: nothing was created, so the key is free for a corrected retry. */
  async release(scope: string, key: string): Promise<void> {
    await this.db
      .deleteFrom('idempotency_keys')
      .where('scope', '=', scope)
      .where('key', '=', key)
      .where('status_code', 'is', null)
      .execute();
  }
}
