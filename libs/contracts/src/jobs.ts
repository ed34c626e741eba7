import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Every queue the services share. One processor per queue. */
export const QUEUE_NAMES = {
  poll: 'poll',
  classify: 'classify',
  notify: 'notify',
  email: 'email',
  webhook: 'webhook',
  /** The notifier's own clockwork: countdown checks and digests. */
  schedule: 'schedule',
} as const;
export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

const articleId = z.string().min(1).max(200);

const settledEmail = z.discriminatedUnion('outcome', [
  z.object({ id: z.number().int().positive(), outcome: z.literal('sent'), at: z.string().datetime() }),
  z.object({
    id: z.number().int().positive(),
    outcome: z.literal('retry'),
    error: z.string().max(1000),
    outcomeUnknown: z.boolean(),
    delayMs: z.number().int().min(0),
    /** Attempts made so far: names the retry job, so each round is a job of its own. */
    attempts: z.number().int().min(1).max(100),
  }),
  z.object({
    id: z.number().int().positive(),
    outcome: z.literal('failed'),
    error: z.string().max(1000),
    bounced: z.boolean(),
  }),
  z.object({ id: z.number().int().positive(), outcome: z.literal('skipped'), reason: z.string().max(1000) }),
]);
export type SettledEmail = z.infer<typeof settledEmail>;

/** One id as itself; a group by its first id, size and a digest of the whole set. */
function idsKey(ids: readonly number[]): string {
  if (ids.length === 1) return String(ids[0]);
  const digest = createHash('sha256').update(ids.join(',')).digest('base64url').slice(0, 16);
  return `${ids[0]}-n${ids.length}-${digest}`;
}
const eventId = z.string().min(1).max(200);

/** A 2xx the receiver gave that the database has not recorded yet (kept in the job's data). */
const acceptedOutcome = z.object({
  at: z.string().datetime(),
  statusCode: z.number().int(),
  latencyMs: z.number().int().min(0),
  trigger: z.string().max(20),
});

interface JobContract<Q extends QueueName, S extends z.ZodType> {
  queue: Q;
  name: string;
  schema: S;
  /** Stable: the same work always gets the same id, so a second enqueue is a no-op. */
  jobId: (payload: z.infer<S>) => string;
  attempts: number;
  backoffMs: number;
  /** A repeatable job: registered once across replicas as a BullMQ job scheduler with this period. */
  repeatEveryMs?: number;
}

function contract<Q extends QueueName, S extends z.ZodType>(c: JobContract<Q, S>): JobContract<Q, S> {
  return c;
}

