import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import { type DomainEvent, SimulatedClock, type StatusChangedEvent } from '@dw/domain';
import { EventsRepository, QueueRegistry } from '@dw/platform';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import type { ReceivedMail, SmtpSink } from './smtp-sink';

export const PUBLIC_URL = 'https://deadline-watch.test';

export async function startEmailApp(
  sink: SmtpSink,
  options: { clock?: SimulatedClock; env?: Record<string, string> } = {},
): Promise<TestApp & { clock: SimulatedClock }> {
  const clock = options.clock ?? new SimulatedClock('2025-07-25T00:00:00Z');
  const t = await startTestApp({
    clock,
    env: { SMTP_URL: sink.url, PUBLIC_URL, MAIL_FROM: 'alerts@deadline-watch.test', ...options.env },
  });
  return Object.assign(t, { clock });
}

/** A link from a mail, pointed at the test app instead of PUBLIC_URL. */
export function localLink(t: TestApp, url: string): string {
  return url.replace(PUBLIC_URL, t.url);
}

export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}${path}\\?token=[A-Za-z0-9._%-]+`).exec(
    mail.parsed.text ?? '',
  );
  if (!match) throw new Error(`no ${path} link in:\n${mail.parsed.text}`);
  return match[0];
}

export async function post(
  t: TestApp,
  path: string,
  body: unknown,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // an HTML page
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Subscribes, waits for the confirmation, follows its link; returns the confirmation mail. */
export async function subscribeAndConfirm(
  t: TestApp,
  sink: SmtpSink,
  body: Record<string, unknown> & { email: string },
): Promise<ReceivedMail> {
  const before = sink.to(body.email).length;
  const response = await post(t, '/api/subscriptions', body);
  if (response.status !== 202)
    throw new Error(`subscribe: ${response.status} ${JSON.stringify(response.body)}`);
  const confirmation = await eventually(() => {
    const mail = sink.to(body.email)[before];
    if (!mail) throw new Error('no confirmation yet');
    return mail;
  }, 15_000);
  const page = await fetch(localLink(t, linkIn(confirmation, '/api/subscriptions/confirm')));
  if (page.status !== 200) throw new Error(`confirm: ${page.status}`);
  return confirmation;
}

let counter = 0;

export function statusChanged(overrides: Partial<StatusChangedEvent> = {}): StatusChangedEvent {
  counter += 1;
  return {
    id: `status.changed:kr-us:test-${Date.now()}-${counter}`,
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-30T02:00:00.000Z',
    data: {
      from: 'negotiating',
      to: 'deal_reached',
      evidence: [
        {
          articleId: 'a1',
          title: 'Seoul and Washington <b>strike</b> a tariff deal',
          url: 'https://news.example/deal-1',
          source: 'Yonhap',
          publishedAt: '2025-07-30T01:00:00Z',
          signal: 'deal_reached',
          sentence: 'Washington and Seoul reached a trade deal on Wednesday.',
        },
      ],
    },
    ...overrides,
  };
}

/** What the classifier does: record the event, enqueue its composition. */
export async function emit(t: TestApp, event: DomainEvent): Promise<void> {
  await t.app.get(EventsRepository).record(event);
  await enqueue(t.app.get(QueueRegistry).get(QUEUE_NAMES.notify), 'composeNotification', {
    eventId: event.id,
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A header's value as sent, unfolded (mailparser turns List-* headers into objects). */
export function header(mail: ReceivedMail, name: string): string {
  const line = mail.parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line ?? '';
  return line
    .slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/** A confirmed subscriber written straight to the database (for tests about sending, not signing up). */
export async function addConfirmedSubscriber(
  t: TestApp,
  email: string,
  fields: Partial<{
    tracks: string[];
    events: string[];
    digest: string;
    digestTime: string;
    timezone: string;
    confirmedAt: Date;
  }> = {},
): Promise<number> {
  const now = fields.confirmedAt ?? new Date('2025-07-20T00:00:00Z');
  const row = await t.db
    .insertInto('subscribers')
    .values({
      email,
      tracks: JSON.stringify(fields.tracks ?? ['kr-us']),
      events: JSON.stringify(fields.events ?? ['status.changed', 'deadline.changed', 'deadline.countdown']),
      digest: fields.digest ?? 'off',
      digest_weekday: null,
      digest_time: fields.digestTime ?? '08:00',
      timezone: fields.timezone ?? 'UTC',
      confirmed_at: now,
      unsubscribed_at: null,
      bounced_at: null,
      bounce_reason: null,
      confirmation_sent_at: now,
      last_digest_at: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
