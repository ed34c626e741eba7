import { nextPollAt as cadenceNextPollAt } from '@dw/domain/cadence';

/** When to poll a feed next: tighter as its track's deadline nears, backing off after failures. */
export function nextPollAt(input: {
  now: Date;
  deadline: Date | null;
  consecutiveFailures: number;
  retryAfterMs: number | null;
}): Date {
  return cadenceNextPollAt({
    now: input.now,
    deadlines: [input.deadline],
    consecutiveFailures: input.consecutiveFailures,
    retryAfterMs: input.retryAfterMs,
  });
}
