import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Database } from '../database/database';
import type { SubscribersTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

export type SubscriberRow = Selectable<SubscribersTable>;

@Injectable()
export class SubscribersRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /** Confirmed, still subscribed, not bounced; filters are matched by the caller (empty list = all). */
  activeSubscribers(): Promise<SubscriberRow[]> {
    return this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('confirmed_at', 'is not', null)
      .where('unsubscribed_at', 'is', null)
      .where('bounced_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  find(id: number): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findByEmail(email: string): Promise<SubscriberRow | undefined> {
    return this.db.selectFrom('subscribers').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async markBounced(id: number, reason: string, at: Date): Promise<void> {
    await this.db
      .updateTable('subscribers')
      .set({ bounced_at: at, bounce_reason: reason })
      .where('id', '=', id)
      .execute();
  }
}
