import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import { SimulatedClock } from '@dw/domain';
import { QueueRegistry, WebhookDeliveriesRepository } from '@dw/platform';
import { DeliverySweep, SWEEP_GRACE_MS } from '../../apps/notifier/src/delivery-sweep';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { api, countingRoute, FAST, features, publish, register, statusEvent } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the delivery sweep: webhook deliveries whose job was lost are delivered, once', () => {
  let receiver: LocalServer;
  let t: TestApp;
  let queue: Queue;
  const clock = new SimulatedClock('2025-07-30T12:00:00Z');
  /** What each endpoint took, by webhook-id: a receiver that dedupes sees each key once. */
  const accepted = new Map<string, number>();
  const requests = new Map<string, number>();
  const failFirst = new Set<string>();

  function route(path: string): void {
    countingRoute(receiver, path, { requests, failFirst, accepted });
  }

  async function sweep(): Promise<{ webhook: Record<string, number> }> {
    clock.advance(SWEEP_GRACE_MS + 1000);
    return (await t.app.get(DeliverySweep).run()) as { webhook: Record<string, number> };
  }

  async function waiting(): Promise<number> {
    const counts = await queue.getJobCounts('wait', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  /** Each test's endpoints take only its own event. */
  async function removeEndpoints(): Promise<void> {
    const { body } = await api<{ id: string }[]>(t, 'GET', '/api/webhooks');
    for (const hook of body) await api(t, 'DELETE', `/api/webhooks/${hook.id}`);
  }

  afterEach(() => removeEndpoints());

  async function statusesOf(eventId: string): Promise<string[]> {
    const rows = await t.db
      .selectFrom('deliveries')
      .select('status')
      .where('event_id', '=', eventId)
      .orderBy('id')
      .execute();
    return rows.map((row) => row.status);
  }

  beforeAll(async () => {
    receiver = await startLocalServer();
    // The second attempt waits 3 s of wall time: long enough to find its delayed job in the queue.
    // Each first attempt is its own job here (the per-delivery rule); groups: groups.test.ts.
    t = await startTestApp({
      clock,
      features: features({ ...FAST, retryScheduleMs: [0, 3_000, 3_000], groupSize: 1 }),
    });
    queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.webhook);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  it('re-enqueues first attempts the queue lost (Redis flushed after the fan-out), each delivered once; a second sweep adds nothing', async () => {
    const paths = ['/lost-1', '/lost-2', '/lost-3'];
    for (const path of paths) {
      route(path);
      await register(t, `${receiver.url}${path}`);
    }
    await queue.pause();
    const event = statusEvent();
    await publish(t, event);
    expect(await waiting()).toBe(3);
    await queue.obliterate({ force: true }); // what a Redis restart without persistence leaves
    await queue.resume();
    await sleep(300);
    expect(requests.size).toBe(0);

    expect((await sweep()).webhook).toEqual({ pending: 3, requeued: 3, retried: 0, stuck: 0 });
    await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent', 'sent', 'sent']));
    expect((await sweep()).webhook).toEqual({ pending: 0, requeued: 0, retried: 0, stuck: 0 });
    await sleep(300);
    for (const path of paths) {
      expect(accepted.get(`${path} ${event.id}`)).toBe(1);
      expect(requests.get(`${path} ${event.id}`)).toBe(1);
    }
  }, 60_000);

  it('adds nothing while the jobs are still in the queue, waiting or as a delayed retry', async () => {
    route('/waiting');
    route('/retrying');
    failFirst.add('/retrying');
    await register(t, `${receiver.url}/waiting`);
    await register(t, `${receiver.url}/retrying`);
    const event = statusEvent();

    await queue.pause();
    await publish(t, event);
    expect(await waiting()).toBe(2);
    expect((await sweep()).webhook).toEqual({ pending: 2, requeued: 0, retried: 0, stuck: 0 });
    expect(await waiting()).toBe(2);
    await queue.resume();

    // The failing endpoint's retry now waits as a delayed job: the sweep leaves it alone.
    await eventually(() => expect(requests.get(`/retrying ${event.id}`)).toBe(1));
    await eventually(async () => expect(await queue.getJobCounts('delayed')).toEqual({ delayed: 1 }));
    // The other endpoint's delivery may still be in flight on a loaded machine: the sweep runs once it is sent.
    await eventually(async () => expect((await statusesOf(event.id)).sort()).toEqual(['pending', 'sent']));
    expect((await sweep()).webhook).toEqual({ pending: 1, requeued: 0, retried: 0, stuck: 0 });
    expect(await queue.getJobCounts('delayed')).toEqual({ delayed: 1 });

    await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent', 'sent']), 15_000);
    await sleep(300);
    expect(accepted.get(`/waiting ${event.id}`)).toBe(1);
    expect(accepted.get(`/retrying ${event.id}`)).toBe(1);
    expect(requests.get(`/retrying ${event.id}`)).toBe(2);
  }, 60_000);

  it('resumes a lost delayed retry at the next attempt of the schedule, not from the start', async () => {
    route('/retry-lost');
    failFirst.add('/retry-lost');
    await register(t, `${receiver.url}/retry-lost`);
    const event = statusEvent();
    await publish(t, event);
    await eventually(() => expect(requests.get(`/retry-lost ${event.id}`)).toBe(1));
    const delayed = await eventually(async () => {
      const [job] = await queue.getJobs(['delayed']);
      if (!job) throw new Error('no delayed retry yet');
      return job;
    });
    expect(delayed.id).toMatch(/-a1$/);
    await delayed.remove();

    expect((await sweep()).webhook).toEqual({ pending: 1, requeued: 1, retried: 0, stuck: 0 });
    await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent']));
    const [row] = await t.db.selectFrom('deliveries').select('id').where('event_id', '=', event.id).execute();
    const attempts = await t.app.get(WebhookDeliveriesRepository).attemptsOfDelivery(row.id);
    expect(attempts.map((a) => [a.attempt, a.outcome])).toEqual([
      [0, 'retry'],
      [1, 'success'],
    ]);
    expect(accepted.get(`/retry-lost ${event.id}`)).toBe(1);
  }, 60_000);

  it('names the job of a recovery run, whose first attempt the queue lost', async () => {
    route('/recovered');
    const hook = await register(t, `${receiver.url}/recovered`);
    await api(t, 'PATCH', `/api/webhooks/${hook.id}`, { enabled: false });
    const event = statusEvent();
    await publish(t, event);
    expect(await statusesOf(event.id)).toEqual(['skipped']);
    await api(t, 'PATCH', `/api/webhooks/${hook.id}`, { enabled: true });

    await queue.pause();
    const since = new Date(clock.now().getTime() - 60_000).toISOString();
    expect((await api(t, 'POST', `/api/webhooks/${hook.id}/recover`, { since })).status).toBe(202);
    const [recoveryJob] = await queue.getJobs(['wait']);
    expect(recoveryJob?.id).toMatch(/-r\d+-a0$/);
    // While the recovery's job waits, the sweep finds it; once it is gone, it enqueues that same id.
    expect((await sweep()).webhook).toEqual({ pending: 1, requeued: 0, retried: 0, stuck: 0 });
    await recoveryJob.remove();
    expect((await sweep()).webhook).toEqual({ pending: 1, requeued: 1, retried: 0, stuck: 0 });
    expect((await queue.getJobs(['wait'])).map((job) => job.id)).toEqual([recoveryJob.id]);
    await queue.resume();
    await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent']));
    expect(accepted.get(`/recovered ${event.id}`)).toBe(1);
  }, 60_000);

  it('retries a job that failed for good (its own retries spent while the database was down)', async () => {
    route('/failed-job');
    const hook = await register(t, `${receiver.url}/failed-job`);
    const repo = t.app.get(WebhookDeliveriesRepository);
    const load = jest.spyOn(repo, 'deliveriesToAttempt').mockRejectedValue(new Error('connection refused'));
    try {
      await queue.pause();
      const event = statusEvent();
      await publish(t, event);
      const [job] = await queue.getJobs(['wait']);
      // The same job with one try left, as after its earlier tries failed.
      await job.remove();
      await enqueue(queue, 'deliverWebhook', job.data as { deliveryId: number }, { attempts: 1 });
      await queue.resume();
      await eventually(async () => expect(await queue.getJobCounts('failed')).toEqual({ failed: 1 }));
      load.mockRestore();

      expect((await sweep()).webhook).toEqual({ pending: 1, requeued: 0, retried: 1, stuck: 0 });
      await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent']));
      expect(accepted.get(`/failed-job ${event.id}`)).toBe(1);
      expect(hook.id).toBe((job.data as { endpoint: string }).endpoint);
    } finally {
      load.mockRestore();
    }
  }, 60_000);
});
