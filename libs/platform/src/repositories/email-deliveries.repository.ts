import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Database } from '../database/database';
import { InjectDatabase } from '../tokens';

/** An email delivery taken for sending by one job, with what sending it needs. */
export interface ClaimedEmail {
  id: number;
  delivery_key: string;
  recipient_id: number;
  subject: string | null;
  body: Record<string, unknown>;
  attempts: number;
  recipient_email: string;
  recipient_confirmed_at: Date | null;
  recipient_unsubscribed_at: Date | null;
  recipient_bounced_at: Date | null;
  /** The previous attempt may have been accepted: this send is a resend of unknown outcome. */
  resend_of_unknown: boolean;
}

/** How an email send attempt ended, to be recorded. */
export type EmailOutcomeRecord =
  | { id: number; outcome: 'sent'; at: Date }
  | { id: number; outcome: 'retry'; error: string; outcomeUnknown: boolean }
  | { id: number; outcome: 'failed'; error: string }
  | { id: number; outcome: 'skipped'; reason: string };

/**
 * A send job's lease on its deliveries lasts this long: after it, another job may take a delivery
 * whose job vanished (far longer than a send can take, see SMTP_TIMEOUTS).
 */
export const EMAIL_LEASE_SECONDS = 600;

/** The email send path's bookkeeping: leases on pending mail, outcomes in batches, shared bodies. */
@Injectable()
export class EmailDeliveriesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /**
   * Takes pending email deliveries for one send job (a lease: claimed_by, send_started_at) and
   * returns them with their recipients, in one statement. A delivery leased by another job is
   * left alone unless the lease is older than EMAIL_LEASE_SECONDS. A delivery this job had leased
   * already (its previous run died), an expired lease, or an attempt that lost its connection
   * mid-send make this a resend of unknown outcome: counted on the row and flagged in the result.
   * The lease runs on the database's clock: it is about real elapsed time, also in a simulation.
   */
  async claimEmails(ids: number[], claimant: string): Promise<ClaimedEmail[]> {
    if (ids.length === 0) return [];
    const result = await sql<ClaimedEmail>`
      WITH prior AS (
        SELECT id, (outcome_unknown OR send_started_at IS NOT NULL) AS resend_of_unknown
        FROM deliveries
        WHERE id IN (${sql.join(ids)})
          AND status = 'pending'
          AND (send_started_at IS NULL OR claimed_by = ${claimant}
               OR send_started_at < now() - make_interval(secs => ${EMAIL_LEASE_SECONDS}))
        FOR UPDATE
      )
      UPDATE deliveries AS d
      SET attempts = d.attempts + 1,
          send_started_at = now(),
          claimed_by = ${claimant},
          outcome_unknown = false,
          unknown_outcome_resends = d.unknown_outcome_resends + CASE WHEN prior.resend_of_unknown THEN 1 ELSE 0 END
      FROM prior, subscribers AS s
      WHERE d.id = prior.id AND s.id = d.recipient_id
      RETURNING d.id, d.delivery_key, d.recipient_id, d.subject, d.body, d.attempts,
        s.email AS recipient_email, s.confirmed_at AS recipient_confirmed_at,
        s.unsubscribed_at AS recipient_unsubscribed_at, s.bounced_at AS recipient_bounced_at,
        prior.resend_of_unknown`.execute(this.db);
    return result.rows.map((row) => ({
      ...row,
      body: typeof row.body === 'string' ? (JSON.parse(row.body) as Record<string, unknown>) : row.body,
    }));
  }

  /** Pending deliveries whose recipient no longer exists: closed as skipped. Returns their ids. */
  async skipOrphans(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('deliveries')
      .set({
        status: 'skipped',
        last_error: 'recipient no longer exists',
        send_started_at: null,
        claimed_by: null,
      })
      .where('id', 'in', ids)
      .where('status', '=', 'pending')
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('subscribers').select('id').whereRef('subscribers.id', '=', 'deliveries.recipient_id'),
          ),
        ),
      )
      .returning('id')
      .execute();
    return rows.map((row) => row.id);
  }

  /**
   * Records the outcomes of email sends with one UPDATE per kind of outcome (and per distinct
   * error), releasing their leases. A sent delivery stays sent whatever comes after.
   */
  async recordEmailOutcomes(records: EmailOutcomeRecord[]): Promise<void> {
    const sent = records.filter((r) => r.outcome === 'sent');
    if (sent.length > 0) {
      await this.db
        .updateTable('deliveries')
        .set({
          status: 'sent',
          sent_at: sent[0].at,
          last_error: null,
          send_started_at: null,
          claimed_by: null,
          outcome_unknown: false,
        })
        .where(
          'id',
          'in',
          sent.map((r) => r.id),
        )
        .execute();
    }
    type Settled = { status: string; last_error: string; outcome_unknown: boolean };
    const groups = new Map<string, { set: Settled; ids: number[] }>();
    for (const record of records) {
      if (record.outcome === 'sent') continue;
      const set: Settled =
        record.outcome === 'retry'
          ? { status: 'pending', last_error: record.error, outcome_unknown: record.outcomeUnknown }
          : record.outcome === 'failed'
            ? { status: 'failed', last_error: record.error, outcome_unknown: false }
            : { status: 'skipped', last_error: record.reason, outcome_unknown: false };
      const key = JSON.stringify(set);
      const group = groups.get(key) ?? { set, ids: [] };
      group.ids.push(record.id);
      groups.set(key, group);
    }
    for (const { set, ids } of groups.values()) {
      await this.db
        .updateTable('deliveries')
        .set({ ...set, send_started_at: null, claimed_by: null })
        .where('id', 'in', ids)
        .where('status', '!=', 'sent')
        .execute();
    }
  }

  /** A shared body (one per event and time zone), created once; its id. */
  async sharedBody(key: string, subject: string, body: Record<string, unknown>, now: Date): Promise<number> {
    const inserted = await this.db
      .insertInto('email_bodies')
      .values({ body_key: key, subject, body: JSON.stringify(body), created_at: now })
      .onConflict((oc) => oc.column('body_key').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const row = await this.db
      .selectFrom('email_bodies')
      .select('id')
      .where('body_key', '=', key)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  findBody(id: number): Promise<{ id: number; subject: string; body: Record<string, unknown> } | undefined> {
    return this.db
      .selectFrom('email_bodies')
      .select(['id', 'subject', 'body'])
      .where('id', '=', id)
      .executeTakeFirst();
  }
}
