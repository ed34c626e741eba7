import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './001_foundation';
import * as email from './002_email';
import * as webhooks from './003_webhooks';
import * as eventOutbox from './005_event_outbox';
import * as poller from './006_poller';
import * as idempotency from './015_idempotency';
import * as emailDeliveryState from './016_email_delivery_state';
import * as tracksRuntime from './017_tracks_runtime';
import * as subscriberPaging from './018_subscriber_paging';
import * as statusFooting from './021_status_footing';
import * as deadlineCleared from './022_deadline_cleared';
import * as attemptsUnusedIndex from './023_attempts_unused_index';
import * as webhookPayloads from './024_webhook_payloads';
import * as webhookGroups from './025_webhook_groups';

/** Versioned migrations, applied in name order at start-up. Add new ones at the end; never edit a shipped one. */
const migrations: Record<string, Migration> = {
  '001_foundation': foundation,
  '002_email': email,
  '003_webhooks': webhooks,
  '005_event_outbox': eventOutbox,
  '006_poller': poller,
  '015_idempotency': idempotency,
  '016_email_delivery_state': emailDeliveryState,
  '017_tracks_runtime': tracksRuntime,
  '018_subscriber_paging': subscriberPaging,
  '021_status_footing': statusFooting,
  '022_deadline_cleared': deadlineCleared,
  '023_attempts_unused_index': attemptsUnusedIndex,
  '024_webhook_payloads': webhookPayloads,
  '025_webhook_groups': webhookGroups,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
