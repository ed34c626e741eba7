/** What one delivery attempt came to, as the sender saw it. */
export type AttemptResult =
  | { kind: 'response'; status: number; retryAfterSeconds?: number | null }
  | { kind: 'timeout' }
  | { kind: 'network_error' };

export type DeliveryOutcome =
  | { action: 'success' }
  | { action: 'disable'; reason: string }
  | { action: 'retry'; reason: string; retryAfterSeconds: number | null };

/** A 2xx must arrive within this long to count as success. */
export const WEBHOOK_TIMEOUT_MS = 15_000;

/**
 * Classifies an attempt:
 * - 2xx: success.
 * - 410 Gone: the receiver says the endpoint is gone, so the endpoint is disabled.
 * - 429 and 503: retry, honouring Retry-After.
 * - timeouts, network errors, 3xx (redirects are not followed), other 4xx and 5xx: retry on the
 *   schedule. Other 4xx are retried too, as Svix does: a 401/404 is often a receiver
 *   misconfiguration that gets fixed; an endpoint that keeps failing is disabled by
 *   shouldDisableEndpoint instead.
 */
export function classifyAttempt(result: AttemptResult): DeliveryOutcome {
  if (result.kind === 'timeout') return { action: 'retry', reason: 'timeout', retryAfterSeconds: null };
  if (result.kind === 'network_error')
    return { action: 'retry', reason: 'network error', retryAfterSeconds: null };
  const { status } = result;
  if (status >= 200 && status < 300) return { action: 'success' };
  if (status === 410) return { action: 'disable', reason: 'endpoint answered 410 Gone' };
  const honoursRetryAfter = status === 429 || status === 503;
  return {
    action: 'retry',
    reason: `HTTP ${status}`,
    retryAfterSeconds: honoursRetryAfter ? (result.retryAfterSeconds ?? null) : null,
  };
}

export const DEFAULT_DISABLE_AFTER_MS = 5 * 24 * 3_600_000;

/**
 * True when an endpoint has failed without a single success since `failingSince` for longer than
 * `disableAfterMs` (Svix disables after 5 days). `failingSince` is the first failure after the
 * last success, or null while the endpoint is healthy.
 */
export function shouldDisableEndpoint(
  failingSince: Date | null,
  now: Date,
  disableAfterMs: number = DEFAULT_DISABLE_AFTER_MS,
): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() >= disableAfterMs;
}
