import type { Queue } from 'bullmq';
import { enqueue } from '@dw/contracts';
import type { StatusChangedEvent } from '@dw/domain';
import { type Database, EventsRepository } from '@dw/platform';
import type { AppProcess } from './app-process';
import type { FeedMode } from './flapping-feed';
import { sleep } from '../support/ports';
import type { World } from './world';

/** Sizes of one run: small enough to finish in a minute or two, large enough to have work in flight. */
export interface RunSize {
  subscribers: number;
  endpoints: number;
  events: number;
  /** Between two injected events. */
  eventGapMs: number;
}

export const DEFAULT_SIZE: RunSize = { subscribers: 20, endpoints: 20, events: 6, eventGapMs: 1000 };

export const API_TOKEN = 'fault-suite-token-0123456789';

export async function populate(
  app: AppProcess,
  db: Database,
  world: World,
  slug: string,
  size: RunSize,
): Promise<{ emails: string[]; endpoints: string[] }> {
  const emails = Array.from({ length: size.subscribers }, (_, i) => `desk${i + 1}.${slug}@example.org`);
  const now = new Date();
  await db
    .insertInto('subscribers')
    .values(
      emails.map((email) => ({
        email,
        tracks: JSON.stringify(['kr-us']),
        events: JSON.stringify(['status.changed']),
        digest: 'off',
        digest_weekday: null,
        digest_time: '08:00',
        timezone: 'Asia/Seoul',
        confirmed_at: now,
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        confirmation_sent_at: null,
        last_digest_at: null,
        created_at: now,
      })),
    )
    .execute();
  const endpoints: string[] = [];
  for (let i = 1; i <= size.endpoints; i++) {
    const endpoint = `${slug.length}${Date.now() % 1_000_000}${i}`;
    const res = await withRetries(() =>
      fetch(`${app.url}/api/webhooks`, {
        method: 'POST',
        // A retried request (a reused keep-alive socket the server had just closed) creates it once.
        headers: {
          authorization: `Bearer ${API_TOKEN}`,
          'content-type': 'application/json',
          'idempotency-key': `fault-${endpoint}`,
        },
        body: JSON.stringify({
          url: `${world.receiver.url}/hook/${endpoint}`,
          events: ['status.changed'],
          tracks: ['kr-us'],
        }),
      }),
    );
    if (res.status !== 201) throw new Error(`creating a webhook answered ${res.status}: ${await res.text()}`);
    const { secret } = (await res.json()) as { secret: string };
    world.receiver.setSecret(endpoint, secret);
    endpoints.push(endpoint);
  }
  return { emails, endpoints };
}

const STATUSES = ['negotiating', 'stalled', 'negotiating', 'deal_reached', 'negotiating', 'stalled'] as const;

/**
 * Records each alert event as the classifier does (the event row, then its compose job): the real
 * compose, fan-out, email and webhook paths take it from there. A Redis that is down at that moment
 * leaves the event to the outbox sweep, as it would for the classifier.
 */
export async function injectEvents(
  db: Database,
  queue: Queue,
  eventIds: string[],
  gapMs: number,
): Promise<void> {
  const events = new EventsRepository(db);
  for (const [i, id] of eventIds.entries()) {
    if (i > 0) await sleep(gapMs);
    const to = STATUSES[i % STATUSES.length];
    const from = STATUSES[(i + STATUSES.length - 1) % STATUSES.length];
    const event: StatusChangedEvent = {
      id,
      type: 'status.changed',
      trackId: 'kr-us',
      occurredAt: new Date().toISOString(),
      data: {
        from: i === 0 ? 'unknown' : from,
        to,
        evidence: [
          {
            articleId: `${id}-article`,
            title: `Seoul and Washington talks, update ${id}`,
            url: `https://news.example.org/${id}`,
            source: 'Fault Wire',
            publishedAt: new Date(Date.now() - 120_000).toISOString(),
            signal: 'talks_held',
            sentence: `South Korean negotiators met again (${id}).`,
          },
        ],
      },
    };
    for (let attempt = 0; ; attempt++) {
      try {
        await events.record(event);
        break;
      } catch (error) {
        // PostgreSQL is down in this very fault: the classifier's job would retry too.
        if (attempt > 60) throw error;
        await sleep(500);
      }
    }
    void Promise.race([enqueue(queue, 'composeNotification', { eventId: id }), sleep(2000)]).catch(
      () => undefined,
    );
  }
}

const FEED_MODES: FeedMode[] = ['500', 'ok', 'garbage', '500', 'garbage', 'ok'];

/** The feed cycles 500 → good → garbage ...; a poll is asked for every 1.5 s while the fault plays. */
export async function flapFeed(
  world: World,
  pollQueue: Queue,
  db: Database,
  slug: string,
  done: { stop: boolean },
): Promise<void> {
  const feed = await waitFor(() =>
    db.selectFrom('feeds').select('id').where('url', 'like', `%/feed/${slug}.xml`).executeTakeFirst(),
  );
  for (let i = 0; !done.stop; i++) {
    world.feed.mode = FEED_MODES[i % FEED_MODES.length]!;
    void Promise.race([
      enqueue(pollQueue, 'pollFeed', { feedId: feed.id, dueAt: new Date().toISOString() }),
      sleep(1000),
    ]).catch(() => undefined);
    await sleep(1500);
  }
  // One good answer at the end, so every item served has had its chance.
  world.feed.mode = 'ok';
  world.feed.served.get(slug)?.pop();
  void enqueue(pollQueue, 'pollFeed', { feedId: feed.id, dueAt: new Date().toISOString() }).catch(
    () => undefined,
  );
}

async function withRetries<T>(attempt: () => Promise<T>, tries = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= tries) throw error;
      await sleep(300);
    }
  }
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await sleep(200);
  }
}
