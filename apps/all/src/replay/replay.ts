import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { stringify } from 'yaml';
import { type DigestSchedule, nextDigestAt, parseTracksFile, planFor, SimulatedClock } from '@dw/domain';
import {
  createApp,
  FeedsRepository,
  migrateToLatest,
  type Database,
  openDatabase,
  parseConfig,
  projectRoot,
  QueueRegistry,
} from '@dw/platform';
import { CountdownService } from '../../../notifier/src/schedule/countdown.service';
import { DigestService } from '../../../notifier/src/schedule/digest.service';
import { PollPlanner } from '../../../poller/src/poll-planner';
import { ALL_SERVICES } from '../all-services';
import { type ArchivedArticle, loadArchive } from './archive';
import { startArchiveServer } from './archive-server';
import type { ReplayEntry } from './replay-log';
import { ReplayRecorder } from './replay-recorder';

export interface ReplayOptions {
  redisUrl: string;
  from?: Date;
  to?: Date;
  /** Archive files or folders; default: archive/ and DATA_DIR/archive/. */
  articles?: string[];
  dataDir?: string;
  onEntry?: (entry: ReplayEntry) => void;
}

export interface ReplayResult {
  entries: ReplayEntry[];
  articles: number;
  steps: number;
  elapsedMs: number;
  from: string;
  to: string;
  /** The replay's own queue prefix in Redis; nothing under it is left once the replay returns. */
  queuePrefix: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function defaultArchivePaths(dataDir: string): string[] {
  return [path.join(projectRoot(), 'archive'), path.join(dataDir, 'archive')];
}

/**
 * Runs archived coverage through the real services on real queues: the archive is served as a feed
 * on loopback, a simulated clock steps through the period, and every stage does its own work.
 */
export async function runReplay(options: ReplayOptions): Promise<ReplayResult> {
  const started = Date.now();
  const articles = loadArchive(options.articles ?? defaultArchivePaths(options.dataDir ?? './data'));
  if (articles.length === 0) throw new Error('the archive is empty: nothing to replay');
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-replay-'));
  const tracksFile = writeReplayTracks(workDir);
  const from = options.from ?? new Date(startOfDay(Date.parse(articles[0].published)) - DAY);
  const clock = new SimulatedClock(from);
  const server = await startArchiveServer(articles, clock);
  const db = await openDatabase({ dataDir: workDir, inMemory: true });
  await migrateToLatest(db);
  let app: INestApplication | undefined;
  const queuePrefix = `replay-${randomBytes(4).toString('hex')}`;
  try {
    const config = parseConfig({
      REDIS_URL: options.redisUrl,
      DATA_DIR: workDir,
      TRACKS_FILE: tracksFile,
      QUEUE_PREFIX: queuePrefix,
      SCHEDULERS: 'false',
      ALLOW_PRIVATE_NETWORK: 'true',
      API_TOKEN: randomBytes(16).toString('hex'),
      SECRET_KEY: randomBytes(16).toString('hex'),
      LOG_LEVEL: 'silent',
      PORT: '0',
    });
    app = await createApp({ config, features: ALL_SERVICES, clock, database: db });
    await app.listen(0, '127.0.0.1');
    const port = ((app.getHttpServer() as import('node:http').Server).address() as { port: number }).port;
    await addDemoAudience(db, config.apiToken!, server.webhookUrl, from, `http://127.0.0.1:${port}`);
    for (const feed of server.feeds) {
      await app
        .get(FeedsRepository)
        .upsert({ trackId: 'kr-us', url: feed.url, source: feed.source, origin: 'api' });
    }

    const recorder = new ReplayRecorder(db, options.onEntry);
    const lastArticle = Date.parse(articles[articles.length - 1].published);
    let steps = 0;
    const planner = app.get(PollPlanner);
    const countdown = app.get(CountdownService);
    const digests = app.get(DigestService);
    const queues = app.get(QueueRegistry).all;
    const horizon = (): number => {
      if (options.to) return options.to.getTime();
      return Math.max(lastArticle + DAY, ...recorder.deadlines().map((d) => d + DAY));
    };
    for (let at = from.getTime(); at <= horizon();) {
      clock.set(at);
      await planner.enqueueDue();
      await drain(queues);
      const fired = await countdown.check();
      const sent = await digests.tick();
      await drain(queues);
      await recorder.collect(clock.now(), fired, sent);
      steps++;
      at = nextStop(at, articles, await trackDeadlines(db), horizon());
    }
    const entries = recorder.entries();
    return {
      entries,
      articles: articles.length,
      steps,
      elapsedMs: Date.now() - started,
      from: from.toISOString(),
      to: new Date(Math.min(horizon(), clock.now().getTime())).toISOString(),
      queuePrefix,
    };
  } finally {
    if (app) {
      await app.get(QueueRegistry).obliterateAll();
      await app.close();
    }
    await db.destroy().catch(() => undefined);
    await server.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** The shipped tracks with one local feed and no deadline: the coverage itself sets and moves it. */
function writeReplayTracks(workDir: string): string {
  const shipped = path.join(projectRoot(), 'config', 'tracks.yaml');
  const tracks = parseTracksFile(fs.readFileSync(shipped, 'utf8'), shipped);
  const file = path.join(workDir, 'tracks.yaml');
  fs.writeFileSync(
    file,
    stringify({
      tracks: tracks.map((t) => ({
        id: t.id,
        name: t.name,
        parties: t.parties,
        keywords: t.keywords,
        deadline: null,
        feeds: [],
      })),
    }),
  );
  return file;
}

async function addDemoAudience(
  db: Database,
  apiToken: string,
  webhookUrl: string,
  from: Date,
  base: string,
): Promise<void> {
  await db
    .insertInto('subscribers')
    .values({
      email: 'desk@replay.example',
      tracks: JSON.stringify([]),
      events: JSON.stringify([]),
      digest: DEMO_DIGEST.cadence,
      digest_weekday: DEMO_DIGEST.weekday ?? null,
      digest_time: DEMO_DIGEST.time,
      timezone: DEMO_DIGEST.timezone,
      confirmed_at: from,
      unsubscribed_at: null,
      bounced_at: null,
      bounce_reason: null,
      confirmation_sent_at: from,
      last_digest_at: null,
      created_at: from,
    })
    .execute();
  const res = await fetch(`${base}/api/webhooks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      url: webhookUrl,
      description: 'replay demo receiver',
      events: ['status.changed', 'deadline.changed', 'deadline.countdown'],
    }),
  });
  if (res.status !== 201)
    throw new Error(`registering the demo webhook failed: ${res.status} ${await res.text()}`);
}

async function trackDeadlines(db: Database): Promise<number[]> {
  const rows = await db
    .selectFrom('tracks')
    .select('deadline_at')
    .where('deadline_at', 'is not', null)
    .execute();
  return rows.map((r) => r.deadline_at!.getTime());
}

export const DEMO_DIGEST: DigestSchedule = {
  cadence: 'weekly',
  weekday: 1,
  time: '08:00',
  timezone: 'Asia/Seoul',
};

/**
 * The next moment worth looking at: just after an article appears (and an hour later, for a poll
 * cadence that had not come round yet), each countdown milestone, each digest slot, and the horizon.
 */
function nextStop(at: number, articles: ArchivedArticle[], deadlines: number[], horizon: number): number {
  const candidates: number[] = [];
  for (const a of articles) {
    const published = Date.parse(a.published);
    for (const t of [published + 60_000, published + HOUR]) if (t > at) candidates.push(t);
  }
  for (const deadline of deadlines) {
    for (const milestone of planFor(new Date(deadline))) {
      const t = milestone.at.getTime() + 1000;
      if (t > at) candidates.push(t);
    }
  }
  const digest = nextDigestAt(DEMO_DIGEST, new Date(at));
  if (digest) candidates.push(digest.getTime() + 1000);
  return Math.min(...candidates.filter((t) => t > at && t <= horizon), horizon + 1);
}

async function drain(queues: import('bullmq').Queue[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    let busy = 0;
    for (const queue of queues) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      busy += Object.values(counts).reduce((a, b) => a + b, 0);
    }
    quiet = busy === 0 ? quiet + 1 : 0;
    if (Date.now() > deadline) throw new Error('the queues did not drain in time');
    await new Promise((resolve) => setTimeout(resolve, busy === 0 ? 5 : 15));
  }
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}
