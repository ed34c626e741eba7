import { nextPollAt } from './poll-cadence';

const M = 60_000;
const deadline = new Date('2025-08-01T04:01:00Z');
const before = (ms: number): Date => new Date(deadline.getTime() - ms);
const delay = (input: Parameters<typeof nextPollAt>[0]): number =>
  nextPollAt(input).getTime() - input.now.getTime();

describe('nextPollAt (poller)', () => {
  it.each([
    ['far out, one track', [deadline], 10 * 24 * 60 * M, 30 * M],
    ['2 days out', [deadline], 2 * 24 * 60 * M, 5 * M],
    ['no track: idle', [], 2 * 60 * M, 30 * M],
    ['a null deadline counts as idle', [null], 2 * 60 * M, 30 * M],
    ['the most urgent of several', [null, new Date('2026-01-01T00:00:00Z'), deadline], 2 * 60 * M, 0.5 * M],
  ])('%s', (_label, deadlines, msBefore, expected) => {
    expect(delay({ now: before(msBefore), deadlines, consecutiveFailures: 0, retryAfterMs: null })).toBe(
      expected,
    );
  });

  it('jitters by at most 10% either way', () => {
    const now = before(2 * 24 * 60 * M);
    const base = { now, deadlines: [deadline], consecutiveFailures: 0, retryAfterMs: null };
    expect(delay({ ...base, random: 0 })).toBe(4.5 * M);
    expect(delay({ ...base, random: 0.5 })).toBe(5 * M);
    expect(delay({ ...base, random: 0.999999 })).toBe(5.5 * M);
  });

  it('backs off after failures and honours Retry-After', () => {
    const now = before(2 * 24 * 60 * M);
    expect(delay({ now, deadlines: [deadline], consecutiveFailures: 3, retryAfterMs: null })).toBe(40 * M);
    expect(delay({ now, deadlines: [deadline], consecutiveFailures: 0, retryAfterMs: 20 * M })).toBe(20 * M);
  });
});
