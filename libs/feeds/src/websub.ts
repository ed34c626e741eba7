import { createHmac, timingSafeEqual } from 'node:crypto';

/** Pure helpers for WebSub (W3C Recommendation, 2018): the HTTP endpoints live in the poller service. */

type Query = Record<string, string | string[] | undefined>;

function param(query: Query, name: string): string | null {
  const value = query[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? null : text;
}

export type WebSubMode = 'subscribe' | 'unsubscribe';

export type ChallengeVerdict =
  | { ok: true; challenge: string; mode: WebSubMode; topic: string; leaseSeconds: number | null }
  | { ok: false; status: 404 | 400; reason: string; denied?: boolean };

/**
 * Checks a hub's verification request (GET callback?hub.mode=...&hub.topic=...&hub.challenge=...).
 * Answer 200 with the challenge as the body when ok, else the given status. A "denied" request
 * reports the hub's reason so the caller can record it.
 */
export function verifyHubChallenge(
  query: Query,
  expected: { topic: string; mode?: WebSubMode; pending?: boolean },
): ChallengeVerdict {
  const mode = param(query, 'hub.mode');
  const topic = param(query, 'hub.topic');
  if (mode === 'denied') {
    return {
      ok: false,
      status: 400,
      denied: true,
      reason: `the hub denied the subscription${param(query, 'hub.reason') ? `: ${param(query, 'hub.reason')}` : ''}`,
    };
  }
  if (mode !== 'subscribe' && mode !== 'unsubscribe')
    return { ok: false, status: 400, reason: 'hub.mode must be subscribe or unsubscribe' };
  if (!topic || topic !== expected.topic)
    return { ok: false, status: 404, reason: 'hub.topic is not a topic we asked for' };
  if (expected.mode && mode !== expected.mode)
    return { ok: false, status: 404, reason: `we did not ask to ${mode}` };
  if (expected.pending === false)
    return { ok: false, status: 404, reason: 'no subscription request is pending for this topic' };
  const challenge = param(query, 'hub.challenge');
  if (!challenge) return { ok: false, status: 400, reason: 'hub.challenge is missing' };
  const leaseText = param(query, 'hub.lease_seconds');
  const lease = leaseText !== null && /^\d+$/.test(leaseText) ? Number(leaseText) : null;
  if (mode === 'subscribe' && leaseText !== null && lease === null)
    return { ok: false, status: 400, reason: 'hub.lease_seconds is not a number' };
  return { ok: true, challenge, mode, topic, leaseSeconds: lease };
}

const ALGORITHMS = new Set(['sha1', 'sha256', 'sha384', 'sha512']);

export function signHubBody(
  body: Uint8Array | string,
  secret: string,
  algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512' = 'sha256',
): string {
  return `${algorithm}=${createHmac(algorithm, secret).update(body).digest('hex')}`;
}

/**
 * Checks X-Hub-Signature ("sha256=hex", also sha1/sha384/sha512) over the raw body, in constant
 * time. A content distribution with a missing or wrong signature must be ignored (WebSub 8).
 */
export function verifyHubSignature(
  body: Uint8Array | string,
  header: string | null | undefined,
  secret: string,
): boolean {
  const match = /^\s*(sha1|sha256|sha384|sha512)=([0-9a-f]+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const algorithm = match[1].toLowerCase();
  if (!ALGORITHMS.has(algorithm)) return false;
  const expected = createHmac(algorithm, secret).update(body).digest();
  const given = Buffer.from(match[2], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The form body of a subscription request to a hub (POST, application/x-www-form-urlencoded). */
export function hubSubscriptionForm(request: {
  mode: WebSubMode;
  topic: string;
  callback: string;
  secret?: string;
  leaseSeconds?: number;
}): string {
  const form = new URLSearchParams({
    'hub.mode': request.mode,
    'hub.topic': request.topic,
    'hub.callback': request.callback,
  });
  if (request.secret) {
    if (Buffer.byteLength(request.secret) >= 200)
      throw new RangeError('hub.secret must be shorter than 200 bytes');
    form.set('hub.secret', request.secret);
  }
  if (request.leaseSeconds !== undefined) form.set('hub.lease_seconds', String(request.leaseSeconds));
  return form.toString();
}
