import { DEFAULT_SILENCE_POLICY as P, feedSilence, nextRhythm, trackSilence } from './silence';

const H = 3_600_000;
const T0 = new Date('2025-07-28T00:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * H);

describe('feedSilence', () => {
  const feed = (over: Partial<Parameters<typeof feedSilence>[0]> = {}) => ({
    consecutive_failures: 0,
    last_success_at: T0,
    created_at: T0,
    last_new_item_at: T0,
    success_interval_ms: 2 * H,
    ...over,
  });
  it.each<[string, Parameters<typeof feedSilence>[0], number, string | null]>([
    ['working, fresh', feed(), 1, null],
    ['failing 5 h', feed({ consecutive_failures: 5 }), 5, null],
    ['failing 7 h', feed({ consecutive_failures: 7 }), 7, 'failing'],
    ['never succeeded, 7 h old', feed({ consecutive_failures: 3, last_success_at: null }), 7, 'failing'],
    ['nothing new for 10 h, rhythm 2 h (floor 12 h)', feed(), 10, null],
    ['nothing new for 13 h, rhythm 2 h', feed(), 13, 'quiet'],
    ['nothing new for 30 h, rhythm 8 h', feed({ success_interval_ms: 8 * H }), 30, null],
    ['nothing new for 33 h, rhythm 8 h', feed({ success_interval_ms: 8 * H }), 33, 'quiet'],
    ['rhythm unknown', feed({ success_interval_ms: null }), 100, null],
  ])('%s', (_name, pulse, hours, reason) => {
    expect(feedSilence(pulse, at(hours), P)?.reason ?? null).toBe(reason);
  });
});

describe('trackSilence', () => {
  const deadline = (hoursAway: number) => ({ at: at(hoursAway).toISOString(), timezone: 'UTC' });
  it.each<[string, number | null, Date | null, number, boolean]>([
    ['no deadline', null, T0, 48, false],
    ['deadline 10 days away, unheard 48 h', 240 + 48, T0, 48, false],
    ['deadline 3 days away, unheard 48 h', 72 + 48, T0, 48, true],
    ['deadline 3 days away, heard 5 h ago', 72 + 48, at(43), 48, false],
    ['deadline passed', 24, T0, 48, false],
  ])('%s', (_name, hoursAway, lastHeardAt, now, silent) => {
    const track = { deadline: hoursAway === null ? null : deadline(hoursAway), lastHeardAt, createdAt: T0 };
    expect(trackSilence(track, at(now), P) !== null).toBe(silent);
  });
});

describe('nextRhythm', () => {
  it.each<[number | null, Date | null, number | null]>([
    [null, null, null],
    [null, at(0), 3 * H],
    [2 * H, at(0), Math.round(2 * H * 0.7 + 3 * H * 0.3)],
  ])('from %p', (previous, last, expected) => {
    expect(nextRhythm(previous, last, at(3))).toBe(expected);
  });
});
