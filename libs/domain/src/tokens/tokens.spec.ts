import { DEFAULT_TOKEN_TTL_SECONDS, signToken, verifyToken } from './index';

const SECRET = 'test-secret-0123456789abcdef';
const NOW = new Date('2025-07-20T00:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('signed link tokens', () => {
  it('round-trips purpose and subscriber on simulated time far from the real clock', () => {
    const token = signToken({ purpose: 'confirm', subscriberId: 'sub-42' }, SECRET, 3600, NOW);
    expect(verifyToken(token, 'confirm', SECRET, at(60))).toEqual({
      ok: true,
      purpose: 'confirm',
      subscriberId: 'sub-42',
      issuedAt: NOW,
      expiresAt: at(3600),
    });
  });

  it.each([
    ['just before expiry', 3599, true, undefined],
    ['at expiry', 3600, false, 'expired'],
    ['a day later', 86_400, false, 'expired'],
  ])('%s', (_name, seconds, ok, reason) => {
    const token = signToken({ purpose: 'confirm', subscriberId: 's' }, SECRET, 3600, NOW);
    const result = verifyToken(token, 'confirm', SECRET, at(seconds));
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it('refuses a token made for another purpose', () => {
    const token = signToken({ purpose: 'preferences', subscriberId: 's' }, SECRET, 3600, NOW);
    expect(verifyToken(token, 'unsubscribe', SECRET, NOW)).toEqual({ ok: false, reason: 'wrong_purpose' });
  });

  it.each([
    ['another secret', (t: string) => t, 'another-secret-0123456789'],
    ['a tampered payload', (t: string) => t.replace(/\.[^.]+\./, '.eyJwdXIiOiJjb25maXJtIn0.'), SECRET],
    ['garbage', () => 'not-a-token', SECRET],
  ])('refuses %s', (_name, mangle, secret) => {
    const token = signToken({ purpose: 'confirm', subscriberId: 's' }, SECRET, 3600, NOW);
    expect(verifyToken(mangle(token), 'confirm', secret, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('accepts the previous secret during a rotation', () => {
    const token = signToken({ purpose: 'unsubscribe', subscriberId: 's' }, SECRET, undefined, NOW);
    expect(verifyToken(token, 'unsubscribe', ['new-secret-0123456789abc', SECRET], NOW).ok).toBe(true);
  });

  it('keeps unsubscribe links valid for years by default', () => {
    const token = signToken({ purpose: 'unsubscribe', subscriberId: 's' }, SECRET, undefined, NOW);
    expect(verifyToken(token, 'unsubscribe', SECRET, at(DEFAULT_TOKEN_TTL_SECONDS.unsubscribe - 1)).ok).toBe(
      true,
    );
    expect(verifyToken(token, 'unsubscribe', SECRET, at(2 * 365 * 86_400)).ok).toBe(true);
  });

  it('refuses a short secret', () => {
    expect(() => signToken({ purpose: 'confirm', subscriberId: 's' }, 'short', 60, NOW)).toThrow();
  });
});
