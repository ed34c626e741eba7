import type { Job, JobsOptions, Queue } from 'bullmq';
import { JOBS, type JobKey, type JobPayload } from './jobs';

export class InvalidJobPayloadError extends Error {}

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
  options: Omit<JobsOptions, 'jobId'> = {},
): Promise<Job> {
  const job = JOBS[key];
  if (queue.name !== job.queue) {
    throw new Error(`${job.name} belongs on queue "${job.queue}", not "${queue.name}"`);
  }
  const data = parsePayload(key, payload);
  return queue.add(job.name, data, {
    jobId: sanitizeJobId(job.jobId(data as never)),
    attempts: job.attempts,
    ...(job.backoffMs > 0 ? { backoff: { type: 'exponential', delay: job.backoffMs } } : {}),
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
    ...options,
  });
}

/** BullMQ reserves ':' in keys; ids come from content, so map anything unusual to '_'. */
export function sanitizeJobId(id: string): string {
  return id.replace(/[^A-Za-z0-9._@+-]/g, '_').slice(0, 250);
}
