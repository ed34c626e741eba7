import type { IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import type { DomainEvent } from '@dw/domain';
import { EventsRepository } from '@dw/platform';
import { ComposeService } from '../../apps/notifier/src/compose.service';
import {
  type WebhookSettings,
  WebhookSettingsOverrideModule,
} from '../../apps/notifier/src/webhooks/webhook-settings';
import { ALL_SERVICES } from '../../apps/all/src/all-services';
import type { TestApp } from '../support/app';
import type { LocalServer } from '../support/http-server';

export const TOKEN = 'test-token-0123456789';
export const auth = { authorization: `Bearer ${TOKEN}` };

/** Fast settings: retries in milliseconds, a short hard timeout, no jitter. */
export const FAST: Partial<WebhookSettings> = {
  retryScheduleMs: [0, 150, 300, 300, 300],
  jitterRatio: 0,
  requestTimeoutMs: 800,
  saturatedDelayMs: 100,
};

/** Short locks so a dead worker is noticed in about a second; a long request timeout so a worker
 * never gives up on a held request by itself; two slots so a dead worker's slot does not block. */
export const KILLABLE: Partial<WebhookSettings> = {
  ...FAST,
  requestTimeoutMs: 20_000,
  lockDurationMs: 1000,
  stalledIntervalMs: 500,
  perEndpointConcurrency: 2,
};

/**
 * Answers `path` with 204, counting requests by `${path} ${webhook-id}` in `requests` (and accepted
 * ones in `accepted`); while `failFirst` holds the path, the first request of each id gets a 500.
 */
export function countingRoute(
  receiver: LocalServer,
  path: string,
  counts: { requests: Map<string, number>; failFirst: Set<string>; accepted?: Map<string, number> },
): void {
  const { requests, failFirst, accepted } = counts;
  receiver.route(path, (req, res) => {
    const key = `${path} ${String(req.headers['webhook-id'])}`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    if (failFirst.has(path) && requests.get(key) === 1) {
      res.writeHead(500).end('not yet');
      return;
    }
    accepted?.set(key, (accepted.get(key) ?? 0) + 1);
    res.writeHead(204).end();
  });
}

/** Closes what a test started, in this order, skipping what never started. */
export async function closeInOrder(...started: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  for (const item of started) await item?.close();
}

export function features(override: Partial<WebhookSettings>) {
  return [...ALL_SERVICES, WebhookSettingsOverrideModule.with(override)];
}

export async function api<T = unknown>(
  t: TestApp,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = auth,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${t.url}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export interface Registered {
  id: string;
  secret: string;
}

export async function register(
  t: TestApp,
  url: string,
  extra: Record<string, unknown> = {},
): Promise<Registered> {
  const res = await api<Registered>(t, 'POST', '/api/webhooks', { url, ...extra });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

let counter = 0;

export function statusEvent(trackId = 'kr-us'): DomainEvent {
  counter += 1;
  const at = new Date(Date.UTC(2025, 6, 30, 10, 0, counter)).toISOString();
  return {
    id: `status.changed:${trackId}:${at}:${process.pid}-${Date.now()}`,
    type: 'status.changed',
    trackId,
    occurredAt: at,
    data: {
      from: 'negotiating',
      to: 'deal_reached',
      evidence: [
        {
          articleId: 'a1',
          title: 'Seoul and Washington reach a deal',
          url: 'https://news.example/a1',
          source: 'Local Daily',
          publishedAt: at,
          signal: 'deal_reached',
          sentence: 'The two sides announced a deal.',
        },
      ],
    },
  };
}

/** Records the event and runs composition, as the notify queue would. */
export async function publish(t: TestApp, event: DomainEvent): Promise<void> {
  await t.app.get(EventsRepository).record(event);
  await t.app.get(ComposeService).compose(event.id);
}

export function signedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  return {
    'webhook-id': String(headers['webhook-id']),
    'webhook-timestamp': String(headers['webhook-timestamp']),
    'webhook-signature': String(headers['webhook-signature']),
  };
}

/** Verifies with the official library, as a receiver would; throws when the signature is bad. */
export function verify(secret: string, body: string, headers: IncomingHttpHeaders): unknown {
  return new Webhook(secret).verify(body, signedHeaders(headers));
}
