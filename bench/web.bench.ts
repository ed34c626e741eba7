import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import { SimulatedClock, type SignalType, type TrackStatus } from '@dw/domain';
import {
  ArticlesRepository,
  createApp,
  EventsRepository,
  migrateToLatest,
  openDatabase,
  parseConfig,
} from '@dw/platform';
import { NotifierModule } from '../apps/notifier/src/notifier.module';

/** Status page, API and feeds served from a realistic history: 3 tracks, 20 status changes and 10 articles each. */
const REQUESTS = Number(process.env.BENCH_WEB_REQUESTS ?? 200);
const STATUSES: TrackStatus[] = ['negotiating', 'stalled', 'negotiating', 'deal_reached'];
const SIGNALS: SignalType[] = ['talks_held', 'no_breakthrough', 'tariff_threatened', 'talks_scheduled'];

async function seed(app: INestApplication, trackIds: string[]): Promise<void> {
  const events = app.get(EventsRepository);
  const articles = app.get(ArticlesRepository);
  for (const trackId of trackIds) {
    for (let i = 0; i < 20; i++) {
      const at = new Date(Date.UTC(2025, 6, 1 + i, 9)).toISOString();
      await events.record({
        id: `status.changed:${trackId}:bench-${i}`,
        type: 'status.changed',
        trackId,
        occurredAt: at,
        data: {
          from: STATUSES[(i + 3) % 4],
          to: STATUSES[i % 4],
          evidence: [0, 1, 2].map((k) => ({
            articleId: `${trackId}-${i}-${k}`,
            title: `Negotiators meet again in round ${i} <${k}>`,
            url: `https://news.example/${trackId}/${i}/${k}`,
            source: 'Bench Daily',
            publishedAt: at,
            signal: SIGNALS[k],
            sentence: `Officials said round ${i} ended & that talks will continue next week (${k}).`,
          })),
        },
      });
    }
    for (let i = 0; i < 10; i++) {
      const id = `${trackId}-article-${i}`;
      await articles.insertNew(
        {
          id,
          url: `https://news.example/${id}`,
          title: `Tariff talks: day ${i} of the final stretch`,
          text: 'text',
          publishedAt: new Date(Date.UTC(2025, 6, 20 + i)).toISOString(),
          source: 'Bench Daily',
          trackIds: [trackId],
        },
        new Date(Date.UTC(2025, 6, 20 + i)),
      );
      await articles.saveClassification(
        {
          id,
          relevant: true,
          tracks: [trackId],
          signals: SIGNALS.map((type, k) => ({
            type,
            confidence: 0.9 - k / 10,
            evidence: `Ministers will meet on July 31 to settle item ${k}.`,
          })),
          deadline: '2025-08-01',
          tariff_rates: [25],
        },
        'bench',
        new Date(Date.UTC(2025, 6, 20 + i)),
      );
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(
  url: string,
  count: number,
): Promise<{ p50: number; p95: number; bytes: number; gzip: number }> {
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const res = await fetch(url);
    body = await res.text();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    bytes: Buffer.byteLength(body),
    gzip: gzipSync(body).length,
  };
}

export async function run(): Promise<Record<string, number | string>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-web-'));
  const config = parseConfig({
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `dwbench_${randomBytes(3).toString('hex')}`,
    SECRET_KEY: randomBytes(24).toString('hex'),
    SCHEDULERS: 'false',
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const db = await openDatabase({ dataDir, inMemory: true });
  await migrateToLatest(db);
  const app = await createApp({
    config,
    database: db,
    features: [NotifierModule],
    clock: new SimulatedClock('2025-07-28T00:00:00Z'),
  });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as import('node:http').Server).address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    await seed(app, ['kr-us', 'jp-us', 'eu-us']);
    await measure(`${base}/`, 10);
    const page = await measure(`${base}/`, REQUESTS);
    const api = await measure(`${base}/api/tracks/kr-us`, REQUESTS);
    const atom = await measure(`${base}/feed.atom`, Math.ceil(REQUESTS / 4));
    const ics = await measure(`${base}/calendar.ics`, Math.ceil(REQUESTS / 4));
    return {
      'web.requests': REQUESTS,
      'web.page.p50_ms': page.p50,
      'web.page.p95_ms': page.p95,
      'web.page.bytes': page.bytes,
      'web.page.gzip_bytes': page.gzip,
      'web.api_track.p50_ms': api.p50,
      'web.api_track.p95_ms': api.p95,
      'web.feed_atom.p50_ms': atom.p50,
      'web.calendar_ics.p50_ms': ics.p50,
      'web.calendar_ics.bytes': ics.bytes,
    };
  } finally {
    await app.close();
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
