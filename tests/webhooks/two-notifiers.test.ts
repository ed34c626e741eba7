import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { Queue } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import { generateWebhookSecret } from '@dw/domain/webhooks';
import { bullConnection, type Database, EventsRepository, migrateToLatest, openDatabase } from '@dw/platform';
import { eventually, TEST_DATABASE_URL, TEST_REDIS_URL, tempDir, uniqueName } from '../support/env';
import { freePort } from '../support/ports';
import { TEST_TRACKS_FILE } from '../support/seeds';
import { statusEvent } from './support';

/**
 * Two real notifier processes (dist/apps/notifier/src/main.js) against one Redis and one
 * PostgreSQL database, and a receiver that verifies every request with the official
 * standardwebhooks library and dedupes on (endpoint, webhook-id). Bounded: ENDPOINTS endpoints,
 * about a minute on a loaded 2-core machine.
 */
const ENDPOINTS = Number(process.env.DW_TWO_NOTIFIERS_ENDPOINTS ?? 2000);
const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/notifier/src/main.js');

interface Receipts {
  /** endpoint path -> webhook-ids received (each once) */
  distinct: Map<string, Set<string>>;
  /** the same (endpoint, webhook-id) received again: a resend after an unknown outcome */
  sameIdResends: number;
  badSignatures: number;
}

function countFor(receipts: Receipts, eventId: string): number {
  let n = 0;
  for (const ids of receipts.distinct.values()) if (ids.has(eventId)) n += 1;
  return n;
}

async function startReceiver(
  secret: string,
): Promise<{ url: string; receipts: Receipts; close(): Promise<void> }> {
  const receipts: Receipts = { distinct: new Map(), sameIdResends: 0, badSignatures: 0 };
  const verifier = new Webhook(secret);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        verifier.verify(body, {
          'webhook-id': String(req.headers['webhook-id']),
          'webhook-timestamp': String(req.headers['webhook-timestamp']),
          'webhook-signature': String(req.headers['webhook-signature']),
        });
      } catch {
        receipts.badSignatures += 1;
        res.writeHead(400).end();
        return;
      }
      const id = String(req.headers['webhook-id']);
      const seen = receipts.distinct.get(req.url!) ?? new Set<string>();
      if (seen.has(id)) receipts.sameIdResends += 1;
      seen.add(id);
      receipts.distinct.set(req.url!, seen);
      res.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    receipts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface NotifierProcess {
  port: number;
  child: ChildProcess;
  metric(name: string): Promise<number>;
}

