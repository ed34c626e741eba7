import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Job, Queue, Worker } from 'bullmq';
import { sql } from 'kysely';
import { Redis } from 'ioredis';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import { generateWebhookSecret, webhookBody } from '@dw/domain/webhooks';
import {
  bullConnection,
  createApp,
  type Database,
  DATABASE,
  EventsRepository,
  migrateToLatest,
  openDatabase,
  parseConfig,
  QueueRegistry,
} from '@dw/platform';
import { NotifierModule } from '../apps/notifier/src/notifier.module';
import {
  DEFAULT_WEBHOOK_SETTINGS,
  WebhookSettingsOverrideModule,
} from '../apps/notifier/src/webhooks/webhook-settings';
import { sampleStatusEvent } from './sample-event';

const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 10_000);
const TIME_LIMIT_MS = Number(process.env.BENCH_WEBHOOK_TIME_LIMIT_MS ?? 180_000);
/** A PostgreSQL server to create a scratch database on; without one the embedded PGlite is used. */
const POSTGRES_SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
const CONCURRENCY = DEFAULT_WEBHOOK_SETTINGS.workerConcurrency;

interface Receiver {
  url: string;
  /** Resolves with receipt times (ms, Date.now) once `count` requests arrived or the time is up. */
  expect(count: number, limitMs: number): Promise<number[]>;
  close(): Promise<void>;
}

/** One loopback server standing in for every endpoint (distinct paths); answers 200 at once. */
async function startReceiver(): Promise<Receiver> {
  let times: number[] = [];
  let wanted = Infinity;
  let done: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      times.push(Date.now());
      res.writeHead(200, { 'content-length': '0' }).end();
      if (times.length >= wanted) done?.();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    expect: (count, limitMs) => {
      times = [];
      wanted = count;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(times), limitMs);
        done = () => {
          clearTimeout(timer);
          resolve(times);
        };
      });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Percentiles over every endpoint: one not reached within the time limit counts as Infinity. */
function summarise(
  prefix: string,
  t0: number,
  times: number[],
  cpu0: NodeJS.CpuUsage,
): Record<string, number> {
  const cpu = process.cpuUsage(cpu0);
  const latencies = times.map((t) => t - t0).sort((a, b) => a - b);
  while (latencies.length < ENDPOINTS) latencies.push(Infinity);
  const total = times.length === ENDPOINTS ? latencies[latencies.length - 1] : Infinity;
  return {
    [`${prefix}_received`]: times.length,
    [`${prefix}_total_ms`]: total,
    [`${prefix}_first_ms`]: latencies[0],
    [`${prefix}_p50_ms`]: percentile(latencies, 50),
    [`${prefix}_p99_ms`]: percentile(latencies, 99),
    [`${prefix}_per_second`]: Math.round((times.length / (Math.max(...times) - t0)) * 1000),
    // This process only (workers and the receiver), not Redis or PostgreSQL: steadier than wall time on a busy machine.
    [`${prefix}_cpu_us_per_delivery`]: Math.round((cpu.user + cpu.system) / Math.max(1, times.length)),
  };
}

const event = sampleStatusEvent(`status.changed:kr-us:bench-${Date.now()}`);

async function insertEndpoints(db: Database, base: string, count: number): Promise<void> {
  const secret = generateWebhookSecret(randomBytes);
  const now = new Date();
  for (let start = 0; start < count; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      rows.push({
        id: `wh_bench_${i}`,
        url: `${base}/hook/${i}`,
        description: null,
        events: '[]',
        tracks: '[]',
        secret,
        previous_secret: null,
        previous_secret_expires_at: null,
        enabled: true,
        disabled_reason: null,
        failing_since: null,
        created_at: now,
        updated_at: now,
        disabled_at: null,
      });
    }
    await db.insertInto('webhooks').values(rows).execute();
  }
}

