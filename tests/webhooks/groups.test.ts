import type { ServerResponse } from 'node:http';
import { Queue } from 'bullmq';
import { enqueue, JOBS, type JobPayload, QUEUE_NAMES } from '@dw/contracts';
import { SimulatedClock } from '@dw/domain';
import { bullConnection, QueueRegistry, WebhookDeliveriesRepository } from '@dw/platform';
import { DeliverySweep, SWEEP_GRACE_MS } from '../../apps/notifier/src/delivery-sweep';
import { WebhookProcessor } from '../../apps/notifier/src/webhooks/webhook.processor';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, openTestDatabase, TEST_REDIS_URL, uniqueName } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import {
  api,
  closeInOrder,
  countingRoute,
  FAST,
  features,
  KILLABLE,
  publish,
  register,
  statusEvent,
} from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** First attempts carried by group jobs (WEBHOOK_GROUP_SIZE): retries, sweep and crashes per delivery. */
describe('webhook group jobs', () => {
  let receiver: LocalServer;
  let t: TestApp;
  let queue: Queue;
  const clock = new SimulatedClock('2025-07-30T12:00:00Z');
  /** Requests by (path, webhook-id). */
  const requests = new Map<string, number>();
  const failFirst = new Set<string>();

  async function endpoints(paths: string[]): Promise<void> {
    for (const path of paths) {
      countingRoute(receiver, path, { requests, failFirst });
      await register(t, `${receiver.url}${path}`);
    }
  }

  async function sweep(): Promise<Record<string, number>> {
    clock.advance(SWEEP_GRACE_MS + 1000);
    return ((await t.app.get(DeliverySweep).run()) as { webhook: Record<string, number> }).webhook;
  }

  async function rowsOf(eventId: string): Promise<{ id: number; status: string }[]> {
    return t.db
      .selectFrom('deliveries')
      .select(['id', 'status'])
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();
  }

  async function jobIds(...states: ('wait' | 'delayed')[]): Promise<string[]> {
    return (await queue.getJobs(states)).map((job) => job.id!).sort();
  }

  beforeAll(async () => {
    receiver = await startLocalServer();
    t = await startTestApp({
      clock,
      features: features({ ...FAST, retryScheduleMs: [0, 3_000, 3_000], groupSize: 8 }),
    });
    queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.webhook);
  }, 60_000);

  afterEach(async () => {
    await queue.resume();
    const { body } = await api<{ id: string }[]>(t, 'GET', '/api/webhooks');
    for (const hook of body) await api(t, 'DELETE', `/api/webhooks/${hook.id}`);
  });

  afterAll(() => closeInOrder(t, receiver));

  it('sends a page of deliveries as one job; a failing endpoint retries only its own delivery', async () => {
    const ok = ['/g-ok-1', '/g-ok-2', '/g-ok-3'];
    await endpoints([...ok, '/g-failing']);
    failFirst.add('/g-failing');
    await queue.pause();
    const event = statusEvent();
    await publish(t, event);
    const [group] = await queue.getJobs(['wait']);
    expect(await queue.getJobCounts('wait')).toEqual({ wait: 1 });
    expect(group.name).toBe(JOBS.deliverWebhookGroup.name);
    expect((group.data as JobPayload<'deliverWebhookGroup'>).deliveries).toHaveLength(4);
    await queue.resume();

    await eventually(() => expect(requests.get(`/g-failing ${event.id}`)).toBe(1));
    const [retry] = await eventually(async () => {
      const delayed = await queue.getJobs(['delayed']);
      if (delayed.length === 0) throw new Error('no delayed retry yet');
      return delayed;
    });
    expect(retry.name).toBe(JOBS.deliverWebhook.name);
    expect(retry.id).toMatch(/^webhook-\d+-a1$/);
    await eventually(
      async () => expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(Array(4).fill('sent')),
      15_000,
    );
    await sleep(300);
    for (const path of ok) expect(requests.get(`${path} ${event.id}`)).toBe(1);
    expect(requests.get(`/g-failing ${event.id}`)).toBe(2);
    expect(await queue.getJobCounts('delayed', 'wait', 'failed')).toEqual({ delayed: 0, wait: 0, failed: 0 });
  }, 60_000);

  it('the sweep adds nothing while the group job waits, long past the grace, or is delayed', async () => {
    const paths = ['/g-wait-1', '/g-wait-2', '/g-wait-3'];
    await endpoints(paths);
    await queue.pause();
    const event = statusEvent();
    await publish(t, event);
    const [group] = await queue.getJobs(['wait']);
    expect(await sweep()).toEqual({ pending: 3, requeued: 0, retried: 0, stuck: 0 });
    expect(await jobIds('wait', 'delayed')).toEqual([group.id]);

    // The same job put back as delayed (as after an infrastructure failure's backoff).
    await group.remove();
    await enqueue(queue, 'deliverWebhookGroup', group.data as JobPayload<'deliverWebhookGroup'>, {
      delay: 1500,
    });
    expect(await sweep()).toEqual({ pending: 3, requeued: 0, retried: 0, stuck: 0 });
    expect(await jobIds('wait', 'delayed')).toEqual([group.id]);
    await queue.resume();
    await eventually(async () =>
      expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(Array(3).fill('sent')),
    );
    await sleep(300);
    for (const path of paths) expect(requests.get(`${path} ${event.id}`)).toBe(1);
  }, 60_000);

  it('the sweep re-enqueues exactly the undelivered members once the group job is gone', async () => {
    const paths = ['/g-lost-1', '/g-lost-2', '/g-lost-3', '/g-lost-4'];
    await endpoints(paths);
    await queue.pause();
    const event = statusEvent();
    await publish(t, event);
    expect(await queue.getJobCounts('wait')).toEqual({ wait: 1 });
    await queue.obliterate({ force: true }); // Redis lost the group job
    await queue.pause(); // (obliterate took the paused mark with it)
    // One member was delivered before the job was lost (its record made it).
    const rows = await rowsOf(event.id);
    await t.db.updateTable('deliveries').set({ status: 'sent' }).where('id', '=', rows[0].id).execute();

    expect(await sweep()).toEqual({ pending: 3, requeued: 3, retried: 0, stuck: 0 });
    expect(await jobIds('wait')).toEqual(
      rows
        .slice(1)
        .map((row) => `webhook-${row.id}-a0`)
        .sort(),
    );
    await queue.resume();
    await eventually(async () =>
      expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(Array(4).fill('sent')),
    );
    expect(await sweep()).toEqual({ pending: 0, requeued: 0, retried: 0, stuck: 0 });
    await sleep(300);
    expect(requests.get(`/g-lost-1 ${event.id}`)).toBeUndefined();
    for (const path of paths.slice(1)) expect(requests.get(`${path} ${event.id}`)).toBe(1);
  }, 60_000);
});

