import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@dw/contracts';
import { DeliveriesRepository, QueueRegistry } from '@dw/platform';
import { DeliverySweep, SWEEP_GRACE_MS } from '../../apps/notifier/src/delivery-sweep';
import type { TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type SmtpSink, startSmtpSink } from './smtp-sink';
import { addConfirmedSubscriber, emit, sleep, startEmailApp, statusChanged } from './support';

describe('the delivery sweep: mail whose send job was lost goes out, once', () => {
  let sink: SmtpSink;
  let t: TestApp & { clock: import('@dw/domain').SimulatedClock };
  let queue: Queue;

  async function sweep(): Promise<Record<string, number>> {
    t.clock.advance(SWEEP_GRACE_MS + 1000);
    return ((await t.app.get(DeliverySweep).run()) as { email: Record<string, number> }).email;
  }

  async function statusesOf(eventId: string): Promise<string[]> {
    return (await t.app.get(DeliveriesRepository).forEvent(eventId)).map((d) => d.status);
  }

  async function queued(): Promise<number> {
    const counts = await queue.getJobCounts('wait', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startEmailApp(sink);
    queue = t.app.get(QueueRegistry).get(QUEUE_NAMES.email);
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends mail whose send job the queue lost, each once; adds nothing while the job is there, nor after', async () => {
    const addresses = ['lost-1@example.org', 'lost-2@example.org', 'lost-3@example.org'];
    for (const address of addresses) await addConfirmedSubscriber(t, address);
    await queue.pause();
    const event = statusChanged();
    await emit(t, event);
    await eventually(async () =>
      expect(await statusesOf(event.id)).toEqual(['pending', 'pending', 'pending']),
    );
    await eventually(async () => expect(await queued()).toBe(1));

    expect(await sweep()).toEqual({ pending: 3, requeued: 0 });
    expect(await queued()).toBe(1);

    await queue.obliterate({ force: true }); // what a Redis restart without persistence leaves
    await queue.resume();
    expect(await sweep()).toEqual({ pending: 3, requeued: 3 });
    await eventually(async () => expect(await statusesOf(event.id)).toEqual(['sent', 'sent', 'sent']));
    expect(await sweep()).toEqual({ pending: 0, requeued: 0 });
    await sleep(500);
    for (const address of addresses) expect(sink.to(address)).toHaveLength(1);
  }, 60_000);

  it('leaves a mail waiting for its delayed retry alone, and resends it once when that job is lost', async () => {
    const address = 'retry-lost@example.org';
    const recipient = await addConfirmedSubscriber(t, address);
    let refusals = 0;
    sink.setRcptPolicy((to) =>
      to === address && refusals++ === 0 ? { code: 451, message: 'try again later' } : null,
    );
    const event = statusChanged();
    await emit(t, event);
    await eventually(async () => {
      const rows = await t.app.get(DeliveriesRepository).forEvent(event.id);
      const row = rows.find((d) => d.recipient_id === recipient);
      expect([row?.status, row?.attempts, row?.last_error]).toEqual(['pending', 1, expect.any(String)]);
      // The earlier test's subscribers get this event too.
      expect(rows.filter((d) => d.status === 'sent')).toHaveLength(3);
    });
    await eventually(async () => expect(await queue.getJobCounts('delayed')).toEqual({ delayed: 1 }));

    expect(await sweep()).toEqual({ pending: 1, requeued: 0 });
    expect(await queue.getJobCounts('delayed')).toEqual({ delayed: 1 });

    const [retry] = await queue.getJobs(['delayed']);
    await retry.remove();
    expect(await sweep()).toEqual({ pending: 1, requeued: 1 });
    await eventually(async () =>
      expect(await statusesOf(event.id)).toEqual(['sent', 'sent', 'sent', 'sent']),
    );
    await sleep(500);
    expect(sink.to(address)).toHaveLength(1);
    expect(refusals).toBe(2);
    sink.setRcptPolicy(null);
  }, 60_000);
});
