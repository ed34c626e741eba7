import { createHmac, randomBytes } from 'node:crypto';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import type { StatusChangedEvent } from '../model/events';
import {
  classifyAttempt,
  generateWebhookSecret,
  nextAttemptDelay,
  saturatedWait,
  parseRetryAfter,
  resumeAttempt,
  rotateSecrets,
  shouldDisableEndpoint,
  signingSecrets,
  signPayload,
  webhookBody,
  webhookHeaders,
  WEBHOOK_RETRY_SCHEDULE_MS,
} from './index';

const mid = () => 0.5;
const low = () => 0;
const high = () => 0.999999;

describe('saturatedWait', () => {
  it.each([
    [0, 500],
    [0.5, 1000],
    [0.999, 1499],
    [-1, 500],
    [2, 1500],
  ])('rand %p waits %p ms of a 1,000 ms base', (rand, expected) => {
    expect(saturatedWait(1000, () => rand)).toBe(expected);
  });
});

describe('nextAttemptDelay', () => {
  it.each([
    [0, 0],
    [1, 5_000],
    [2, 300_000],
    [3, 1_800_000],
    [4, 7_200_000],
    [5, 18_000_000],
    [6, 36_000_000],
    [7, 36_000_000],
  ])('after %d attempts waits %d ms (no jitter at rand=0.5)', (attempts, expected) => {
    expect(nextAttemptDelay(attempts, mid)).toBe(expected);
  });

  it('gives up after the whole schedule', () => {
    expect(nextAttemptDelay(WEBHOOK_RETRY_SCHEDULE_MS.length, mid)).toBeNull();
    expect(nextAttemptDelay(-1, mid)).toBeNull();
  });

  it('spreads by ±10 %', () => {
    expect(nextAttemptDelay(2, low)).toBe(270_000);
    expect(nextAttemptDelay(2, high)).toBe(330_000);
    expect(nextAttemptDelay(2, low, null, { jitterRatio: 0 })).toBe(300_000);
  });

  it.each([
    ['longer than the schedule', 1, 60, 60_000],
    ['shorter than the schedule', 2, 10, 300_000],
    ['capped', 1, 7 * 86_400, 36_000_000],
    ['zero is ignored', 1, 0, 5_000],
  ])('honours Retry-After %s', (_name, attempts, seconds, expected) => {
    expect(nextAttemptDelay(attempts, mid, seconds)).toBe(expected);
  });
});

describe('resumeAttempt: where a delivery whose job was lost picks up its schedule', () => {
  const now = new Date('2025-07-30T12:00:00Z');
  const schedule = [0, 5_000, 300_000];
  it.each<[string, number | null, number | null, { attempt: number; delayMs: number }]>([
    ['never attempted: the first attempt, now', null, null, { attempt: 0, delayMs: 0 }],
    ['failed once 2 s ago: the second attempt in 3 s', 0, 2_000, { attempt: 1, delayMs: 3_000 }],
    ['failed twice, the retry overdue: now', 1, 400_000, { attempt: 2, delayMs: 0 }],
    ['past the schedule: the next index, now (the attempt gives up)', 2, 1_000, { attempt: 3, delayMs: 0 }],
  ])('%s', (_name, lastRetry, agoMs, expected) => {
    const at = agoMs === null ? null : new Date(now.getTime() - agoMs);
    expect(resumeAttempt(lastRetry, at, now, schedule)).toEqual(expected);
  });
});

