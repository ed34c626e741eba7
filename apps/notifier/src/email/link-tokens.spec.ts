import { SimulatedClock } from '@dw/domain';
import { signToken, verifyToken } from '@dw/domain/tokens';
import type { AppConfig } from '@dw/platform';
import { LinkTokens } from './link-tokens';
import { SecretKeyProvider } from './secret-key.provider';

const SECRET = 'unit-test-secret-0123456789';

function tokens(clock: SimulatedClock): LinkTokens {
  const config = { secretKey: SECRET, dataDir: '/nonexistent' } as AppConfig;
  return new LinkTokens(new SecretKeyProvider(config), clock);
}

describe('LinkTokens', () => {
  const clock = new SimulatedClock('2025-07-25T00:00:00Z');

  it.each(['confirm', 'unsubscribe', 'preferences'] as const)(
    'signs %s tokens the domain verifies, identical to signToken',
    (purpose) => {
      const token = tokens(clock).sign(purpose, 42);
      const verified = verifyToken(token, purpose, SECRET, clock.now());
      expect(verified).toMatchObject({ ok: true, purpose, subscriberId: '42' });
      expect(token).toBe(signToken({ purpose, subscriberId: '42' }, SECRET, undefined, clock.now()));
    },
  );

  it('refuses another purpose, another key and an expired token', () => {
    const link = tokens(clock);
    const token = link.sign('confirm', 7, 60);
    expect(link.verify(token, 'unsubscribe')).toEqual({ ok: false, reason: 'wrong_purpose' });
    expect(verifyToken(token, 'confirm', 'another-secret-0123456789', clock.now())).toMatchObject({
      ok: false,
    });
    const later = new SimulatedClock('2025-07-25T00:02:00Z');
    expect(tokens(later).verify(token, 'confirm')).toEqual({ ok: false, reason: 'expired' });
  });
});
