import { SimulatedClock } from '../clock/clock';
import {
  DEFAULT_CADENCE,
  intervalForDeadline,
  intervalForDeadlines,
  nextPollAt,
  nextPollDelay,
} from './cadence';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const deadline = '2025-08-01T04:01:00.000Z';
const at = (msBefore: number): Date => new Date(new Date(deadline).getTime() - msBefore);

describe('intervalForDeadline', () => {
  it.each([
    ['30 days before', at(30 * D), 30 * M],
    ['just over a week before', at(7 * D + M), 30 * M],
    ['a week before', at(7 * D), 15 * M],
    ['4 days before', at(4 * D), 15 * M],
    ['3 days before', at(3 * D), 5 * M],
    ['2 days before', at(2 * D), 5 * M],
    ['24 hours before', at(24 * H), 1 * M],
    ['7 hours before', at(7 * H), 1 * M],
    ['6 hours before', at(6 * H), 30 * S],
    ['1 minute before', at(M), 30 * S],
    ['at the deadline', at(0), 30 * S],
    ['1 hour after', at(-H), 1 * M],
    ['23 hours after', at(-23 * H), 1 * M],
    ['a day and a minute after', at(-(D + M)), 30 * M],
    ['a month after', at(-30 * D), 30 * M],
  ])('%s', (_label, now, expected) => {
    expect(intervalForDeadline(now, deadline)).toBe(expected);
  });

  it('polls at the idle pace without a deadline', () => {
    expect(intervalForDeadline(at(H), null)).toBe(DEFAULT_CADENCE.idleIntervalMs);
    expect(intervalForDeadlines(at(H), [])).toBe(DEFAULT_CADENCE.idleIntervalMs);
  });

  it('follows the most urgent of several tracks', () => {
    expect(intervalForDeadlines(at(2 * H), [deadline, null, '2026-01-01T00:00:00Z'])).toBe(30 * S);
  });
});

describe('nextPollDelay', () => {
  it.each([
    ['no failures', 0, undefined, 15 * M],
    ['one failure doubles', 1, undefined, 30 * M],
    ['two failures', 2, undefined, 60 * M],
    ['backoff is capped', 10, undefined, 2 * H],
    ['Retry-After longer than the interval wins', 0, 45 * M, 45 * M],
    ['Retry-After shorter than the interval is ignored', 0, 5 * M, 15 * M],
    ['Retry-After is capped', 0, 30 * D, 12 * H],
  ])('%s', (_label, failures, retryAfterMs, expected) => {
    expect(
      nextPollDelay({ now: at(5 * D), deadlines: [deadline], consecutiveFailures: failures, retryAfterMs }),
    ).toBe(expected);
  });

  it('jitters within the ratio and only when given a random number', () => {
    const now = at(5 * D);
    expect(nextPollDelay({ now, deadlines: [deadline], random: 0 })).toBe(Math.round(15 * M * 0.9));
    expect(nextPollDelay({ now, deadlines: [deadline], random: 0.5 })).toBe(15 * M);
  });

  it('speeds up as a simulated clock walks towards the deadline', () => {
    const clock = new SimulatedClock(at(8 * D));
    const seen: number[] = [];
    while (clock.now().getTime() < new Date(deadline).getTime() + 2 * D) {
      const next = nextPollAt({ now: clock.now(), deadlines: [deadline] });
      const delay = next.getTime() - clock.now().getTime();
      if (seen[seen.length - 1] !== delay) seen.push(delay);
      clock.set(next);
    }
    expect(seen).toEqual([30 * M, 15 * M, 5 * M, 1 * M, 30 * S, 1 * M, 30 * M]);
  });
});