describe('a worker killed mid-group', () => {
  let receiver: LocalServer;
  let first: TestApp | undefined;
  let second: TestApp | undefined;

  afterAll(() => closeInOrder(first?.app, second, receiver));

  it('loses nothing: members delivered or on their own retry are not sent again, the rest are resent with the same webhook-id', async () => {
    receiver = await startLocalServer();
    const held: ServerResponse[] = [];
    const requests = new Map<string, number>();
    /** What a receiver deduping on webhook-id processes: a (endpoint, id) it has not seen before. */
    const processed: string[] = [];
    const paths = ['/k-slow', '/k-1', '/k-2', '/k-3', '/k-4'];
    for (const path of paths) {
      receiver.route(path, (req, res) => {
        const key = `${path} ${String(req.headers['webhook-id'])}`;
        requests.set(key, (requests.get(key) ?? 0) + 1);
        if (path === '/k-slow' && requests.get(key) === 1) {
          held.push(res); // the worker dies waiting for this answer
          return;
        }
        if (!processed.includes(key)) processed.push(key);
        res.writeHead(200).end('ok');
      });
    }
    receiver.route('/k-failing', (req, res) => {
      const key = `/k-failing ${String(req.headers['webhook-id'])}`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      res.writeHead(500).end('down');
    });
    const db = await openTestDatabase('pglite');
    const prefix = uniqueName('dwtest');
    // The failing member's retry waits a minute: a rerun of the group must leave it to that job.
    const settings = { ...KILLABLE, retryScheduleMs: [0, 60_000, 60_000], groupSize: 8 };
    first = await startTestApp({ db, env: { QUEUE_PREFIX: prefix }, features: features(settings) });
    for (const path of [...paths, '/k-failing']) await register(first, `${receiver.url}${path}`);
    const event = statusEvent();
    await publish(first, event);
    const rows = () =>
      db
        .selectFrom('deliveries as d')
        .innerJoin('webhooks as w', 'w.seq', 'd.recipient_id')
        .select(['d.id', 'd.status', 'w.url'])
        .where('d.event_id', '=', event.id)
        .orderBy('d.id')
        .execute();
    const statuses = async () =>
      (await rows()).filter((r) => !r.url.endsWith('/k-failing')).map((r) => r.status);
    const repo = first.app.get(WebhookDeliveriesRepository);
    const attemptsOf = async (suffix: string) =>
      (await repo.attemptsOfDelivery((await rows()).find((r) => r.url.endsWith(suffix))!.id)).map((a) => [
        a.attempt,
        a.outcome,
        a.trigger,
      ]);
    // Four members delivered and recorded, one failed with its retry a minute away; the sixth is
    // in flight when the process dies.
    await eventually(async () => expect((await statuses()).filter((s) => s === 'sent')).toHaveLength(4));
    await eventually(async () => expect(await attemptsOf('/k-failing')).toEqual([[0, 'retry', 'scheduled']]));
    expect(held).toHaveLength(1);
    await first.app.get(WebhookProcessor).worker!.close(true);

    second = await startTestApp({ db, env: { QUEUE_PREFIX: prefix }, features: features(settings) });
    await eventually(async () => expect(await statuses()).toEqual(Array(5).fill('sent')), 15_000);
    await sleep(300);
    expect(processed.sort()).toEqual(paths.map((path) => `${path} ${event.id}`).sort());
    for (const path of paths.slice(1)) expect(requests.get(`${path} ${event.id}`)).toBe(1);
    expect(requests.get(`/k-slow ${event.id}`)).toBe(2);
    expect(await attemptsOf('/k-slow')).toEqual([
      [0, 'interrupted', 'scheduled'],
      [0, 'success', 'redelivery'],
    ]);
    expect(requests.get(`/k-failing ${event.id}`)).toBe(1);
    expect(await attemptsOf('/k-failing')).toEqual([[0, 'retry', 'scheduled']]);
    for (const res of held) res.writeHead(500).end();
    await sleep(300);
    expect(await statuses()).toEqual(Array(5).fill('sent'));
  }, 90_000);
});

