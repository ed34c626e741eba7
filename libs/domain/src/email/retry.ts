import { nextAttemptDelay } from '../webhooks/retry';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Delay before each attempt of a mail that failed for now (a 4xx, a refused or silent server):
 * quick at first, so a relay that is back within a minute or two gets everything within half a
 * minute of its return, then spread out over about two days as MTAs do before giving up.
 */
export const EMAIL_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5 * SECOND,
  10 * SECOND,
  20 * SECOND,
  30 * SECOND,
  30 * SECOND,
  1 * MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  20 * MINUTE,
  30 * MINUTE,
  1 * HOUR,
  2 * HOUR,
  4 * HOUR,
  8 * HOUR,
  8 * HOUR,
  8 * HOUR,
  8 * HOUR,
];

/** Milliseconds until the next attempt after `attemptsMade` attempts, or null: give up. */
export function emailRetryDelay(attemptsMade: number, rand: () => number): number | null {
  return nextAttemptDelay(attemptsMade, rand, null, { schedule: EMAIL_RETRY_SCHEDULE_MS });
}
