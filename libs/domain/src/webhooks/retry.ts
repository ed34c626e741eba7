const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Delay before each attempt, Svix-style: at once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  10 * HOUR,
];

export interface RetryOptions {
  schedule?: readonly number[];
  /** Each delay is spread by ±this fraction so retries from many deliveries do not line up. */
  jitterRatio?: number;
  /** A Retry-After longer than this is cut to it, so a receiver cannot park a delivery for days. */
  maxRetryAfterMs?: number;
}

export const DEFAULT_JITTER_RATIO = 0.1;
export const DEFAULT_MAX_RETRY_AFTER_MS = 10 * HOUR;

/**
 * Milliseconds to wait before the next attempt, or null when the schedule is spent.
 * `attemptsMade` counts attempts already made (0 before the first). `rand` returns [0, 1)
 * (inject Math.random in production, a fixed function in tests). A Retry-After (seconds) from a
 * 429 or 503 is honoured: the next attempt is never earlier than it asks, up to maxRetryAfterMs.
 */
export function nextAttemptDelay(
  attemptsMade: number,
  rand: () => number,
  retryAfterSeconds?: number | null,
  options: RetryOptions = {},
): number | null {
  const schedule = options.schedule ?? WEBHOOK_RETRY_SCHEDULE_MS;
  if (!Number.isInteger(attemptsMade) || attemptsMade < 0 || attemptsMade >= schedule.length) return null;
  const base = schedule[attemptsMade];
  const jitter = options.jitterRatio ?? DEFAULT_JITTER_RATIO;
  const spread = Math.min(Math.max(rand(), 0), 1) * 2 - 1;
  const scheduled = Math.round(base * (1 + jitter * spread));
  if (retryAfterSeconds == null || !Number.isFinite(retryAfterSeconds) || retryAfterSeconds <= 0)
    return scheduled;
  const cap = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  return Math.max(scheduled, Math.min(Math.round(retryAfterSeconds * SECOND), cap));
}

/**
 * How long a delivery waits when its endpoint has its quota of requests in flight: between half and one and
 * a half times `baseMs`, spread so waiting deliveries do not return together. It uses no attempt.
 */
export function saturatedWait(baseMs: number, rand: () => number): number {
  return Math.round(baseMs * (0.5 + Math.min(Math.max(rand(), 0), 1)));
}

/** Total attempts the schedule allows (the first one included). */
export function maxAttempts(schedule: readonly number[] = WEBHOOK_RETRY_SCHEDULE_MS): number {
  return schedule.length;
}

/**
 * Reads a Retry-After header: delta-seconds ("120") or an HTTP date, relative to `now`.
 * Returns seconds (0 for a date already past) or null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date) || !/[a-z]/i.test(trimmed)) return null;
  return Math.max(0, Math.ceil((date - now.getTime()) / SECOND));
}

/**
 * Where a pending delivery's schedule resumes when its job was lost: the attempt that job was for
 * (the one after the last failed attempt of the run, or the first) and how long until it is due
 * (its nominal delay after that failure, without jitter; 0 when already due).
 */
export function resumeAttempt(
  lastRetry: number | null,
  lastRetryAt: Date | null,
  now: Date,
  schedule: readonly number[] = WEBHOOK_RETRY_SCHEDULE_MS,
): { attempt: number; delayMs: number } {
  if (lastRetry === null) return { attempt: 0, delayMs: 0 };
  const attempt = lastRetry + 1;
  const dueAt = (lastRetryAt?.getTime() ?? now.getTime()) + (schedule[attempt] ?? 0);
  return { attempt, delayMs: Math.max(0, dueAt - now.getTime()) };
}
