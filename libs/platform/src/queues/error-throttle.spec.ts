import { ErrorThrottle, errorKind } from './error-throttle';

describe('ErrorThrottle', () => {
  it('reports the first of a kind, holds back repeats within the window, then reports with the count', () => {
    let now = 0;
    const throttle = new ErrorThrottle(60_000, () => now);
    const steps: [number, string, { suppressed: number } | null][] = [
      [0, 'ECONNREFUSED', { suppressed: 0 }],
      [1000, 'ECONNREFUSED', null],
      [2000, 'ECONNREFUSED', null],
      [2000, 'ETIMEDOUT', { suppressed: 0 }],
      [59_999, 'ECONNREFUSED', null],
      [60_000, 'ECONNREFUSED', { suppressed: 3 }],
      [61_000, 'ECONNREFUSED', null],
    ];
    for (const [at, key, expected] of steps) {
      now = at;
      expect([at, key, throttle.admit(key)]).toEqual([at, key, expected]);
    }
  });

  it.each([
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' }),
      'ECONNREFUSED',
    ],
    [new Error('connect failed 127.0.0.1:6379'), 'connect failed ADDR'],
    [new Error('Connection is closed.'), 'Connection is closed.'],
  ])('names the kind of %s as %s', (error, kind) => {
    expect(errorKind(error)).toBe(kind);
  });
});