/** The product path: event -> compose job -> fan-out (one delivery row each) -> signed POSTs. */
async function throughTheNotifier(receiver: Receiver): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-'));
  const scratch = POSTGRES_SERVER ? await createScratchDatabase(POSTGRES_SERVER) : null;
  const config = parseConfig({
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `dwbench_wh_${randomBytes(3).toString('hex')}`,
    ALLOW_PRIVATE_NETWORK: 'true',
    SCHEDULERS: 'false',
    LOG_LEVEL: 'silent',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
  });
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir, inMemory: !config.databaseUrl });
  await migrateToLatest(db);
  const app = await createApp({
    config,
    database: db,
    features: [NotifierModule, WebhookSettingsOverrideModule.with({})],
  });
  try {
    await app.init();
    const database = app.get<Database>(DATABASE);
    await insertEndpoints(database, receiver.url, ENDPOINTS);
    await app.get(EventsRepository).record(event);
    const notify = app.get(QueueRegistry).get(QUEUE_NAMES.notify);
    const receipts = receiver.expect(ENDPOINTS, TIME_LIMIT_MS);
    const postgres0 = scratch ? await postgresCpuSeconds(database) : NaN;
    const redis0 = await redisCpuSeconds(config.redisUrl);
    const t0 = Date.now();
    const cpu0 = process.cpuUsage();
    await enqueue(notify, 'composeNotification', { eventId: event.id });
    const figures = summarise('webhooks', t0, await receipts, cpu0);
    const perDelivery = (seconds: number) => Math.round((seconds * 1e6) / ENDPOINTS);
    return {
      ...figures,
      webhooks_redis_cpu_us_per_delivery: perDelivery((await redisCpuSeconds(config.redisUrl)) - redis0),
      webhooks_postgres_cpu_us_per_delivery: perDelivery((await postgresCpuSeconds(database)) - postgres0),
    };
  } finally {
    const names = app.get(QueueRegistry).all.map((queue) => queue.name);
    await app.close();
    await obliterate(names, config.queuePrefix, config.redisUrl);
    await db.destroy();
    await scratch?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** CPU seconds the Redis server has used (shared with whatever else uses it: read as an estimate). */
async function redisCpuSeconds(redisUrl: string): Promise<number> {
  const redis = new Redis(redisUrl);
  try {
    const info = await redis.info('cpu');
    const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
    return field('used_cpu_user') + field('used_cpu_sys');
  } finally {
    redis.disconnect();
  }
}

/**
 * CPU seconds used by this run's PostgreSQL backends (the scratch database's own connections, read
 * from /proc when the server runs on this machine; NaN otherwise or on PGlite, which runs in this process).
 */
async function postgresCpuSeconds(db: Database): Promise<number> {
  const { rows } = await sql<{ pid: number }>`
    SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
  let ticks = 0;
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return NaN;
    }
  }
  return ticks / 100;
}

/** Empties the run's queues with fresh connections (the app's own are closed by then). */
async function obliterate(names: string[], prefix: string, redisUrl: string): Promise<void> {
  for (const name of names) {
    const queue = new Queue(name, { connection: bullConnection(redisUrl), prefix });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  const redis = new Redis(redisUrl);
  const leftovers = await redis.keys(`${prefix}:*`);
  if (leftovers.length > 0) await redis.del(...leftovers);
  redis.disconnect();
}

/** A throw-away database on the given server, dropped after the run. */
async function createScratchDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { Client } = await import('pg');
  const name = `dwbench_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The floor: the same POSTs as bare BullMQ jobs and node http, no database, no signing. */
async function bareFanOut(receiver: Receiver): Promise<Record<string, number>> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const connection = bullConnection(redisUrl);
  const prefix = `dwbench_bare_${randomBytes(3).toString('hex')}`;
  const queue = new Queue('bare', { connection, prefix });
  const agent = new http.Agent({ keepAlive: true, maxSockets: DEFAULT_WEBHOOK_SETTINGS.maxSocketsPerHost });
  const body = webhookBody(event);
  const worker = new Worker(
    'bare',
    (job: Job<{ url: string }>) =>
      new Promise<void>((resolve, reject) => {
        const req = http.request(job.data.url, {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        });
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        req.on('error', reject);
        req.end(body);
      }),
    { connection, prefix, concurrency: CONCURRENCY },
  );
  try {
    const receipts = receiver.expect(ENDPOINTS, TIME_LIMIT_MS);
    const redis0 = await redisCpuSeconds(redisUrl);
    const t0 = Date.now();
    const cpu0 = process.cpuUsage();
    for (let start = 0; start < ENDPOINTS; start += 1000) {
      const jobs = [];
      for (let i = start; i < Math.min(ENDPOINTS, start + 1000); i++) {
        jobs.push({ name: 'post', data: { url: `${receiver.url}/bare/${i}` } });
      }
      await queue.addBulk(jobs);
    }
    const figures = summarise('bare', t0, await receipts, cpu0);
    const redisSeconds = (await redisCpuSeconds(redisUrl)) - redis0;
    return { ...figures, bare_redis_cpu_us_per_delivery: Math.round((redisSeconds * 1e6) / ENDPOINTS) };
  } finally {
    await worker.close();
    await queue.close();
    await obliterate(['bare'], prefix, redisUrl);
    agent.destroy();
  }
}

/**
 * 10,000 endpoints (distinct paths on one loopback receiver) each receiving one event, through the
 * notifier, beside a bare BullMQ-plus-HTTP fan-out of the same size. Latency is event -> receipt.
 */
export async function run(): Promise<Record<string, number | string>> {
  const receiver = await startReceiver();
  try {
    const bare = await bareFanOut(receiver);
    const product = await throughTheNotifier(receiver);
    const figures: Record<string, number | string> = {
      endpoints: ENDPOINTS,
      worker_concurrency: CONCURRENCY,
      database: POSTGRES_SERVER ? 'postgresql (scratch database)' : 'pglite (in memory)',
      time_limit_ms: TIME_LIMIT_MS,
      ...product,
      ...bare,
      ratio_total: round(product.webhooks_total_ms / bare.bare_total_ms),
      ratio_p50: round(product.webhooks_p50_ms / bare.bare_p50_ms),
      ratio_p99: round(product.webhooks_p99_ms / bare.bare_p99_ms),
      ratio_cpu_per_delivery: round(product.webhooks_cpu_us_per_delivery / bare.bare_cpu_us_per_delivery),
      load_average_1m: round(os.loadavg()[0]),
    };
    // An endpoint not reached within the limit makes a figure unbounded: say so in words. A figure
    // that cannot be measured here (PostgreSQL CPU on PGlite, which runs in this process) is NaN.
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number' && Number.isNaN(value)) figures[key] = 'not measured';
      else if (typeof value === 'number' && !Number.isFinite(value))
        figures[key] = `over ${TIME_LIMIT_MS} ms (not all received)`;
    }
    return figures;
  } finally {
    await receiver.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

if (require.main === module) {
  run()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