async function startNotifier(env: Record<string, string>, log: string): Promise<NotifierProcess> {
  const port = await freePort();
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', out, out],
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => {
    if (child.exitCode !== null)
      throw new Error(`notifier exited: ${fs.readFileSync(log, 'utf8').slice(-2000)}`);
    const res = await fetch(`${url}/health`);
    expect(res.status).toBe(200);
  }, 60_000);
  return {
    port,
    child,
    async metric(name) {
      const text = await (await fetch(`${url}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(name));
      return Number(line?.split(' ').pop() ?? 0);
    },
  };
}

describe('two notifier processes, one Redis and one PostgreSQL', () => {
  const secret = generateWebhookSecret(randomBytes);
  const dbName = uniqueName('dwtest_two').toLowerCase();
  const prefix = uniqueName('dwtest');
  const logDir = tempDir('dw-two-notifiers-');
  let db: Database;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let notify: Queue;
  const notifiers: NotifierProcess[] = [];

  async function admin(statement: string): Promise<void> {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.js')], { cwd: ROOT, stdio: 'ignore' });
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${dbName}`;
    db = await openDatabase({ databaseUrl: url.toString(), dataDir: tempDir() });
    await migrateToLatest(db);
    receiver = await startReceiver(secret);
    const now = new Date();
    for (let start = 0; start < ENDPOINTS; start += 1000) {
      const rows = [];
      for (let i = start; i < Math.min(ENDPOINTS, start + 1000); i++) {
        rows.push({
          id: `wh_two_${i}`,
          url: `${receiver.url}/hook/${i}`,
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
    const env = {
      REDIS_URL: TEST_REDIS_URL,
      DATABASE_URL: url.toString(),
      QUEUE_PREFIX: prefix,
      ALLOW_PRIVATE_NETWORK: 'true',
      SCHEDULERS: 'false',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      API_TOKEN: 'test-token-0123456789',
      SECRET_KEY: 'test-secret-0123456789abcdef',
      TRACKS_FILE: TEST_TRACKS_FILE,
      // A killed process's deliveries go to the other one after about 5 s instead of 30. Shorter
      // locks make a starved event loop (load 25 on 2 cores) look dead: its jobs get handed out
      // again and sent again with the same id (counted, as below).
      WEBHOOK_LOCK_MS: '5000',
    };
    for (const name of ['a', 'b']) {
      notifiers.push(await startNotifier({ ...env, DATA_DIR: tempDir() }, path.join(logDir, `${name}.log`)));
    }
    notify = new Queue(QUEUE_NAMES.notify, { connection: bullConnection(TEST_REDIS_URL), prefix });
  }, 120_000);

  afterAll(async () => {
    const running = notifiers.filter((n) => n.child.exitCode === null && n.child.signalCode === null);
    const exited = running.map((n) => new Promise<void>((resolve) => n.child.once('exit', () => resolve())));
    for (const n of running) n.child.kill('SIGTERM');
    await Promise.all(exited);
    await notify?.obliterate({ force: true }).catch(() => undefined);
    await notify?.close();
    await receiver?.close();
    await db?.destroy();
    await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
  });

  async function publish(): Promise<string> {
    const event = statusEvent();
    await new EventsRepository(db).record(event);
    await enqueue(notify, 'composeNotification', { eventId: event.id });
    return event.id;
  }

  it(`deliver one event to each of ${ENDPOINTS} endpoints exactly once, sharing the work`, async () => {
    const eventId = await publish();
    await eventually(() => expect(countFor(receiver.receipts, eventId)).toBe(ENDPOINTS), 90_000);
    await new Promise((r) => setTimeout(r, 500));
    // Once per endpoint as seen by an id-deduping receiver; a same-id resend (a worker that looked
    // dead to BullMQ) must have been counted as an unknown outcome by the process that sent it.
    const counted = await Promise.all(
      notifiers.map((n) => n.metric('dw_delivery_unknown_outcome_resends_total{channel="webhook"}')),
    );
    expect(receiver.receipts.sameIdResends).toBeLessThanOrEqual(counted[0] + counted[1]);
    expect(receiver.receipts.badSignatures).toBe(0);
    const delivered = await Promise.all(
      notifiers.map((n) => n.metric('dw_deliveries_total{channel="webhook",outcome="delivered"}')),
    );
    expect(delivered[0] + delivered[1]).toBe(ENDPOINTS + receiver.receipts.sameIdResends);
    expect(Math.min(...delivered)).toBeGreaterThan(0);
  }, 120_000);

  it('still delivers to every endpoint when one process is SIGKILLed mid-fan-out; resends keep their id and are counted', async () => {
    const before = receiver.receipts.sameIdResends;
    const countedBefore = await notifiers[1].metric(
      'dw_delivery_unknown_outcome_resends_total{channel="webhook"}',
    );
    const eventId = await publish();
    await eventually(
      () => expect(countFor(receiver.receipts, eventId)).toBeGreaterThan(ENDPOINTS / 5),
      60_000,
      5,
    );
    const [killed, survivor] = notifiers;
    killed.child.kill('SIGKILL');
    const receivedAtKill = countFor(receiver.receipts, eventId);
    expect(receivedAtKill).toBeLessThan(ENDPOINTS);
    await eventually(() => expect(countFor(receiver.receipts, eventId)).toBe(ENDPOINTS), 90_000);
    await new Promise((r) => setTimeout(r, 1000));
    const resends = receiver.receipts.sameIdResends - before;
    const counted =
      (await survivor.metric('dw_delivery_unknown_outcome_resends_total{channel="webhook"}')) - countedBefore;
    // Every same-id resend the receiver saw was counted by the notifier that sent it.
    expect(resends).toBeLessThanOrEqual(counted);
    expect(receiver.receipts.badSignatures).toBe(0);
    const statuses = await db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<string>().as('n')])
      .where('event_id', '=', eventId)
      .groupBy('status')
      .execute();
    expect(statuses.map((s) => [s.status, Number(s.n)])).toEqual([['sent', ENDPOINTS]]);
    console.log(
      `two notifiers, ${ENDPOINTS} endpoints, one SIGKILLed after ${receivedAtKill} receipts: ` +
        `${countFor(receiver.receipts, eventId)} distinct deliveries, ${resends} same-id resends, ${counted} counted as unknown outcome`,
    );
  }, 120_000);
});
