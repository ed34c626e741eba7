import { Queue } from 'bullmq';
import {
  enqueue,
  enqueueBulk,
  ENQUEUE_BULK_CHUNK,
  InvalidJobPayloadError,
  JOBS,
  QUEUE_NAMES,
} from '@dw/contracts';
import { bullConnection } from '@dw/platform';
import { TEST_REDIS_URL, uniqueName } from '../support/env';

describe('enqueueBulk', () => {
  const prefix = uniqueName('dwtest_enq');
  const email = new Queue(QUEUE_NAMES.email, { connection: bullConnection(TEST_REDIS_URL), prefix });

  afterAll(async () => {
    await email.obliterate({ force: true });
    await email.close();
  });

  it('gives every job what enqueue() gives one: stable id, attempts, backoff, retention', async () => {
    await enqueueBulk(email, 'sendEmail', [{ deliveryIds: [1] }, { deliveryIds: [2] }]);
    const single = await enqueue(email, 'sendEmail', { deliveryIds: [3] });
    const bulk = await email.getJob('email-1');
    expect(bulk?.opts).toEqual({ ...single.opts, jobId: 'email-1' });
    expect(bulk?.opts.attempts).toBe(JOBS.sendEmail.attempts);
    expect(bulk?.opts.backoff).toEqual({ type: 'exponential', delay: JOBS.sendEmail.backoffMs });
    expect(await email.getJob('email-2')).toBeDefined();
  });

  it('adds nothing twice: a job id already there is a no-op, across chunks', async () => {
    const ids = Array.from({ length: ENQUEUE_BULK_CHUNK + 5 }, (_, i) => ({ deliveryIds: [100 + i] }));
    await enqueueBulk(email, 'sendEmail', ids, { delay: 60_000 });
    await enqueueBulk(email, 'sendEmail', ids, { delay: 60_000 });
    expect(await email.getDelayedCount()).toBe(ids.length);
  });

  it('validates every payload and the queue before adding any', async () => {
    await expect(
      enqueueBulk(email, 'sendEmail', [{ deliveryIds: [5000] }, { deliveryIds: [-1] }]),
    ).rejects.toBeInstanceOf(InvalidJobPayloadError);
    expect(await email.getJob('email-5000')).toBeUndefined();
    await expect(enqueueBulk(email, 'deliverWebhook', [{ deliveryId: 1 }])).rejects.toThrow(
      /belongs on queue "webhook"/,
    );
  });
});
