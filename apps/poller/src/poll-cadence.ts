import { type CadencePolicy, DEFAULT_CADENCE, nextPollAt as cadenceNextPollAt } from '@dw/domain/cadence';

/** When to poll a feed next: tighter as the nearest deadline nears, backing off after failures, jittered. */
export function nextPollAt(
  input: {
    now: Date;
    deadlines: (Date | null)[];
    consecutiveFailures: number;
    retryAfterMs: number | null;
    /** In [0, 1); spreads feeds so replicas and feeds do not all fire on the same second. */
    random?: number;
  },
  policy: CadencePolicy = DEFAULT_CADENCE,
): Date {
  return cadenceNextPollAt(
    {
      now: input.now,
      deadlines: input.deadlines,
      consecutiveFailures: input.consecutiveFailures,
      retryAfterMs: input.retryAfterMs,
      ...(input.random !== undefined ? { random: input.random } : {}),
    },
    policy,
  );
}
