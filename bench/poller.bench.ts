import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { sql } from 'kysely';
import {
  bullConnection,
  createApp,
  type Database,
  DATABASE,
  migrateToLatest,
  openDatabase,
  parseConfig,
  projectRoot,
  QueueRegistry,
} from '@dw/platform';
import { PollPlanner } from '../apps/poller/src/poll-planner';
import { PollerModule } from '../apps/poller/src/poller.module';

const FEEDS = Number(process.env.BENCH_POLLER_FEEDS ?? 1000);
const HOSTS = 50;
const ROUND_LIMIT_MS = Number(process.env.BENCH_POLLER_TIME_LIMIT_MS ?? 120_000);

interface Servers {
  bases: string[];
  requests: number;
  close(): Promise<void>;
}

/** Loopback servers standing in for many hosts (one port each); feeds answer 200 with an ETag, then 304. */
async function startServers(): Promise<Servers> {
  const servers: http.Server[] = [];
  const state = { requests: 0 };
  for (let h = 0; h < HOSTS; h++) {
    const server = http.createServer((req, res) => {
      state.requests++;
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
      const feed = (req.url ?? '/').replace(/\W+/g, '-');
      const items = [1, 2]
        .map(
          (n) =>
            `<item><title>South Korea tariff talks update ${feed} ${n}</title><link>http://news.example/${feed}/${n}</link>` +
            `<pubDate>Sun, 20 Jul 2025 09:00:00 GMT</pubDate><description>Seoul and Washington negotiators met again (${feed}, item ${n}) to discuss tariffs before the August deadline.</description></item>`,
        )
        .join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Bench ${feed}</title>${items}</channel></rss>`,
      );
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  return {
    bases: servers.map((s) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`),
    get requests() {
      return state.requests;
    },
    close: async () => {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

async function insertFeeds(db: Database, bases: string[]): Promise<void> {
  const now = new Date();
  for (let start = 0; start < FEEDS; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(FEEDS, start + 500); i++) {
      rows.push({
        track_id: 'kr-us',
        url: `${bases[i % bases.length]}/feed/${i}.xml`,
        source: `Bench ${i}`,
        origin: 'api',
        etag: null,
        last_modified: null,
        last_polled_at: null,
        last_success_at: null,
        last_error: null,
        last_error_at: null,
        next_poll_at: null,
        hub_url: null,
        created_at: now,
      });
    }
    await db.insertInto('feeds').values(rows).execute();
  }
}

/** One tick plans every feed; the round ends when every feed has been polled since `since`. */
async function round(db: Database, planner: PollPlanner, since: Date): Promise<number> {
  const t0 = performance.now();
  await planner.enqueueDue();
  for (;;) {
    const { polled } = await db
      .selectFrom('feeds')
      .select(sql<number>`count(*)::int`.as('polled'))
      .where('last_polled_at', '>=', since)
      .executeTakeFirstOrThrow();
    if (polled >= FEEDS) return performance.now() - t0;
    if (performance.now() - t0 > ROUND_LIMIT_MS) return Infinity;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Feeds polled per minute by one poller process through the whole service: fetch, parse, store, enqueue. */
export async function run(): Promise<Record<string, number | string>> {
  const servers = await startServers();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-'));
  const config = parseConfig({
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `dwbench_poll_${randomBytes(3).toString('hex')}`,
    ALLOW_PRIVATE_NETWORK: 'true',
    SCHEDULERS: 'false',
    LOG_LEVEL: 'silent',
    // the shipped tracks without internet feeds: nothing here may leave the machine
    TRACKS_FILE: path.join(projectRoot(), 'tests/fixtures/tracks.test.yaml'),
  });
  // on a PostgreSQL server: a scratch schema, dropped afterwards; otherwise PGlite in memory
  const server = process.env.BENCH_DATABASE_URL;
  const schema = server ? `bench_poller_${randomBytes(3).toString('hex')}` : undefined;
  const db = server
    ? await openDatabase({ databaseUrl: server, dataDir, schema })
    : await openDatabase({ dataDir, inMemory: true });
  await migrateToLatest(db, schema);
  const app = await createApp({ config, database: db, features: [PollerModule] });
  try {
    await app.init();
    const database = app.get<Database>(DATABASE);
    await insertFeeds(database, servers.bases);
    const planner = app.get(PollPlanner);

    const fresh = await round(database, planner, new Date(0));
    const articles = await database
      .selectFrom('articles')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const failed = await app.get(QueueRegistry).get('poll').getFailed();
    const since = new Date();
    // due again now (a new due time, so a new poll job id)
    await database.updateTable('feeds').set({ next_poll_at: since }).execute();
    const conditional = await round(database, planner, since);
    const memory = process.memoryUsage();
    return {
      feeds: FEEDS,
      hosts: HOSTS,
      database: server ? 'postgresql' : 'pglite (in memory)',
      first_round_ms: Math.round(fresh),
      first_round_feeds_per_minute: Math.round((FEEDS / fresh) * 60_000),
      articles_stored: articles.n,
      conditional_round_ms: Math.round(conditional),
      conditional_feeds_per_minute: Math.round((FEEDS / conditional) * 60_000),
      http_requests: servers.requests,
      failed_poll_jobs: failed.length,
      ...(failed[0] ? { first_failure: failed[0].failedReason } : {}),
      rss_mb: Math.round(memory.rss / 1048576),
      heap_used_mb: Math.round(memory.heapUsed / 1048576),
    };
  } finally {
    const names = app.get(QueueRegistry).all.map((queue) => queue.name);
    await app.close();
    for (const name of names) {
      const queue = new Queue(name, {
        connection: bullConnection(config.redisUrl),
        prefix: config.queuePrefix,
      });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    if (schema) await sql.raw(`DROP SCHEMA "${schema}" CASCADE`).execute(db);
    await db.destroy();
    await servers.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