describe('a group member whose endpoint is saturated', () => {
  let receiver: LocalServer;
  let t: TestApp;
  let queue: Queue;

  beforeAll(async () => {
    receiver = await startLocalServer();
    // One request in flight per endpoint, and a request timeout long enough that a held request
    // keeps its endpoint saturated for as long as the test holds it.
    t = await startTestApp({
      features: features({ ...FAST, requestTimeoutMs: 10_000, perEndpointConcurrency: 1, groupSize: 8 }),
    });
    queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.webhook);
  }, 60_000);

  afterAll(() => closeInOrder(t, receiver));

  it('is handed to its own webhook-<id>-a0 job and delivered once; the rest of the group is not held or repeated', async () => {
    const held: ServerResponse[] = [];
    const requests = new Map<string, number>();
    /** What a receiver deduping on webhook-id processes: a (endpoint, id) it has not seen before. */
    const processed: string[] = [];
    const others = ['/s-1', '/s-2', '/s-3'];
    for (const path of ['/s-busy', ...others]) {
      receiver.route(path, (req, res) => {
        const key = `${path} ${String(req.headers['webhook-id'])}`;
        requests.set(key, (requests.get(key) ?? 0) + 1);
        if (!processed.includes(key)) processed.push(key);
        if (path === '/s-busy' && held.length === 0) {
          held.push(res); // the first request to /s-busy takes its only slot until released
          return;
        }
        res.writeHead(204).end();
      });
    }
    await register(t, `${receiver.url}/s-busy`);
    const before = statusEvent();
    await publish(t, before);
    await eventually(() => expect(held).toHaveLength(1));

    for (const path of others) await register(t, `${receiver.url}${path}`);
    await queue.pause();
    const event = statusEvent();
    await publish(t, event);
    const [group] = await queue.getJobs(['wait']);
    expect(group.name).toBe(JOBS.deliverWebhookGroup.name);
    expect((group.data as JobPayload<'deliverWebhookGroup'>).deliveries).toHaveLength(4);
    const rows = await t.db
      .selectFrom('deliveries as d')
      .innerJoin('webhooks as w', 'w.seq', 'd.recipient_id')
      .select(['d.id', 'd.status', 'w.url', 'w.id as endpoint'])
      .where('d.event_id', '=', event.id)
      .orderBy('d.id')
      .execute();
    const busy = rows.find((r) => r.url.endsWith('/s-busy'))!;
    await queue.resume();

    // The group finishes without waiting for the saturated member, which now has its own job.
    await eventually(async () => expect(await (await queue.getJob(group.id!))?.isCompleted()).toBe(true));
    const done = (await queue.getJob(group.id!))!;
    expect(done.returnvalue).toBe('saturated 1, sent 3'); // counted in member order: /s-busy first
    // One run, not failed, not handed out again.
    expect([done.attemptsMade, done.failedReason, done.stalledCounter]).toEqual([1, undefined, 0]);
    const own = await queue.getJob(`webhook-${busy.id}-a0`);
    expect(own?.name).toBe(JOBS.deliverWebhook.name);
    expect(own?.data).toEqual({ deliveryId: busy.id, attempt: 0, endpoint: busy.endpoint });
    for (const path of others) expect(requests.get(`${path} ${event.id}`)).toBe(1);
    expect(requests.get(`/s-busy ${event.id}`)).toBeUndefined();
    const statuses = async () =>
      (
        await t.db
          .selectFrom('deliveries')
          .select(['id', 'status'])
          .where('event_id', '=', event.id)
          .orderBy('id')
          .execute()
      ).map((r) => [r.id, r.status]);
    await eventually(async () =>
      expect(await statuses()).toEqual(rows.map((r) => [r.id, r.id === busy.id ? 'pending' : 'sent'])),
    );

    // The slot frees: the handed-on member goes out, once.
    held[0].writeHead(204).end();
    await eventually(async () => expect(await statuses()).toEqual(rows.map((r) => [r.id, 'sent'])), 10_000);
    await sleep(300);
    expect(requests.get(`/s-busy ${event.id}`)).toBe(1);
    for (const path of others) expect(requests.get(`${path} ${event.id}`)).toBe(1);
    expect(processed.filter((key) => key.endsWith(event.id)).sort()).toEqual(
      ['/s-busy', ...others].map((path) => `${path} ${event.id}`).sort(),
    );
    const repo = t.app.get(WebhookDeliveriesRepository);
    expect((await repo.attemptsOfDelivery(busy.id)).map((a) => [a.attempt, a.outcome, a.trigger])).toEqual([
      [0, 'success', 'scheduled'],
    ]);
    expect(await queue.getJobCounts('delayed', 'wait', 'active', 'failed')).toEqual({
      delayed: 0,
      wait: 0,
      active: 0,
      failed: 0,
    });
  }, 60_000);
});

