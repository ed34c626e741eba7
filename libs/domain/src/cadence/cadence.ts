/**
 * How often to poll a feed: faster as a deadline nears, easing off after it has passed, slower
 * after failures, and never sooner than a server's Retry-After. Pure: "now" is a parameter.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface CadenceStep {
  /** This step applies while the deadline is at most this far away (ms; negative = already passed). */
  withinMs: number;
  intervalMs: number;
}

export interface CadencePolicy {
  /** Ordered from the nearest window to the farthest; the first that contains the time left wins. */
  beforeDeadline: CadenceStep[];
  /** After the deadline has passed, until `afterDeadlineWindowMs` later. */
  afterDeadlineIntervalMs: number;
  afterDeadlineWindowMs: number;
  /** No deadline, a far one, or one long past. */
  idleIntervalMs: number;
  /** Ceiling of the failure backoff. */
  maxBackoffMs: number;
  /** Ceiling on how long a Retry-After may silence a feed. */
  maxRetryAfterMs: number;
  /** Spread (fraction of the delay, e.g. 0.1 = ±10%) applied with the caller's random number. */
  jitterRatio: number;
}

export const DEFAULT_CADENCE: CadencePolicy = {
  beforeDeadline: [
    { withinMs: 6 * HOUR, intervalMs: 30 * SECOND },
    { withinMs: 24 * HOUR, intervalMs: MINUTE },
    { withinMs: 3 * DAY, intervalMs: 5 * MINUTE },
    { withinMs: 7 * DAY, intervalMs: 15 * MINUTE },
  ],
  afterDeadlineIntervalMs: MINUTE,
  afterDeadlineWindowMs: DAY,
  idleIntervalMs: 30 * MINUTE,
  maxBackoffMs: 2 * HOUR,
  maxRetryAfterMs: 12 * HOUR,
  jitterRatio: 0.1,
};

function toTime(value: Date | string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/** The base interval for one deadline at `now`. */
export function intervalForDeadline(
  now: Date,
  deadline: Date | string | null,
  policy: CadencePolicy = DEFAULT_CADENCE,
): number {
  const at = toTime(deadline);
  if (at === null) return policy.idleIntervalMs;
  const left = at - now.getTime();
  if (left < 0)
    return -left <= policy.afterDeadlineWindowMs ? policy.afterDeadlineIntervalMs : policy.idleIntervalMs;
  const step = policy.beforeDeadline.find((s) => left <= s.withinMs);
  return step ? step.intervalMs : policy.idleIntervalMs;
}

/** A feed watched for several tracks polls at the pace of the most urgent one. */
export function intervalForDeadlines(
  now: Date,
  deadlines: (Date | string | null)[],
  policy: CadencePolicy = DEFAULT_CADENCE,
): number {
  if (deadlines.length === 0) return policy.idleIntervalMs;
  return Math.min(...deadlines.map((d) => intervalForDeadline(now, d, policy)));
}

export interface PollDelayInput {
  now: Date;
  deadlines: (Date | string | null)[];
  /** Failed polls in a row (0 after a success). */
  consecutiveFailures?: number;
  /** From a 429/503 Retry-After. */
  retryAfterMs?: number | null;
  /** A number in [0, 1) from the caller's random source; omitted = no jitter (tests, replay). */
  random?: number;
}

/** Delay until the next poll: base interval, doubled per consecutive failure up to a ceiling, at least Retry-After. */
export function nextPollDelay(input: PollDelayInput, policy: CadencePolicy = DEFAULT_CADENCE): number {
  const base = intervalForDeadlines(input.now, input.deadlines, policy);
  const failures = Math.max(0, Math.min(input.consecutiveFailures ?? 0, 30));
  let delay = failures === 0 ? base : Math.max(base, Math.min(base * 2 ** failures, policy.maxBackoffMs));
  if (input.random !== undefined)
    delay = Math.round(delay * (1 + policy.jitterRatio * (2 * input.random - 1)));
  const retryAfter = input.retryAfterMs ?? 0;
  if (retryAfter > 0) delay = Math.max(delay, Math.min(retryAfter, policy.maxRetryAfterMs));
  return delay;
}

export function nextPollAt(input: PollDelayInput, policy: CadencePolicy = DEFAULT_CADENCE): Date {
  return new Date(input.now.getTime() + nextPollDelay(input, policy));
}
