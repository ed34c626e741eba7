import { randomBytes } from 'node:crypto';
import type { StatusChangedEvent } from '@dw/domain';
import { dueMilestones } from '@dw/domain/countdown';
import { checkDigestDue, composeDigest } from '@dw/domain/digest';
import { signToken, verifyToken } from '@dw/domain/tokens';
import { generateWebhookSecret, webhookBody, webhookHeaders } from '@dw/domain/webhooks';
import { renderEmail } from '../apps/notifier/src/email/render';

function perSecond(iterations: number, work: (i: number) => void): number {
  for (let i = 0; i < Math.min(50, iterations); i++) work(i);
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) work(i);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round(iterations / seconds);
}

/** Throughput of the pure notifier parts: what one worker can render, sign and schedule per second. */
export async function run(): Promise<Record<string, number | string>> {
  const deadline = new Date('2025-08-01T04:01:00.000Z');
  const start = Date.parse('2025-07-20T00:00:00Z');
  const evidence = {
    articleId: 'a',
    title: 'Seoul and Washington <b>reach</b> a deal',
    url: 'https://news.example/a',
    source: 'Yonhap',
    publishedAt: '2025-07-30T01:00:00Z',
    signal: 'deal_reached' as const,
    sentence: 'The two sides reached a deal on Wednesday.',
  };
  const event: StatusChangedEvent = {
    id: 'status.changed:kr-us:1',
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-30T02:00:00.000Z',
    data: { from: 'negotiating', to: 'deal_reached', evidence: [evidence, evidence, evidence] },
  };
  const track = {
    id: 'kr-us',
    name: 'South Korea–US',
    deadline: { at: deadline.toISOString(), timezone: 'America/New_York' },
  };
  const ctx = {
    publicUrl: 'https://watch.example',
    timezone: 'Asia/Seoul',
    unsubscribeToken: 'u',
    preferencesToken: 'p',
  };
  const content = composeDigest({
    subscriber: {
      email: 'a@example.com',
      timezone: 'Asia/Seoul',
      lastDigestAt: new Date('2025-07-29T23:00:00Z'),
    },
    now: new Date('2025-07-30T23:00:00Z'),
    tracks: [
      {
        track,
        status: 'deal_reached',
        deadline: track.deadline,
        statusChanges: [
          { from: 'negotiating', to: 'deal_reached', at: event.occurredAt, evidence: [evidence] },
        ],
        articles: Array.from({ length: 10 }, (_, i) => ({
          ...evidence,
          id: `a${i}`,
          url: `https://news.example/${i}`,
        })),
        talks: [{ title: 'Ministers meet', at: '2025-07-31T15:00:00Z' }],
      },
    ],
  });
  const secret = generateWebhookSecret(randomBytes);
  const body = webhookBody(event);
  const tokenSecret = 'bench-secret-0123456789abcdef';
  const token = signToken(
    { purpose: 'unsubscribe', subscriberId: 's1' },
    tokenSecret,
    undefined,
    new Date(start),
  );
  const schedule = { cadence: 'daily' as const, time: '08:00', timezone: 'America/New_York' };
  const fired = new Set<string>();

  return {
    'render status.changed email (per s)': perSecond(2000, () =>
      renderEmail('status.changed', { event, track }, ctx),
    ),
    'render digest email, 10 articles (per s)': perSecond(1000, () =>
      renderEmail('digest', { content }, ctx),
    ),
    'checkDigestDue (per s)': perSecond(5000, (i) =>
      checkDigestDue(schedule, new Date(start), new Date(start + i * 60_000)),
    ),
    'dueMilestones (per s)': perSecond(50_000, (i) =>
      dueMilestones(deadline, new Date(start + i * 60_000), fired),
    ),
    'webhook headers, 2 secrets (per s)': perSecond(5000, () =>
      webhookHeaders([secret, secret], event.id, new Date(start), body),
    ),
    'verify link token (per s)': perSecond(5000, () =>
      verifyToken(token, 'unsubscribe', tokenSecret, new Date(start)),
    ),
  };
}
