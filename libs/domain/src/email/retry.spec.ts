import { EMAIL_RETRY_SCHEDULE_MS, emailRetryDelay } from './retry';

describe('emailRetryDelay', () => {
  const middle = () => 0.5;
  it.each([
    [1, 5_000],
    [2, 10_000],
    [4, 30_000],
    [6, 60_000],
    [12, 3_600_000],
    [18, 8 * 3_600_000],
  ])('after %i attempts waits %i ms', (attempts, delay) => {
    expect(emailRetryDelay(attempts, middle)).toBe(delay);
  });

  it('spreads each delay by at most 10 %', () => {
    expect(emailRetryDelay(1, () => 0)).toBe(4_500);
    expect(emailRetryDelay(1, () => 0.999_999)).toBe(5_500);
  });

  it('gives up once the schedule is spent, about two days after the first attempt', () => {
    expect(emailRetryDelay(EMAIL_RETRY_SCHEDULE_MS.length, middle)).toBeNull();
    const total = EMAIL_RETRY_SCHEDULE_MS.reduce((sum, ms) => sum + ms, 0);
    expect(total / 3_600_000).toBeGreaterThan(40);
    expect(total / 3_600_000).toBeLessThan(50);
  });

  it('retries at most a minute apart through the first two minutes of an outage', () => {
    let elapsed = 0;
    for (let attempts = 1; elapsed < 120_000; attempts++) {
      const delay = emailRetryDelay(attempts, middle) ?? Infinity;
      expect(delay).toBeLessThanOrEqual(60_000);
      elapsed += delay;
    }
  });
});
