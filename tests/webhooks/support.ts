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

export const TOKEN = 'test-token-0123456789';
export const auth = { authorization: `Bearer ${TOKEN}` };

/** Fast settings: retries in milliseconds, a short hard timeout, no jitter. */
export const FAST: Partial<WebhookSettings> = {
  retryScheduleMs: [0, 150, 300, 300, 300],
  jitterRatio: 0,
  requestTimeoutMs: 800,
  saturatedDelayMs: 100,
};

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
