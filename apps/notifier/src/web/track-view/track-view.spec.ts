import type { StatusHistoryRow, TrackRow } from '@dw/platform';
import { buildTimeline, buildTrackSummary, statusAt, statusChanges } from './build-track-view';
import { displayInZone, safeHttpUrl } from './format';
import { scheduledTalks } from './talks';

const DEADLINE = new Date('2025-08-01T04:01:00.000Z');
const HOUR = 3_600_000;

const track = (over: Partial<TrackRow> = {}): TrackRow => ({
  id: 'kr-us',
  name: 'Korea–US',
  parties: ['South Korea', 'United States'],
  keywords: [],
  deadline_at: DEADLINE,
  deadline_timezone: 'America/New_York',
  status: 'negotiating',
  state: {},
  updated_at: new Date('2025-07-01T00:00:00Z'),
  origin: 'config',
  edited_at: null,
  deleted_at: null,
  created_at: null,
  silent_since: null,
  ...over,
});

let nextId = 1;
const row = (kind: 'status' | 'deadline', from: string | null, to: string, at: string): StatusHistoryRow => ({
  id: nextId++,
  event_id: `${kind}:${to}:${at}`,
  track_id: 'kr-us',
  kind,
  from_value: from,
  to_value: to,
  evidence: [],
  occurred_at: new Date(at),
  footing: null,
});

describe('statusAt: the status in force at the deadline', () => {
  const history = [
    row('status', 'unknown', 'negotiating', '2025-07-10T00:00:00Z'),
    row('status', 'negotiating', 'stalled', '2025-07-30T00:00:00Z'),
    row('status', 'stalled', 'tariff_in_effect', '2025-08-02T00:00:00Z'),
  ];
  it.each([
    ['before any change: what the first change left', '2025-07-01T00:00:00Z', 'unknown'],
    ['between changes', '2025-07-20T00:00:00Z', 'negotiating'],
    ['exactly at a change', '2025-07-30T00:00:00Z', 'stalled'],
    ['at the deadline, a change came after it', DEADLINE.toISOString(), 'stalled'],
    ['after every change', '2025-09-01T00:00:00Z', 'tariff_in_effect'],
  ])('%s', (_name, at, expected) => {
    expect(statusAt(new Date(at), statusChanges(history), 'tariff_in_effect')).toBe(expected);
  });
  it('is the current status when nothing changed', () => {
    expect(statusAt(DEADLINE, [], 'negotiating')).toBe('negotiating');
  });
});

describe('buildTrackSummary', () => {
  it.each([
    [-4 * 24 * HOUR, '4 days', false, '3d'],
    [-30 * 60_000, '30 minutes', false, 'passed'],
    [0, 'passed just now', true, null],
    [2 * HOUR, 'passed 2 hours ago', true, null],
  ])('at deadline %+d ms: "%s", passed %p, next %p', (offset, remaining, passed, next) => {
    const summary = buildTrackSummary({
      track: track(),
      history: [],
      now: new Date(DEADLINE.getTime() + offset),
    });
    expect(summary.countdown).toMatchObject({ remaining, passed, remainingMs: offset === 0 ? 0 : -offset });
    expect(summary.countdown?.nextMilestone?.id ?? null).toBe(next);
    expect(summary.countdown?.statusAtDeadline ?? null).toBe(passed ? 'negotiating' : null);
  });
  it('has no countdown without a deadline, and reads an unknown stored status as unknown', () => {
    const summary = buildTrackSummary({
      track: track({ deadline_at: null, status: 'weird' }),
      history: [],
      now: DEADLINE,
    });
    expect(summary).toMatchObject({ deadline: null, countdown: null, milestones: [], status: 'unknown' });
  });
  it('states the deadline in its own zone', () => {
    expect(buildTrackSummary({ track: track(), history: [], now: DEADLINE }).deadline).toEqual({
      at: '2025-08-01T04:01:00.000Z',
      timezone: 'America/New_York',
      localTime: '2025-08-01T00:01:00.000-04:00',
      display: 'Friday 1 August 2025, 00:01 EDT',
    });
  });
});

describe('buildTimeline', () => {
  it('merges status changes and deadline moves, newest first', () => {
    const timeline = buildTimeline(track(), [
      row('deadline', '2025-07-09T04:01:00.000Z', DEADLINE.toISOString(), '2025-07-08T00:00:00Z'),
      row('status', 'unknown', 'negotiating', '2025-07-10T00:00:00Z'),
    ]);
    expect(timeline.entries.map((e) => e.kind)).toEqual(['status', 'deadline']);
    expect(timeline.entries[1]).toMatchObject({
      fromDisplay: 'Wednesday 9 July 2025, 00:01 EDT',
      toDisplay: 'Friday 1 August 2025, 00:01 EDT',
    });
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://news.example/a?b=1&c=2', 'https://news.example/a?b=1&c=2'],
    ['http://news.example', 'http://news.example/'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//news.example/a', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%p -> %p', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('displayInZone', () => {
  it('falls back to UTC for a zone luxon does not know', () => {
    expect(displayInZone(DEADLINE, 'Mars/Olympus')).toBe('Friday 1 August 2025, 04:01 UTC');
  });
});

describe('scheduledTalks', () => {
  const article = (evidence: string, publishedAt: string | null = '2025-07-26T02:00:00Z') => ({
    id: `a-${evidence.length}`,
    url: 'https://news.example/a',
    source: 'Yonhap',
    publishedAt,
    signals: [{ type: 'talks_scheduled', evidence }],
  });
  it.each([
    ['a named day', 'Ministers will meet in Washington on July 31.', '2025-07-31'],
    ['a weekday after publication (a Saturday)', 'The two sides will meet again on Thursday.', '2025-07-31'],
    ['a day before publication is not upcoming', 'Ministers met on July 20 and will talk again.', null],
    ['no day named', 'Talks are expected to resume soon.', null],
  ])('%s', (_name, sentence, expected) => {
    const talks = scheduledTalks([article(sentence)]);
    expect(talks[0]?.date ?? null).toBe(expected);
  });
  it('skips articles without a publication date and other signals, and drops duplicates', () => {
    expect(scheduledTalks([article('They meet on July 31.', null)])).toEqual([]);
    expect(
      scheduledTalks([
        { ...article('They meet on July 31.'), signals: [{ type: 'talks_held', evidence: 'x' }] },
      ]),
    ).toEqual([]);
    expect(scheduledTalks([article('They meet on July 31.'), article('They meet on July 31.')])).toHaveLength(
      1,
    );
  });
});