describe('parseRetryAfter', () => {
  const now = new Date('2025-07-31T12:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Thu, 31 Jul 2025 12:01:30 GMT', 90],
    ['Thu, 31 Jul 2025 11:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    [undefined, null],
  ])('%p reads %p', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('classifyAttempt', () => {
  it.each([
    [200, 'success'],
    [204, 'success'],
    [301, 'retry'],
    [400, 'retry'],
    [401, 'retry'],
    [404, 'retry'],
    [410, 'disable'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ])('HTTP %d => %s', (status, action) => {
    expect(classifyAttempt({ kind: 'response', status }).action).toBe(action);
  });

  it('keeps Retry-After only for 429 and 503', () => {
    expect(classifyAttempt({ kind: 'response', status: 429, retryAfterSeconds: 30 })).toMatchObject({
      retryAfterSeconds: 30,
    });
    expect(classifyAttempt({ kind: 'response', status: 503, retryAfterSeconds: 30 })).toMatchObject({
      retryAfterSeconds: 30,
    });
    expect(classifyAttempt({ kind: 'response', status: 500, retryAfterSeconds: 30 })).toMatchObject({
      retryAfterSeconds: null,
    });
  });

  it('retries timeouts and network errors', () => {
    expect(classifyAttempt({ kind: 'timeout' }).action).toBe('retry');
    expect(classifyAttempt({ kind: 'network_error' }).action).toBe('retry');
  });

  it('disables an endpoint failing longer than the configured time', () => {
    const now = new Date('2025-08-01T00:00:00Z');
    expect(shouldDisableEndpoint(null, now)).toBe(false);
    expect(shouldDisableEndpoint(new Date('2025-07-28T00:00:00Z'), now)).toBe(false);
    expect(shouldDisableEndpoint(new Date('2025-07-27T00:00:00Z'), now)).toBe(true);
    expect(shouldDisableEndpoint(new Date('2025-07-31T23:00:00Z'), now, 3_600_000)).toBe(true);
  });
});

describe('signing per Standard Webhooks', () => {
  const secretA = generateWebhookSecret(randomBytes);
  const secretB = generateWebhookSecret(randomBytes, 24);
  const event: StatusChangedEvent = {
    id: 'status.changed:kr-us:2025-07-30T10:00:00.000Z',
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-30T10:00:00.000Z',
    data: { from: 'negotiating', to: 'deal_reached', evidence: [] },
  };

  it('makes whsec_ secrets of the asked size', () => {
    expect(secretA).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secretA.slice(6), 'base64')).toHaveLength(32);
    expect(Buffer.from(secretB.slice(6), 'base64')).toHaveLength(24);
    expect(() => generateWebhookSecret(randomBytes, 8)).toThrow();
  });

  it('is verified by the official library with the receiver clock now', () => {
    const body = webhookBody(event);
    const headers = webhookHeaders(secretA, event.id, new Date(), body);
    expect(headers['webhook-signature']).toMatch(/^v1,/);
    expect(new Webhook(secretA).verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('signs with both secrets during a rotation: either receiver verifies', () => {
    const body = webhookBody(event);
    const headers = webhookHeaders([secretB, secretA], event.id, new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(secretA).verify(body, { ...headers })).toBeTruthy();
    expect(new Webhook(secretB).verify(body, { ...headers })).toBeTruthy();
  });

  it('fails verification for a changed body or a wrong secret', () => {
    const body = webhookBody(event);
    const headers = webhookHeaders(secretA, event.id, new Date(), body);
    expect(() => new Webhook(secretA).verify(body + ' ', { ...headers })).toThrow(WebhookVerificationError);
    expect(() => new Webhook(secretB).verify(body, { ...headers })).toThrow(WebhookVerificationError);
  });

  it.each([
    { id: 'msg_1', body: '{}' },
    { id: 'status.changed:kr-us:2025-07-30T10:00:00.000Z', body: '{"type":"x","data":{"t":"관세 ü"}}' },
    { id: 'a', body: '' },
  ])('signs exactly as the official library does ($id)', ({ id, body }) => {
    const ts = new Date('2025-07-30T10:00:07.123Z');
    for (const secret of [secretA, secretB]) {
      expect(signPayload(secret, id, ts, body)).toBe(new Webhook(secret).sign(id, ts, body));
      // The body as the bytes that are sent signs the same as its text.
      expect(signPayload(secret, id, ts, Buffer.from(body, 'utf8'))).toBe(
        new Webhook(secret).sign(id, ts, body),
      );
    }
    expect(signPayload([secretB, secretA], id, ts, Buffer.from(body, 'utf8'))).toBe(
      `${new Webhook(secretB).sign(id, ts, body)} ${new Webhook(secretA).sign(id, ts, body)}`,
    );
  });

  it('matches a hand-computed HMAC over id.timestamp.body', () => {
    const ts = new Date('2025-07-30T10:00:00Z');
    const expected = createHmac('sha256', Buffer.from(secretA.slice(6), 'base64'))
      .update(`msg_1.${ts.getTime() / 1000}.{}`)
      .digest('base64');
    expect(signPayload(secretA, 'msg_1', ts, '{}')).toBe(`v1,${expected}`);
  });

  it('rotates: new secret first, old one signs until its grace ends', () => {
    const t0 = new Date('2025-07-01T00:00:00Z');
    const t1 = new Date('2025-07-10T00:00:00Z');
    const rotated = rotateSecrets(
      [{ secret: secretA, createdAt: t0, expiresAt: null }],
      secretB,
      t1,
      3_600_000,
    );
    expect(signingSecrets(rotated, t1)).toEqual([secretB, secretA]);
    expect(signingSecrets(rotated, new Date(t1.getTime() + 3_600_000))).toEqual([secretB]);
  });

  it('carries event id, track and data in the body', () => {
    expect(JSON.parse(webhookBody(event))).toEqual({
      type: 'status.changed',
      timestamp: '2025-07-30T10:00:00.000Z',
      data: { id: event.id, trackId: 'kr-us', from: 'negotiating', to: 'deal_reached', evidence: [] },
    });
  });
});
