import type { Job, JobsOptions, Queue } from 'bullmq';
import { JOBS, type JobKey, type JobPayload } from './jobs';

export class InvalidJobPayloadError extends Error {}

/** Options a caller may add to the contract's; the job id always comes from the contract. */
export type EnqueueOptions = Omit<JobsOptions, 'jobId'>;

/** How many jobs one addBulk call carries: one Redis MULTI each, small enough not to stall Redis. */
export const ENQUEUE_BULK_CHUNK = 1000;

/** Validates the payload against its schema and parses it, naming the job when it does not fit. */
export function parsePayload<K extends JobKey>(key: K, data: unknown): JobPayload<K> {
  const result = JOBS[key].schema.safeParse(data);
  if (!result.success) {
    throw new InvalidJobPayloadError(
      `${JOBS[key].name}: invalid payload: ${result.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`,
    );
  }
  return result.data as JobPayload<K>;
}

/** The one way onto a queue: validated payload, stable job id, the contract's retry policy. */
export async function enqueue<K extends JobKey>(
  queue: Queue,
  key: K,
  payload: JobPayload<K>,
  options: EnqueueOptions = {},
): Promise<Job> {
  const { name, data, opts } = contractJob(queue, key, payload, options);
  return queue.add(name, data, opts);
}

/**
 * `enqueue()` for many jobs of one kind: the same validation, stable ids, retry policy and
 * retention, in one round trip per ENQUEUE_BULK_CHUNK jobs. A job whose id already exists is a
 * no-op, as with `enqueue()`.
 */
export async function enqueueBulk<K extends JobKey>(
  queue: Queue,
  key: K,
  payloads: readonly JobPayload<K>[],
  options: EnqueueOptions = {},
): Promise<void> {
  const jobs = payloads.map((payload) => contractJob(queue, key, payload, options));
  for (let start = 0; start < jobs.length; start += ENQUEUE_BULK_CHUNK) {
    await queue.addBulk(jobs.slice(start, start + ENQUEUE_BULK_CHUNK));
  }
}

/** The stable id `enqueue()` gives this payload (to ask the queue whether that job is still there). */
export function jobIdOf<K extends JobKey>(key: K, payload: JobPayload<K>): string {
  return sanitizeJobId(JOBS[key].jobId(parsePayload(key, payload) as never));
}

function contractJob<K extends JobKey>(
  queue: Queue,
  key: K,
  payload: JobPayload<K>,
  options: EnqueueOptions,
): { name: string; data: JobPayload<K>; opts: JobsOptions } {
  const job = JOBS[key];
  if (queue.name !== job.queue) {
    throw new Error(`${job.name} belongs on queue "${job.queue}", not "${queue.name}"`);
  }
  const data = parsePayload(key, payload);
  return {
    name: job.name,
    data,
    opts: {
      jobId: sanitizeJobId(job.jobId(data as never)),
      attempts: job.attempts,
      ...(job.backoffMs > 0 ? { backoff: { type: 'exponential', delay: job.backoffMs } } : {}),
      removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
      removeOnFail: { age: 30 * 24 * 3600 },
      ...options,
    },
  };
}

/** BullMQ reserves ':' in keys; ids come from content, so map anything unusual to '_'. */
export function sanitizeJobId(id: string): string {
  return id.replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 250);
}
