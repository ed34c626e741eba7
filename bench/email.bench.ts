import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sql } from 'kysely';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
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
import { EmailMessages } from '../apps/notifier/src/email/email-messages';
import { EmailProcessor } from '../apps/notifier/src/email/email.processor';
import { NotifierModule } from '../apps/notifier/src/notifier.module';
import {
  bareNodemailerPool,
  POOL_CONNECTIONS,
  progress,
  round,
  type Sent,
  type Sink,
  startSink,
} from './email-support';
import { sampleStatusEvent } from './sample-event';

/** Scale down with BENCH_EMAIL_SUBSCRIBERS; the whole run stops after BENCH_EMAIL_TIME_LIMIT_MS. */
const SUBSCRIBERS = Number(process.env.BENCH_EMAIL_SUBSCRIBERS ?? 10_000);
const TIME_LIMIT_MS = Number(process.env.BENCH_EMAIL_TIME_LIMIT_MS ?? 120_000);
const DEFAULT_POOL_SAMPLE = 500;
const SAMPLE_LIMIT_MS = 7_000;
const BARE_RESERVE_MS = 30_000;

const event = sampleStatusEvent(`status.changed:kr-us:bench-${randomBytes(4).toString('hex')}`);

const ZONES = ['Asia/Seoul', 'America/New_York', 'Europe/London', 'UTC'];

async function insertSubscribers(db: Database, count: number): Promise<void> {
  const now = new Date();
  for (let start = 0; start < count; start += 1000) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + 1000); i++) {
      rows.push({
        email: `reader${i}@bench.example`,
        tracks: '[]',
        events: '[]',
        digest: 'off',
        digest_weekday: null,
        digest_time: '08:00',
        timezone: ZONES[i % ZONES.length],
        confirmed_at: now,
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        confirmation_sent_at: now,
        last_digest_at: null,
        created_at: now,
      });
    }
    await db.insertInto('subscribers').values(rows).execute();
  }
}

/**
 * The product path: event -> compose job -> subscribers paged, one body per zone, one delivery row
 * per subscriber -> send jobs of 50 deliveries -> pooled SMTP (SMTP_POOL_SIZE connections).
 */
