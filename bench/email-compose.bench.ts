import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import {
  createApp,
  type Database,
  DATABASE,
  EventsRepository,
  migrateToLatest,
  openDatabase,
  parseConfig,
  QueueRegistry,
} from '@dw/platform';
import { EmailChannel } from '../apps/notifier/src/email/email-channel';
import { EmailProcessor } from '../apps/notifier/src/email/email.processor';
import { NotifierModule } from '../apps/notifier/src/notifier.module';
import { progress, round } from './email-support';
import { sampleStatusEvent } from './sample-event';

/**
 * Composition of one alert for many subscribers (EmailChannel.fanOut: subscribers paged by id,
 * one body per zone, one delivery row each, send jobs of 50 enqueued) with memory sampled every
 * 20 ms: peak heap and RSS above what the process held before. Run at two sizes, the peak should
 * not follow the count. Sizes with BENCH_COMPOSE_COUNTS (default 100000,1000000); PostgreSQL from
 * BENCH_DATABASE_URL (a schema of its own, dropped after), else PGlite in memory.
 */
const COUNTS = (process.env.BENCH_COMPOSE_COUNTS ?? '100000,1000000').split(',').map(Number);
const ZONES = ['Asia/Seoul', 'America/New_York', 'Europe/London', 'UTC'];

async function composeOnce(count: number): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-compose-'));
  const config = parseConfig({
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `dwbench_${randomBytes(3).toString('hex')}`,
    SECRET_KEY: randomBytes(24).toString('hex'),
    SCHEDULERS: 'false',
    LOG_LEVEL: 'silent',
    ...(process.env.BENCH_DATABASE_URL ? { DATABASE_URL: process.env.BENCH_DATABASE_URL } : {}),
  });
  const schema = config.databaseUrl ? `bench_${randomBytes(3).toString('hex')}` : undefined;
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir,
    inMemory: !config.databaseUrl,
    ...(schema ? { schema } : {}),
  });
  await migrateToLatest(db, schema);
  const app = await createApp({ config, database: db, features: [NotifierModule] });
  await app.init();
  // Composition only: nothing is sent.
  await app.get(EmailProcessor).worker.close();
  const database = app.get<Database>(DATABASE);
  try {
    await sql`
      INSERT INTO subscribers (email, tracks, events, digest, digest_time, timezone, confirmed_at, confirmation_sent_at, created_at)
      SELECT 'reader' || n || '@bench.example', '[]', '[]', 'off', '08:00',
             (ARRAY[${sql.join(ZONES)}])[1 + n % ${ZONES.length}], now(), now(), now()
      FROM generate_series(1, ${count}) AS n`.execute(database);
    progress(`compose: ${count} subscribers inserted`);
    const event = sampleStatusEvent(`status.changed:kr-us:compose-${randomBytes(4).toString('hex')}`);
    await app.get(EventsRepository).record(event);
    global.gc?.();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    }, 20);
    const t0 = Date.now();
    const recipients = await app.get(EmailChannel).fanOut(event);
    const seconds = (Date.now() - t0) / 1000;
    clearInterval(sampler);
    const rows = await database
      .selectFrom('deliveries')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('event_id', '=', event.id)
      .executeTakeFirstOrThrow();
    const mb = (bytes: number) => round(bytes / 1024 / 1024);
    progress(`compose: ${recipients} composed in ${seconds.toFixed(1)} s`);
    return {
      [`compose_${count}_recipients`]: recipients,
      [`compose_${count}_delivery_rows`]: Number(rows.n),
      [`compose_${count}_seconds`]: round(seconds),
      [`compose_${count}_per_second`]: round(recipients / seconds),
      [`compose_${count}_peak_heap_above_start_mb`]: mb(peakHeap - before.heapUsed),
      [`compose_${count}_peak_rss_above_start_mb`]: mb(peakRss - before.rss),
      [`compose_${count}_peak_rss_mb`]: mb(peakRss),
    };
  } finally {
    const queues = app.get(QueueRegistry).all;
    for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
    await app.close();
    if (schema) await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db).catch(() => undefined);
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {
    database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite (in memory)',
  };
  for (const count of COUNTS) Object.assign(figures, await composeOnce(count));
  return figures;
}

if (require.main === module) {
  run()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
