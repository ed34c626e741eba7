import type { StatusFooting } from '@dw/domain/status';
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { Classification, DomainEvent, Evidence } from '@dw/domain';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>;
type Json<T extends object | null> = JSONColumnType<T, string, string>;

export interface TracksTable {
  id: string;
  name: string;
  /** TrackParty records; rows written before parties had aliases hold plain names. */
  parties: Json<unknown[]>;
  keywords: Json<string[]>;
  deadline_at: NullableTimestamp;
  deadline_timezone: string | null;
  status: string;
  /** The status machine's working state (ledger of recent evidence), owned by the classifier. */
  state: Json<Record<string, unknown>>;
  updated_at: Timestamp;
  // 017_tracks_runtime
  /** 'config': seeded from TRACKS_FILE; 'api': created through /api/tracks. */
  origin: Generated<string>;
  /** Set when the API changed the definition: TRACKS_FILE no longer overwrites it. */
  edited_at: Generated<Date | null>;
  /** Removed through the API: hidden everywhere, and TRACKS_FILE does not bring it back. */
  deleted_at: Generated<Date | null>;
  created_at: Generated<Date | null>;
  /** Since when the track has heard nothing while its deadline is near (source.silent recorded). */
  silent_since: Generated<Date | null>;
}

export interface FeedsTable {
  id: Generated<number>;
  track_id: string | null;
  url: string;
  source: string | null;
  origin: string; // 'config' | 'api'
  etag: string | null;
  last_modified: string | null;
  last_polled_at: NullableTimestamp;
  last_success_at: NullableTimestamp;
  last_error: string | null;
  last_error_at: NullableTimestamp;
  consecutive_failures: Generated<number>;
  items_seen: Generated<number>;
  next_poll_at: NullableTimestamp;
  hub_url: string | null;
  created_at: Timestamp;
  // 006_poller: WebSub subscription ('pending' | 'subscribed' | 'denied' | 'failed' | 'unsubscribing')
  websub_topic: Generated<string | null>;
  websub_secret: Generated<string | null>;
  websub_state: Generated<string | null>;
  websub_requested_at: Generated<Date | null>;
  websub_lease_expires_at: Generated<Date | null>;
  websub_last_push_at: Generated<Date | null>;
  websub_error: Generated<string | null>;
  // 017_tracks_runtime
  /** Since when the feed has been silent (source.silent recorded); null while it is heard. */
  silent_since: Generated<Date | null>;
  /** The last poll that brought at least one new item. */
  last_new_item_at: Generated<Date | null>;
  /** The feed's usual rhythm: a moving average of the time between polls that brought something new. */
  success_interval_ms: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface ArticlesTable {
  id: string;
  url: string;
  title: string;
  text: string;
  published_at: NullableTimestamp;
  source: string;
  feed_id: number | null;
  story_id: string | null;
  fingerprint: string | null;
  track_ids: Json<string[]>;
  raw: Json<Record<string, unknown>>;
  fetched_at: Timestamp;
}

export interface ClassificationsTable {
  article_id: string;
  classifier_version: string;
  relevant: boolean;
  main_track: string | null;
  result: Json<Classification>;
  classified_at: Timestamp;
}

export interface StatusHistoryTable {
  id: Generated<number>;
  event_id: string;
  track_id: string;
  kind: string; // 'status' | 'deadline'
  from_value: string | null;
  /** null: a deadline cleared by an editor (022). */
  to_value: string | null;
  evidence: Json<Evidence[]>;
  occurred_at: Timestamp;
  /** 021: phase, confirmed, outlets, confirms, withdraws, reason, countdown, manual (null before 021). */
  footing: ColumnType<StatusFooting | null, string | null | undefined, string | null>;
}

export interface EventsTable {
  id: string;
  type: string;
  track_id: string;
  occurred_at: Timestamp;
  payload: Json<DomainEvent>;
  created_at: Timestamp;
  composed_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface SubscribersTable {
  id: Generated<number>;
  email: string;
  tracks: Json<string[]>;
  events: Json<string[]>;
  digest: string; // 'off' | 'daily' | 'weekly'
  digest_weekday: number | null;
  digest_time: string;
  timezone: string;
  confirmed_at: NullableTimestamp;
  unsubscribed_at: NullableTimestamp;
  bounced_at: NullableTimestamp;
  bounce_reason: string | null;
  confirmation_sent_at: NullableTimestamp;
  confirmations_sent: Generated<number>;
  last_digest_at: NullableTimestamp;
  created_at: Timestamp;
  /** 002_email: preferences asked for by a re-subscription, applied when its link is confirmed. */
  pending_preferences: ColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;
  preferences_updated_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface DeliveriesTable {
  id: Generated<number>;
  /** Unique: one delivery per (event, channel, recipient), whatever retries or replicas do. */
  delivery_key: string;
  event_id: string;
  channel: string; // 'email' | 'webhook'
  recipient_id: number;
  status: string; // 'pending' | 'sent' | 'failed' | 'skipped'
  attempts: Generated<number>;
  subject: string | null;
  body: Json<Record<string, unknown>>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  /** 016: the lease of the email send job under way (null when none). */
  send_started_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** 016: the last attempt lost its connection after handing the message over. */
  outcome_unknown: Generated<boolean>;
  /** 016: resends after an unknown outcome (same Message-ID), counted for the delivery log. */
  unknown_outcome_resends: Generated<number>;
  /** 024: a webhook delivery whose payload is its event's row in webhook_payloads (body has no copy). */
  shared_payload: Generated<boolean>;
  /** 025: the group job that carries this webhook delivery's first attempt (null: a job of its own). */
  webhook_group: ColumnType<number | null, number | null | undefined, number | null>;
}

/** 016: an alert body shared by every recipient in one time zone, with stand-ins for their links. */
export interface EmailBodiesTable {
  id: Generated<number>;
  /** Unique: (event, zone), so a re-run of composition finds it. */
  body_key: string;
  subject: string;
  body: Json<Record<string, unknown>>;
  created_at: Timestamp;
}

export interface WebhooksTable {
  id: string;
  url: string;
  description: string | null;
  events: Json<string[]>;
  tracks: Json<string[]>;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: NullableTimestamp;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: NullableTimestamp;
  created_at: Timestamp;
  /** 003: integer key used as deliveries.recipient_id. */
  seq: Generated<number>;
  disabled_at: NullableTimestamp;
  updated_at: NullableTimestamp;
}

/** 024: one webhook payload per event, the exact text signed and sent to every endpoint. */
export interface WebhookPayloadsTable {
  event_id: string;
  body: string;
  created_at: Timestamp;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  delivery_id: number;
  webhook_id: string;
  attempted_at: Timestamp;
  status_code: number | null;
  latency_ms: number;
  response_excerpt: string | null;
  error: string | null;
  /** 003: 0-based place in the retry schedule. */
  attempt: Generated<number>;
  /** 003: 'scheduled' | 'manual' | 'redelivery' */
  trigger: Generated<string>;
  /** 003: 'in_flight' | 'success' | 'retry' | 'failed' | 'disabled' | 'interrupted' */
  outcome: Generated<string>;
}

export interface CountdownFiredTable {
  milestone_key: string;
  track_id: string;
  milestone: string;
  deadline_at: Timestamp;
  fired_at: Timestamp;
}

export interface IdempotencyKeysTable {
  /** 'POST /api/webhooks': a key means something only on its route. */
  scope: string;
  key: string;
  /** sha256 of the canonical JSON body: the same key with another body is a conflict. */
  request_hash: string;
  /** null while the first request runs. */
  status_code: number | null;
  response: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
}

export interface DatabaseSchema {
  tracks: TracksTable;
  feeds: FeedsTable;
  articles: ArticlesTable;
  classifications: ClassificationsTable;
  status_history: StatusHistoryTable;
  events: EventsTable;
  subscribers: SubscribersTable;
  deliveries: DeliveriesTable;
  email_bodies: EmailBodiesTable;
  webhooks: WebhooksTable;
  webhook_attempts: WebhookAttemptsTable;
  webhook_payloads: WebhookPayloadsTable;
  countdown_fired: CountdownFiredTable;
  idempotency_keys: IdempotencyKeysTable;
}