async function throughThePipeline(
  sink: Sink,
  deadline: number,
): Promise<{ figures: Record<string, number>; messages: Sent[] }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-bench-email-'));
  const config = parseConfig({
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    DATA_DIR: dataDir,
    QUEUE_PREFIX: `dwbench_${randomBytes(3).toString('hex')}`,
    SMTP_URL: sink.url,
    SMTP_POOL_SIZE: String(POOL_CONNECTIONS),
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
  try {
    const database = app.get<Database>(DATABASE);
    await database
      .insertInto('tracks')
      .values({
        id: 'kr-us',
        name: 'South Korea – United States',
        parties: '[]',
        keywords: '[]',
        deadline_at: new Date(Date.now() + 5 * 86_400_000),
        deadline_timezone: 'America/New_York',
        status: 'deal_reached',
        state: '{}',
        updated_at: new Date(),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await insertSubscribers(database, SUBSCRIBERS);
    progress(`${SUBSCRIBERS} subscribers inserted`);
    await app.get(EventsRepository).record(event);
    const arrivals = sink.expect(SUBSCRIBERS, Math.max(5_000, deadline - Date.now()));
    const t0 = Date.now();
    await enqueue(app.get(QueueRegistry).get(QUEUE_NAMES.notify), 'composeNotification', {
      eventId: event.id,
    });
    const { received, lastAt } = await arrivals;
    progress(`pipeline: ${received} received`);
    const composed = await database
      .selectFrom('deliveries')
      .select((eb) => eb.fn.max('created_at').as('last'))
      .where('event_id', '=', event.id)
      .executeTakeFirst();
    const composeSeconds = composed?.last ? (new Date(composed.last).getTime() - t0) / 1000 : NaN;
    const seconds = ((received === SUBSCRIBERS ? lastAt : Date.now()) - t0) / 1000;
    const rows = await database
      .selectFrom('deliveries')
      .innerJoin('subscribers', 'subscribers.id', 'deliveries.recipient_id')
      .select(['subscribers.email', 'deliveries.recipient_id', 'deliveries.subject', 'deliveries.body'])
      .where('deliveries.event_id', '=', event.id)
      .execute();
    // The same messages the pipeline sent: each zone's shared body with the recipient's own links.
    const messages = app.get(EmailMessages);
    const bodies = new Map<
      number,
      { subject: string; html: string; text: string; headers: Record<string, string> }
    >();
    for (const row of await database.selectFrom('email_bodies').select(['id', 'subject', 'body']).execute()) {
      const body = row.body as { html: string; text: string; headers: Record<string, string> };
      bodies.set(row.id, { subject: row.subject, ...body });
    }
    progress(`${rows.length} rendered messages read back`);
    return {
      figures: {
        pipeline_received: received,
        pipeline_compose_seconds: round(composeSeconds),
        pipeline_seconds: round(seconds),
        pipeline_messages_per_second: round(received / seconds),
      },
      messages: rows.map((row) => {
        const ref = row.body as { bodyId: number };
        const template = bodies.get(ref.bodyId);
        if (!template) throw new Error(`delivery body ${ref.bodyId} is missing`);
        return { to: row.email, ...messages.personalize(template, row.recipient_id) };
      }),
    };
  } finally {
    // Left-over send jobs are dropped before closing: closing first would leave obliterate waiting
    // on closed connections (and Node exiting with nothing printed).
    const queues = app.get(QueueRegistry).all;
    await app.get(EmailProcessor).worker.close(true);
    for (const queue of queues) await queue.pause().catch(() => undefined);
    for (const queue of queues) await queue.obliterate({ force: true }).catch(() => undefined);
    await app.close();
    progress('pipeline app closed');
    if (schema) await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db).catch(() => undefined);
    await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Messages per second for SUBSCRIBERS subscribers to a local SMTP sink through the pipeline
 * (compose job renders per recipient and records deliveries, one send job each, pooled SMTP),
 * beside a bare nodemailer pool sending the same rendered messages in the same run.
 */
export async function run(): Promise<Record<string, number | string>> {
  const sink = await startSink();
  const started = Date.now();
  try {
    // What the two bare runs need (10,000 messages take ~15 s on a busy 2-core box) is kept back.
    const pipeline = await throughThePipeline(sink, started + TIME_LIMIT_MS - BARE_RESERVE_MS);
    const left = Math.max(10_000, TIME_LIMIT_MS - (Date.now() - started) - SAMPLE_LIMIT_MS);
    const bare = await bareNodemailerPool(sink, pipeline.messages, left, { noDelay: true, label: 'bare' });
    // nodemailer as configured out of the box (Nagle on), on a sample: what the socket change buys.
    const sample = pipeline.messages.slice(0, DEFAULT_POOL_SAMPLE);
    const stock = await bareNodemailerPool(sink, sample, SAMPLE_LIMIT_MS, {
      noDelay: false,
      label: 'stock_pool_sample',
    });
    return {
      subscribers: SUBSCRIBERS,
      smtp_pool_connections: POOL_CONNECTIONS,
      database: process.env.BENCH_DATABASE_URL ? 'postgresql' : 'pglite (in memory)',
      ...pipeline.figures,
      ...bare,
      complete:
        pipeline.figures.pipeline_received === SUBSCRIBERS && bare.bare_received === SUBSCRIBERS
          ? 'yes'
          : 'no: rates over what arrived within the time limit',
      ratio_pipeline_to_bare: round(
        pipeline.figures.pipeline_messages_per_second / bare.bare_messages_per_second,
      ),
      ...stock,
    };
  } finally {
    await sink.close();
  }
}

if (require.main === module) {
  run()
    .then((figures) => console.log(JSON.stringify(figures, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
