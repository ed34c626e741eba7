import { Writable } from 'node:stream';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import {
  DEFAULT_POOL_SIZE,
  databasePoolSize,
  MetricsService,
  PinoNestLogger,
  QueueRegistry,
} from '@dw/platform';
import pino from 'pino';
import { ScheduleProcessor } from '../../apps/notifier/src/schedule/schedule.processor';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server';

interface LogLine {
  level: number;
  msg?: string;
  queue?: string;
  [key: string]: unknown;
}

/** A pino logger writing JSON lines into an array, behind Nest's logger interface. */
function capturingLogger(): { lines: LogLine[]; logger: PinoNestLogger } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { lines, logger: new PinoNestLogger(pino({ level: 'info' }, sink)) };
}

async function metricsText(t: TestApp): Promise<string> {
  const res = await fetch(`${t.url}/metrics`);
  return res.text();
}

function metricValue(text: string, name: string, labels: Record<string, string>): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const inside = line.slice(name.length + 1, line.indexOf('}'));
    if (want.every((w) => inside.split(',').includes(w))) return Number(line.split(' ').pop());
  }
  return 0;
}

describe('queues and workers: errors said once, progress watched, jobs counted', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let log: ReturnType<typeof capturingLogger>;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    log = capturingLogger();
    t = await startTestApp({
      env: { REDIS_URL: redis.url, QUEUE_STALL_AFTER_SECONDS: '1' },
      logger: log.logger,
    });
  });

  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await t?.close();
    await redis?.stop();
  });

  it("leaves the pool of a database handed in by its owner (a test's) at the size it was opened with", () => {
    // The all-in-one process opens its own and sizes it: the fault suite checks that one.
    expect(databasePoolSize(t.db)).toBe(DEFAULT_POOL_SIZE);
    expect(log.lines.some((l) => l.msg?.startsWith('database pool:'))).toBe(false);
  });

  it('counts each processed job and its duration per queue in /metrics', async () => {
    const schedule = t.app.get(QueueRegistry).get(QUEUE_NAMES.schedule);
    await schedule.add('countdown-check', {}, { jobId: 'metrics-check-1' });
    const text = await eventually(async () => {
      const body = await metricsText(t);
      if (metricValue(body, 'dw_jobs_processed_total', { queue: 'schedule', outcome: 'completed' }) < 1)
        throw new Error('not counted yet');
      return body;
    });
    expect(metricValue(text, 'dw_job_duration_seconds_count', { queue: 'schedule' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('counts a failed attempt that will be retried as a retry', async () => {
    const notify = t.app.get(QueueRegistry).get(QUEUE_NAMES.notify);
    // An event that was never recorded: compose fails and its contract retries it.
    const job = await enqueue(notify, 'composeNotification', { eventId: 'never-recorded' });
    const text = await eventually(async () => {
      const body = await metricsText(t);
      if (metricValue(body, 'dw_job_retries_total', { queue: 'notify' }) < 1) throw new Error('no retry yet');
      return body;
    });
    expect(
      metricValue(text, 'dw_jobs_processed_total', { queue: 'notify', outcome: 'retried' }),
    ).toBeGreaterThanOrEqual(1);
    expect(log.lines.some((l) => l.queue === 'notify' && /job failed, will retry/.test(l.msg ?? ''))).toBe(
      true,
    );
    // Out of the way of the next test, which wants one stuck queue only.
    await eventually(() => job.remove());
  });

  it('says /health is degraded, naming the queue, while a queue has pending work and finishes none', async () => {
    // The schedule worker stops taking jobs (as a wedged worker would); a job arrives and waits.
    await t.app.get(ScheduleProcessor).worker.close();
    const schedule = t.app.get(QueueRegistry).get(QUEUE_NAMES.schedule);
    const job = await schedule.add('countdown-check', {}, { jobId: 'stuck-check-1' });
    const body = await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 503) throw new Error(`health answered ${res.status}`);
      return (await res.json()) as {
        status: string;
        checks: { queues: { error: string; stalled: { queue: string; pending: number }[] } };
      };
    }, 10_000);
    expect(body.status).toBe('degraded');
    expect(body.checks.queues.stalled).toEqual([expect.objectContaining({ queue: 'schedule', pending: 1 })]);
    expect(body.checks.queues.error).toMatch(/schedule/);
    expect(log.lines.filter((l) => l.msg?.startsWith('queue schedule is stuck'))).toHaveLength(1);

    await job.remove();
    await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 200) throw new Error(`health answered ${res.status}`);
    }, 10_000);
    expect(log.lines.some((l) => l.msg === 'queue schedule is no longer stuck')).toBe(true);
  });

  it('says /health is degraded, naming the queue, while its deliveries keep failing and none arrives', async () => {
    // What the email sender counts while its relay refuses everything: retries, no delivery.
    const metrics = t.app.get(MetricsService);
    metrics.deliveries.inc({ channel: 'email', outcome: 'retry' }, 3);
    await fetch(`${t.url}/health`);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    metrics.deliveries.inc({ channel: 'email', outcome: 'retry' }, 2);
    const res = await fetch(`${t.url}/health`);
    const body = (await res.json()) as { status: string; checks: { queues: { stalled: unknown[] } } };
    expect([res.status, body.status]).toEqual([503, 'degraded']);
    expect(body.checks.queues.stalled).toEqual([
      expect.objectContaining({ queue: 'email', reason: 'deliveries failing', pending: 5 }),
    ]);

    metrics.deliveries.inc({ channel: 'email', outcome: 'delivered' });
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
  });

  it('says a Redis outage once per kind of error, in structured lines, with no stack traces on the console', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const before = log.lines.length;
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 4000));
      const during = log.lines.slice(before).filter((l) => l.level >= 50);
      // Six queues and their workers reconnect several times a second; the log says so a few times, not hundreds.
      expect(during.length).toBeGreaterThan(0);
      expect(during.length).toBeLessThanOrEqual(4);
      expect(during.filter((l) => typeof l.msg !== 'string' || l.queue === undefined)).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      await redis.start();
      consoleError.mockRestore();
    }
    await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 200) throw new Error(`health answered ${res.status}`);
    }, 15_000);
  });
});
