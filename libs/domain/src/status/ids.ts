import { createHash } from 'node:crypto';

/** An event id derived from what happened, so retries and re-processing produce the same id. */
export function stableEventId(...parts: (string | number | null | undefined)[]): string {
  const digest = createHash('sha256')
    .update(parts.map((part) => String(part ?? '')).join('\u241f'))
    .digest('hex');
  return `evt_${digest.slice(0, 32)}`;
}
