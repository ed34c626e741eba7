import { hubSubscriptionForm, signHubBody, verifyHubChallenge, verifyHubSignature } from './websub';

const topic = 'https://news.example/feed.xml';

describe('verifyHubChallenge', () => {
  const base = {
    'hub.mode': 'subscribe',
    'hub.topic': topic,
    'hub.challenge': 'abc123',
    'hub.lease_seconds': '86400',
  };
  it.each([
    ['a valid subscribe', base, { ok: true, challenge: 'abc123', leaseSeconds: 86400 }],
    ['no lease', { ...base, 'hub.lease_seconds': undefined }, { ok: true, leaseSeconds: null }],
    ['another topic', { ...base, 'hub.topic': 'https://evil.example/' }, { ok: false, status: 404 }],
    ['no challenge', { ...base, 'hub.challenge': '' }, { ok: false, status: 400 }],
    ['a bad mode', { ...base, 'hub.mode': 'publish' }, { ok: false, status: 400 }],
    ['a bad lease', { ...base, 'hub.lease_seconds': 'soon' }, { ok: false, status: 400 }],
    [
      'a denial',
      { 'hub.mode': 'denied', 'hub.topic': topic, 'hub.reason': 'spam' },
      { ok: false, denied: true, reason: 'the hub denied the subscription: spam' },
    ],
  ])('%s', (_label, query, expected) => {
    expect(verifyHubChallenge(query, { topic })).toMatchObject(expected);
  });

  it('refuses a mode or a subscription we did not ask for', () => {
    expect(
      verifyHubChallenge({ ...base, 'hub.mode': 'unsubscribe' }, { topic, mode: 'subscribe' }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(verifyHubChallenge(base, { topic, pending: false })).toMatchObject({ ok: false, status: 404 });
  });
});

describe('verifyHubSignature', () => {
  const body = Buffer.from('<feed>new entry</feed>');
  it.each(['sha1', 'sha256', 'sha384', 'sha512'] as const)('accepts a correct %s signature', (algorithm) => {
    expect(verifyHubSignature(body, signHubBody(body, 's3cret', algorithm), 's3cret')).toBe(true);
  });
  it.each([
    ['a wrong secret', signHubBody(body, 'other')],
    ['a missing header', undefined],
    ['an unknown algorithm', 'md5=abcdef'],
    ['a truncated digest', signHubBody(body, 's3cret').slice(0, 20)],
    ['garbage', 'nonsense'],
  ])('refuses %s', (_label, header) => {
    expect(verifyHubSignature(body, header, 's3cret')).toBe(false);
  });
  it('refuses a changed body', () => {
    expect(verifyHubSignature('<feed>forged</feed>', signHubBody(body, 's3cret'), 's3cret')).toBe(false);
  });
});

describe('hubSubscriptionForm', () => {
  it('builds the form a hub expects', () => {
    const form = new URLSearchParams(
      hubSubscriptionForm({
        mode: 'subscribe',
        topic,
        callback: 'https://watch.example/websub/1',
        secret: 'x',
        leaseSeconds: 3600,
      }),
    );
    expect(Object.fromEntries(form)).toEqual({
      'hub.mode': 'subscribe',
      'hub.topic': topic,
      'hub.callback': 'https://watch.example/websub/1',
      'hub.secret': 'x',
      'hub.lease_seconds': '3600',
    });
  });
  it('refuses an over-long secret', () => {
    expect(() =>
      hubSubscriptionForm({ mode: 'subscribe', topic, callback: 'https://x/', secret: 'x'.repeat(200) }),
    ).toThrow(RangeError);
  });
});
