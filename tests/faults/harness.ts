import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { StatusChangedEvent } from '@dw/domain';
import { bullConnection, type Database, EventsRepository, openDatabase, poolSizeFor } from '@dw/platform';
import { type AppProcess, startAppProcess } from './app-process';
import { freePort, sleep } from '../support/ports';
import { type PrivatePostgres, startPrivatePostgres } from './private-postgres';
import { type PrivateRedis, startPrivateRedis } from '../support/redis-server';
import {
  type FaultyReceiver,
  type FaultySmtp,
  type Receipt,
  startFaultyReceiver,
  startFaultySmtp,
} from './sinks';

/** Sizes of one run: small enough to finish in a minute or two, large enough to have work in flight. */
export interface RunSize {
  subscribers: number;
  endpoints: number;
  events: number;
  /** Between two injected events. */
  eventGapMs: number;
}

export const DEFAULT_SIZE: RunSize = { subscribers: 20, endpoints: 20, events: 6, eventGapMs: 1000 };

export type FeedMode = 'ok' | '500' | 'garbage';

/** The machinery every fault plays with: all on loopback, all the suite's own. */
export interface World {
  dir: string;
  pg: PrivatePostgres;
  redis: PrivateRedis;
  smtp: FaultySmtp;
  receiver: FaultyReceiver;
  feed: FlappingFeed;
  close(): Promise<void>;
}

export interface FlappingFeed {
  url: string;
  mode: FeedMode;
  /** Items served by a good answer so far (each good answer adds one). */
  served: Map<string, string[]>;
  close(): Promise<void>;
}