describe('a group whose 2xx answers could not be recorded', () => {
  let receiver: LocalServer;
  let first: TestApp | undefined;
  let second: TestApp | undefined;

  afterAll(() => closeInOrder(first?.app, second, receiver));

  it('keeps them in the group job, and its rerun records them without sending again', async () => {
    receiver = await startLocalServer();
    const requests = new Map<string, number>();
    const paths = ['/r-1', '/r-2', '/r-3'];
    for (const path of paths) countingRoute(receiver, path, { requests, failFirst: new Set() });
    // Two handles on one PostgreSQL schema: the first app closes its own when it shuts down.
    const schema = uniqueName('t');
    const prefix = uniqueName('dwtest');
    const settings = { ...FAST, retryScheduleMs: [0, 60_000], groupSize: 8 };
    const db = await openTestDatabase('postgres', schema);
    first = await startTestApp({ db, env: { QUEUE_PREFIX: prefix }, features: features(settings) });
    // The database refuses every attempt record of the first app (as when PostgreSQL restarts).
    jest
      .spyOn(first.app.get(WebhookDeliveriesRepository), 'recordAttempts')
      .mockRejectedValue(new Error('connection terminated unexpectedly'));
    for (const path of paths) await register(first, `${receiver.url}${path}`);
    const queue = first.app.get(QueueRegistry).get(QUEUE_NAMES.webhook);
    await queue.pause();
    const event = statusEvent();
    await publish(first, event);
    const [group] = await queue.getJobs(['wait']);
    expect(group.name).toBe(JOBS.deliverWebhookGroup.name);
    const rows = async () =>
      db
        .selectFrom('deliveries')
        .select(['id', 'status'])
        .where('event_id', '=', event.id)
        .orderBy('id')
        .execute();
    const ids = (await rows()).map((r) => r.id);
    expect(ids).toHaveLength(3);
    await queue.resume();

    // Every receiver answered 2xx; none of it is recorded, all of it is kept in the group's data.
    await eventually(async () => {
      for (const path of paths) expect(requests.get(`${path} ${event.id}`)).toBe(1);
      const data = (await queue.getJob(group.id!))!.data as JobPayload<'deliverWebhookGroup'>;
      expect((data.accepted ?? []).map((a) => a.deliveryId).sort()).toEqual([...ids].sort());
    });
    expect((await rows()).map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);

    // The process stops: the group job fails (the outcomes stay in its data) and is run again.
    await first.app.close();
    first = undefined;
    const watcher = new Queue(QUEUE_NAMES.webhook, {
      connection: bullConnection(TEST_REDIS_URL),
      prefix,
    });
    try {
      const failed = (await watcher.getJob(group.id!))!;
      expect(failed.failedReason).toMatch(/^accepted send not recorded/);
      expect(failed.attemptsMade).toBe(1);
      expect(await failed.getState()).toBe('delayed');
    } finally {
      await watcher.close();
    }

    second = await startTestApp({
      db: await openTestDatabase('postgres', schema),
      env: { QUEUE_PREFIX: prefix },
      features: features(settings),
    });
    await eventually(
      async () => expect((await rows()).map((r) => r.status)).toEqual(['sent', 'sent', 'sent']),
      15_000,
    );
    await sleep(300);
    for (const path of paths) expect(requests.get(`${path} ${event.id}`)).toBe(1);
    const repo = second.app.get(WebhookDeliveriesRepository);
    for (const id of ids) {
      expect((await repo.attemptsOfDelivery(id)).map((a) => [a.attempt, a.outcome, a.trigger])).toEqual([
        [0, 'success', 'scheduled'],
      ]);
    }
    const rerun = (await second.app.get(QueueRegistry).get(QUEUE_NAMES.webhook).getJob(group.id!))!;
    expect(await rerun.getState()).toBe('completed');
    expect(rerun.returnvalue).toBe('sent 3');
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metrics).not.toMatch(/dw_delivery_unknown_outcome_resends_total\{channel="webhook"\} [1-9]/);
  }, 90_000);
});
