import { SimulatedClock } from '../clock/clock';
import {
  countdownEventId,
  DEFAULT_MILESTONES,
  dueMilestones,
  formatRemaining,
  milestoneKey,
  nextMilestone,
  parseMilestones,
  planFor,
} from './index';

const DEADLINE = new Date('2025-08-01T04:01:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseMilestones', () => {
  it('reads the default list, earliest first', () => {
    expect(DEFAULT_MILESTONES.map((m) => m.id)).toEqual(['7d', '3d', '24h', '6h', '1h', 'passed']);
    expect(DEFAULT_MILESTONES.map((m) => m.label)).toEqual([
      '7 days',
      '3 days',
      '24 hours',
      '6 hours',
      '1 hour',
      'deadline passed',
    ]);
  });

  it('sorts, trims and drops duplicates', () => {
    expect(parseMilestones(' 1h, 2w ,30m,1h,passed').map((m) => m.id)).toEqual(['2w', '1h', '30m', 'passed']);
  });

  it.each(['', '0h', 'soon', '7x', '-1d'])('rejects %p', (spec) => {
    expect(() => parseMilestones(spec)).toThrow();
  });
});

describe('planFor', () => {
  it('places every milestone before the deadline', () => {
    expect(planFor(DEADLINE).map((p) => [p.milestone.id, p.at.toISOString(), p.key])).toEqual([
      ['7d', '2025-07-25T04:01:00.000Z', '7d@2025-08-01T04:01:00.000Z'],
      ['3d', '2025-07-29T04:01:00.000Z', '3d@2025-08-01T04:01:00.000Z'],
      ['24h', '2025-07-31T04:01:00.000Z', '24h@2025-08-01T04:01:00.000Z'],
      ['6h', '2025-07-31T22:01:00.000Z', '6h@2025-08-01T04:01:00.000Z'],
      ['1h', '2025-08-01T03:01:00.000Z', '1h@2025-08-01T04:01:00.000Z'],
      ['passed', '2025-08-01T04:01:00.000Z', 'passed@2025-08-01T04:01:00.000Z'],
    ]);
  });

  it('names the next milestone ahead', () => {
    expect(nextMilestone(DEADLINE, new Date('2025-07-30T00:00:00Z'))?.milestone.id).toBe('24h');
    expect(nextMilestone(DEADLINE, new Date('2025-08-02T00:00:00Z'))).toBeNull();
  });

  it('gives event ids that carry track, milestone and deadline', () => {
    expect(countdownEventId('kr-us', '24h', DEADLINE)).toBe(
      'deadline.countdown:kr-us:24h@2025-08-01T04:01:00.000Z',
    );
  });
});

describe('dueMilestones on a simulated clock', () => {
  it('fires each milestone exactly once when the clock walks through the last 8 days in 10-minute steps', () => {
    const clock = new SimulatedClock(DEADLINE.getTime() - 8 * DAY);
    const fired = new Set<string>();
    const log: string[] = [];
    while (clock.now().getTime() < DEADLINE.getTime() + 2 * DAY) {
      for (const due of dueMilestones(DEADLINE, clock.now(), fired)) {
        fired.add(due.key);
        log.push(`${due.milestone.id} ${clock.now().toISOString()}`);
      }
      clock.advance(10 * 60_000);
    }
    expect(log).toEqual([
      '7d 2025-07-25T04:01:00.000Z',
      '3d 2025-07-29T04:01:00.000Z',
      '24h 2025-07-31T04:01:00.000Z',
      '6h 2025-07-31T22:01:00.000Z',
      '1h 2025-08-01T03:01:00.000Z',
      'passed 2025-08-01T04:01:00.000Z',
    ]);
  });

  const cases: [string, number, string[], string[]][] = [
    ['far out: nothing', -30 * DAY, [], []],
    ['just crossed 7d', -7 * DAY + 1, [], ['7d']],
    ['exactly at the instant', -3 * DAY, ['7d'], ['3d']],
    ['moved to within 24h: only 24h, not stale 7d/3d', -20 * HOUR, [], ['24h']],
    ['already fired', -20 * HOUR, ['24h'], []],
    ['downtime over 24h and 6h: only 6h', -5 * HOUR, ['3d'], ['6h']],
    ['passed just now', 1, ['1h'], ['passed']],
    ['passed within the window', 23 * HOUR, [], ['passed']],
    ['passed long ago: quiet', 3 * DAY, [], []],
  ];
  it.each(cases)('%s', (_name, offsetFromDeadline, firedIds, expected) => {
    const now = new Date(DEADLINE.getTime() + offsetFromDeadline);
    const fired = new Set(firedIds.map((id) => milestoneKey(id, DEADLINE)));
    expect(dueMilestones(DEADLINE, now, fired).map((d) => d.milestone.id)).toEqual(expected);
  });

  it('re-plans when the deadline moves: keys of the old deadline do not suppress the new ones', () => {
    const oldDeadline = DEADLINE;
    const fired = new Set([milestoneKey('7d', oldDeadline), milestoneKey('3d', oldDeadline)]);
    const now = new Date(oldDeadline.getTime() - 2 * DAY);
    const movedOut = new Date(oldDeadline.getTime() + 30 * DAY);
    expect(dueMilestones(movedOut, now, fired)).toEqual([]);
    const movedIn = new Date(now.getTime() + 10 * HOUR);
    expect(dueMilestones(movedIn, now, fired).map((d) => d.key)).toEqual([milestoneKey('24h', movedIn)]);
  });

  it('honours a configured list and passed window', () => {
    const milestones = parseMilestones('2d,30m,passed');
    const now = new Date(DEADLINE.getTime() - 20 * 60_000);
    expect(dueMilestones(DEADLINE, now, new Set(), milestones).map((d) => d.milestone.id)).toEqual(['30m']);
    const late = new Date(DEADLINE.getTime() + 2 * HOUR);
    expect(dueMilestones(DEADLINE, late, new Set(), milestones, { passedWindowMs: HOUR })).toEqual([]);
  });
});

describe('formatRemaining', () => {
  it.each([
    [7 * DAY - HOUR, '6 days 23 hours'],
    [7 * DAY - 1, '6 days 23 hours'],
    [3 * DAY, '3 days'],
    [DAY + 30 * 60_000, '1 day'],
    [5 * HOUR + 3 * 60_000, '5 hours 3 minutes'],
    [HOUR, '1 hour'],
    [59 * 60_000 + 59_000, '59 minutes'],
    [30_000, 'less than a minute'],
    [-30_000, 'passed just now'],
    [-2 * HOUR, 'passed 2 hours ago'],
    [-(DAY + 3 * HOUR), 'passed 1 day 3 hours ago'],
  ])('%d ms before the deadline reads %p', (ms, expected) => {
    expect(formatRemaining(DEADLINE, new Date(DEADLINE.getTime() - ms))).toBe(expected);
  });
});