export const JOBS = {
  pollFeed: contract({
    queue: QUEUE_NAMES.poll,
    name: 'poll-feed',
    schema: z.object({ feedId: z.number().int().positive(), dueAt: z.string().datetime() }),
    jobId: (p) => `poll-${p.feedId}-${Date.parse(p.dueAt)}`,
    attempts: 1,
    backoffMs: 0,
  }),
  classifyArticle: contract({
    queue: QUEUE_NAMES.classify,
    name: 'classify-article',
    schema: z.object({
      articleId,
      reclassify: z.boolean().optional(),
      /** The tracks the poller's pre-filter matched (also on the article row as track_ids). */
      trackIds: z.array(z.string().min(1).max(100)).max(100).optional(),
    }),
    jobId: (p) => `classify-${p.articleId}${p.reclassify ? '-re' : ''}`,
    attempts: 5,
    backoffMs: 2000,
  }),
  composeNotification: contract({
    queue: QUEUE_NAMES.notify,
    name: 'compose',
    schema: z.object({ eventId }),
    jobId: (p) => `compose-${p.eventId}`,
    attempts: 8,
    backoffMs: 2000,
  }),
  sendEmail: contract({
    queue: QUEUE_NAMES.email,
    name: 'send-email',
    schema: z.object({
      /** Sent together: claimed and recorded with one statement each, one job for the queue. */
      deliveryIds: z.array(z.number().int().positive()).min(1).max(500),
      /** 0 for the first send; n for the n-th retry of the deliveries that failed for now. */
      retry: z.number().int().min(0).max(100).optional(),
      /**
       * Outcomes the SMTP server already gave but the database did not take (it was down): the
       * job records them and sends nothing again.
       */
      settled: z.array(settledEmail).max(500).optional(),
      /** Enqueued by the delivery sweep for deliveries no job in the queue names (their job was lost). */
      swept: z.literal(true).optional(),
    }),
    jobId: (p) => `email-${idsKey(p.deliveryIds)}${p.retry ? `-r${p.retry}` : ''}${p.swept ? '-swept' : ''}`,
    attempts: 8,
    backoffMs: 5000,
  }),
  deliverWebhook: contract({
    queue: QUEUE_NAMES.webhook,
    name: 'deliver-webhook',
    schema: z.object({
      deliveryId: z.number().int().positive(),
      /** 0-based index in the retry schedule: each attempt is its own delayed job. */
      attempt: z.number().int().min(0).max(100).optional(),
      manual: z.string().max(40).optional(),
      /** The endpoint's id: lets the worker take its concurrency slot while it loads the delivery. */
      endpoint: z.string().max(200).optional(),
      /** Set on the jobs of a recovery (POST /api/webhooks/:id/recover): a fresh run of the schedule. */
      recovery: z.string().max(40).optional(),
      /**
       * The receiver answered 2xx but the database could not record it yet: a later run of this job
       * records this outcome and never sends again.
       */
      accepted: acceptedOutcome.optional(),
    }),
    jobId: (p) =>
      `webhook-${p.deliveryId}${p.recovery ? `-r${p.recovery}` : ''}-a${p.attempt ?? 0}${p.manual ? `-manual-${p.manual}` : ''}`,
    /** HTTP failures never throw (the retry schedule is its own delayed jobs): these retry infrastructure. */
    attempts: 5,
    backoffMs: 2000,
  }),
  /**
   * The first attempt of a group of one event's deliveries (WEBHOOK_GROUP_SIZE): one job for the
   * queue instead of one each. Each member is attempted as a `deliverWebhook` job would be; one
   * that needs a retry, or finds its endpoint saturated, continues as its own `deliverWebhook` job.
   * `group` is the endpoint seq that names the group; every member's row keeps it (webhook_group),
   * so the delivery sweep asks the queue for this job's id.
   */
  deliverWebhookGroup: contract({
    queue: QUEUE_NAMES.webhook,
    name: 'deliver-webhook-group',
    schema: z.object({
      eventId,
      group: z.number().int().min(0),
      deliveries: z
        .array(z.object({ deliveryId: z.number().int().positive(), endpoint: z.string().max(200) }))
        .min(1)
        .max(64),
      /** 2xx answers the database could not record yet, by delivery: a rerun records them, never resends. */
      accepted: z
        .array(acceptedOutcome.extend({ deliveryId: z.number().int().positive() }))
        .max(64)
        .optional(),
    }),
    jobId: (p) => `webhook-g-${p.eventId}-${p.group}`,
    attempts: 5,
    backoffMs: 2000,
  }),
  /**
   * A mail to the operator (OPS_EMAIL): an endpoint was disabled (once per disabling), or a source
   * went silent or came back (once per event). Every operator notice goes through this one job.
   */
  operatorNotice: contract({
    queue: QUEUE_NAMES.notify,
    name: 'operator-notice',
    schema: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('webhook.disabled'),
        webhookId: z.string().min(1).max(200),
        disabledAt: z.string().datetime(),
      }),
      z.object({ kind: z.enum(['source.silent', 'source.recovered']), eventId }),
    ]),
    jobId: (p) =>
      p.kind === 'webhook.disabled'
        ? `ops-webhook.disabled-${p.webhookId}-${Date.parse(p.disabledAt)}`
        : `ops-${p.eventId}`,
    attempts: 8,
    backoffMs: 5000,
  }),
  pollTick: contract({
    queue: QUEUE_NAMES.poll,
    name: 'poll-tick',
    schema: z.object({}).passthrough(),
    jobId: () => 'poll-tick',
    attempts: 1,
    backoffMs: 0,
    repeatEveryMs: 15_000,
  }),
  composeSweep: contract({
    queue: QUEUE_NAMES.notify,
    name: 'compose-sweep',
    schema: z.object({}).passthrough(),
    jobId: () => 'compose-sweep',
    attempts: 1,
    backoffMs: 0,
    repeatEveryMs: 30_000,
  }),
  /**
   * Finds deliveries recorded as pending whose job is no longer in the queue (Redis lost it, or the
   * process died between the INSERT and the enqueue) and enqueues them again under their stable ids.
   */
  deliverySweep: contract({
    queue: QUEUE_NAMES.notify,
    name: 'delivery-sweep',
    schema: z.object({}).passthrough(),
    jobId: () => 'delivery-sweep',
    attempts: 1,
    backoffMs: 0,
    repeatEveryMs: 120_000,
  }),
  countdownCheck: contract({
    queue: QUEUE_NAMES.schedule,
    name: 'countdown-check',
    schema: z.object({}).passthrough(),
    jobId: () => 'countdown-check',
    attempts: 1,
    backoffMs: 0,
    repeatEveryMs: 60_000,
  }),
  digestTick: contract({
    queue: QUEUE_NAMES.schedule,
    name: 'digest-tick',
    schema: z.object({}).passthrough(),
    jobId: () => 'digest-tick',
    attempts: 1,
    backoffMs: 0,
    repeatEveryMs: 60_000,
  }),
} as const;

export type JobKey = keyof typeof JOBS;
export type JobPayload<K extends JobKey> = z.infer<(typeof JOBS)[K]['schema']>;