async function startFlappingFeed(): Promise<FlappingFeed> {
  const served = new Map<string, string[]>();
  const feed = { mode: 'ok' as FeedMode };
  const server = http.createServer((req, res) => {
    const name = /^\/feed\/([a-z0-9-]+)\.xml$/.exec(req.url ?? '')?.[1];
    if (!name) return res.writeHead(404).end();
    if (feed.mode === '500') return res.writeHead(500).end('upstream exploded');
    if (feed.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(`<rss><channel><item><title>\u0000\u0001 not <<< xml ${'&'.repeat(50)}`);
    }
    const items = served.get(name) ?? [];
    const n = items.length + 1;
    items.push(`${flapFeedBase(req)}/articles/${name}/${n}`);
    served.set(name, items);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Zanzibar wire</title><link>http://127.0.0.1/</link><description>x</description>${items
        .map(
          (link, i) =>
            `<item><title>Zanzibar and Pemba tariff talks, round ${i + 1} (${name})</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(Date.now() - 60_000).toUTCString()}</pubDate><description>Negotiators from Zanzibar and Pemba met again to discuss the tariff deadline; round ${i + 1}.</description></item>`,
        )
        .join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(feed, {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function flapFeedBase(req: http.IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

export async function startWorld(): Promise<World> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-faults-'));
  const [pg, redis, smtp, receiver, feed] = await Promise.all([
    startPrivatePostgres(),
    startPrivateRedis({ persist: true }),
    startFaultySmtp(),
    startFaultyReceiver(),
    startFlappingFeed(),
  ]);
  return {
    dir,
    pg,
    redis,
    smtp,
    receiver,
    feed,
    async close() {
      await Promise.allSettled([pg.destroy(), redis.destroy(), smtp.close(), receiver.close(), feed.close()]);
    },
  };
}

/** What one fault run hands to the fault's script. */
export interface FaultContext {
  world: World;
  app: AppProcess;
  /** Notes for the report (what /health said during an outage, ...). */
  notes: string[];
  /** What went against expectations besides deliveries (the run fails on any). */
  problems: string[];
  /** Milliseconds since the first event was injected. */
  elapsed(): number;
  /** Waits until `ms` after the first event. */
  at(ms: number): Promise<void>;
}

export interface Fault {
  name: string;
  /** Runs the fault; resolves when every dependency is back. */
  script(ctx: FaultContext): Promise<void>;
  /** Whether the flapping feed plays during this run. */
  feedFlapping?: boolean;
  /** How long after the script ends the run may take to deliver everything. */
  settleMs?: number;
}

export interface ChannelTally {
  expected: number;
  delivered: number;
  lost: number;
  /** The same alert to the same recipient under a different id: a deduping receiver cannot catch it. */
  duplicates: number;
  /** The same id received again: harmless to a deduping receiver; only legitimate after an unknown outcome. */
  sameIdResends: number;
}

export interface FaultResult {
  fault: string;
  email: ChannelTally;
  webhook: ChannelTally;
  feed?: { expected: number; taken: number; lost: number };
  seconds: number;
  crashes: number;
  badSignatures: number;
  /** Log lines at warn or above written during the run, and the most frequent message. */
  warnLines: number;
  topMessage: string;
  notes: string[];
  problems: string[];
}

function tally(receipts: Receipt[], expectedPairs: Set<string>): ChannelTally {
  const ids = new Map<string, Map<string, number>>();
  for (const r of receipts) {
    const pair = `${r.eventId}|${r.recipient}`;
    if (!expectedPairs.has(pair)) continue;
    const byId = ids.get(pair) ?? new Map<string, number>();
    byId.set(r.deliveryId, (byId.get(r.deliveryId) ?? 0) + 1);
    ids.set(pair, byId);
  }
  let duplicates = 0;
  let sameIdResends = 0;
  for (const byId of ids.values()) {
    duplicates += byId.size - 1;
    for (const n of byId.values()) sameIdResends += n - 1;
  }
  return {
    expected: expectedPairs.size,
    delivered: ids.size,
    lost: expectedPairs.size - ids.size,
    duplicates,
    sameIdResends,
  };
}

const API_TOKEN = 'fault-suite-token-0123456789';

/** One fault from a clean slate: a database and queue prefix of its own, a fresh app process, then the tally. */
export async function runFault(
  world: World,
  fault: Fault,
  size: RunSize = DEFAULT_SIZE,
): Promise<FaultResult> {
  const slug =
    fault.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '')
      .slice(0, 20) + Date.now().toString(36);
  const dataDir = fs.mkdtempSync(path.join(world.dir, `${slug}-`));
  const databaseUrl = await world.pg.urlFor(slug);
  const tracksFile = path.join(dataDir, 'tracks.yaml');
  fs.writeFileSync(
    tracksFile,
    `tracks:
  - id: kr-us
    name: South Korea – United States tariff negotiations
    parties: [South Korea, United States]
    keywords: [South Korea, Korea, Seoul]
    deadline: { at: "2025-08-01T00:01:00-04:00", timezone: America/New_York }
    feeds: []
  - id: zz-pb
    name: Zanzibar – Pemba tariff negotiations
    parties: [Zanzibar, Pemba]
    keywords: [Zanzibar, Pemba]
    deadline: { at: "2025-08-01T00:01:00-04:00", timezone: America/New_York }
    feeds:
      - url: ${world.feed.url}/feed/${slug}.xml
        source: Zanzibar wire
`,
  );
  const port = await freePort();
  const prefix = `flt${slug}`;
  const env: Record<string, string> = {
    REDIS_URL: world.redis.url,
    DATABASE_URL: databaseUrl,
    SMTP_URL: world.smtp.url,
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    API_TOKEN,
    SECRET_KEY: 'fault-suite-secret-0123456789',
    ALLOW_PRIVATE_NETWORK: 'true',
    TRACKS_FILE: tracksFile,
    DATA_DIR: dataDir,
    QUEUE_PREFIX: prefix,
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    SCHEDULERS: 'true',
    WEBHOOK_TIMEOUT_MS: '2000',
    // A stuck queue shows on /health within the SMTP outage.
    QUEUE_STALL_AFTER_SECONDS: '20',
    RETRY_DELAY_SCALE: '0.01',
  };
  await world.smtp.setMode('ok');
  world.receiver.setMode('ok');
  world.feed.mode = 'ok';
  const app = await startAppProcess(env, path.join(dataDir, 'app.log'));
  const db: Database = await openDatabase({ databaseUrl, dataDir });
  const notifyQueue = new Queue(QUEUE_NAMES.notify, { connection: bullConnection(world.redis.url), prefix });
  notifyQueue.on('error', () => undefined);
  const pollQueue = new Queue(QUEUE_NAMES.poll, { connection: bullConnection(world.redis.url), prefix });
  pollQueue.on('error', () => undefined);
  try {
    const { emails, endpoints } = await populate(app, db, world, slug, size);
    const eventIds = Array.from({ length: size.events }, (_, i) => `fltev-${slug}-${i + 1}`);
    const emailPairs = new Set(eventIds.flatMap((e) => emails.map((m) => `${e}|${m}`)));
    const webhookPairs = new Set(eventIds.flatMap((e) => endpoints.map((n) => `${e}|${n}`)));
    const started = Date.now();
    const ctx: FaultContext = {
      world,
      app,
      notes: [],
      problems: [],
      elapsed: () => Date.now() - started,
      at: async (ms) => sleep(Math.max(0, started + ms - Date.now())),
    };
    const feedDone = { stop: false };
    const feedRun = fault.feedFlapping ? flapFeed(world, pollQueue, db, slug, feedDone) : Promise.resolve();
    await Promise.all([injectEvents(db, notifyQueue, eventIds, size.eventGapMs), fault.script(ctx)]);
    feedDone.stop = true;
    await feedRun;
    await world.smtp.setMode('ok');
    world.receiver.setMode('ok');
    world.feed.mode = 'ok';
    const complete = () =>
      tally(world.smtp.receipts, emailPairs).lost === 0 &&
      tally(world.receiver.receipts, webhookPairs).lost === 0;
    const until = Date.now() + (fault.settleMs ?? 90_000);
    while (!complete() && Date.now() < until) await sleep(500);
    // Late second copies (a stalled job handed out again) arrive after the first: give them a moment.
    await sleep(3000);
    const feed = fault.feedFlapping ? await feedTally(world, db, slug) : undefined;
    const lines = app.logLines();
    const pool = lines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('database pool:'));
    if (!pool || pool.poolSize !== poolSizeFor(Number(pool.workerConcurrency)))
      ctx.problems.push(`the database pool was not sized for the workers: ${JSON.stringify(pool?.msg)}`);
    else ctx.notes.push(String(pool.msg));
    const loud = lines.filter((l) => typeof l.level === 'number' && l.level >= 40);
    const counts = new Map<string, number>();
    for (const l of loud) {
      const text = l.msg ?? l.context ?? '';
      const msg = (typeof text === 'string' ? text : JSON.stringify(text)).slice(0, 80);
      counts.set(msg, (counts.get(msg) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    return {
      fault: fault.name,
      email: tally(world.smtp.receipts, emailPairs),
      webhook: tally(world.receiver.receipts, webhookPairs),
      ...(feed ? { feed } : {}),
      seconds: Math.round((Date.now() - started) / 1000),
      crashes: app.crashes,
      badSignatures: world.receiver.badSignatures,
      warnLines: loud.length,
      topMessage: top ? `${top[1]}× "${top[0]}"` : '',
      notes: ctx.notes,
      problems: ctx.problems,
    };
  } finally {
    await app.stop();
    await notifyQueue.close().catch(() => undefined);
    await pollQueue.close().catch(() => undefined);
    await db.destroy().catch(() => undefined);
  }
}

async function populate(
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
async function injectEvents(db: Database, queue: Queue, eventIds: string[], gapMs: number): Promise<void> {
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
async function flapFeed(
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

async function feedTally(world: World, db: Database, slug: string): Promise<FaultResult['feed']> {
  const urls = world.feed.served.get(slug) ?? [];
  const count = async () =>
    urls.length === 0
      ? 0
      : Number(
          (
            await db
              .selectFrom('articles')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('url', 'in', urls)
              .executeTakeFirstOrThrow()
          ).n,
        );
  const until = Date.now() + 20_000;
  let taken = await count();
  while (taken < urls.length && Date.now() < until) {
    await sleep(500);
    taken = await count();
  }
  return { expected: urls.length, taken, lost: urls.length - taken };
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

export function formatTable(results: FaultResult[]): string {
  const head = ['fault', 'channel', 'expected', 'delivered', 'lost', 'duplicates', 'same-id resends', 'secs'];
  const rows: string[][] = [];
  for (const r of results) {
    for (const channel of ['email', 'webhook'] as const) {
      const t = r[channel];
      rows.push([
        channel === 'email' ? r.fault : '',
        channel,
        String(t.expected),
        String(t.delivered),
        String(t.lost),
        String(t.duplicates),
        String(t.sameIdResends),
        channel === 'email' ? String(r.seconds) : '',
      ]);
    }
    if (r.feed)
      rows.push([
        '',
        'feed',
        String(r.feed.expected),
        String(r.feed.taken),
        String(r.feed.lost),
        '-',
        '-',
        '',
      ]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const notes = results.map(
    (r) =>
      `- ${r.fault}: crashes ${r.crashes}, bad signatures ${r.badSignatures}, warn+ log lines ${r.warnLines}${r.topMessage ? ` (most: ${r.topMessage})` : ''}${r.notes.length ? `; ${r.notes.join('; ')}` : ''}${r.problems.length ? `; PROBLEMS: ${r.problems.join('; ')}` : ''}`,
  );
  return [line(head), ...rows.map(line), '', ...notes].join('\n');
}
