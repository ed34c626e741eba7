import * as fs from 'node:fs';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@dw/contracts';
import { bullConnection, type Database, openDatabase, poolSizeFor } from '@dw/platform';
import { type AppProcess, startAppProcess } from './app-process';
import { freePort, sleep } from '../support/ports';
import { type FaultResult, feedTally, tally } from './results';
import { API_TOKEN, DEFAULT_SIZE, flapFeed, injectEvents, populate, type RunSize } from './workload';
import type { World } from './world';

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
