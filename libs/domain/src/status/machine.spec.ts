import type { Classification, TaggedSignal } from '../model/classification';
import { SimulatedClock } from '../clock/clock';
import { applyArticle } from './machine';
import { initialTrackState, type ClassifiedArticle, type TrackState } from './ledger';
import { withPolicy } from './policy';
import type { DeadlineChangedEvent, StatusChangedEvent } from '../model/events';

type Event = StatusChangedEvent | DeadlineChangedEvent;

function article(
  id: string,
  source: string,
  storyId: string,
  publishedAt: string,
  signals: ([TaggedSignal['type'], number] | [TaggedSignal['type'], number, string])[],
  extra: Partial<Classification> = {},
): ClassifiedArticle {
  return {
    articleId: id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    source,
    storyId,
    publishedAt,
    classification: {
      id,
      relevant: true,
      tracks: ['kr-us'],
      signals: signals.map(([type, confidence, sentence]) => ({
        type,
        confidence,
        evidence: sentence ?? `Sentence of ${id} showing ${type}.`,
      })),
      deadline: null,
      tariff_rates: [],
      ...extra,
    },
  };
}

const policy = withPolicy({ corroborationWindowHours: 72 });

/** Feeds articles in order on a simulated clock, each processed an hour after publication. */
function run(
  articles: ClassifiedArticle[],
  start: TrackState = initialTrackState('kr-us'),
): { state: TrackState; events: Event[]; perArticle: Event[][] } {
  const clock = new SimulatedClock('2025-07-01T00:00:00Z');
  let state = start;
  const events: Event[] = [];
  const perArticle: Event[][] = [];
  for (const item of articles) {
    clock.set(Date.parse(item.publishedAt!) + 3_600_000);
    const step = applyArticle(state, item, clock.now(), policy);
    state = step.state;
    events.push(...step.events);
    perArticle.push(step.events);
  }
  return { state, events, perArticle };
}

const timeline: ClassifiedArticle[] = [
  article('a1', 'Yonhap', 's1', '2025-07-20T01:00:00Z', [['talks_scheduled', 0.8]], {
    deadline: '2025-08-01',
  }),
  article('a2', 'Korea Herald', 's2', '2025-07-24T01:00:00Z', [
    ['talks_cancelled', 0.85],
    ['no_breakthrough', 0.8],
  ]),
  article('a3', 'Reuters', 's3', '2025-07-30T01:00:00Z', [['deal_reached', 0.8]]),
  article('a3-copy', 'Some Portal', 's3', '2025-07-30T02:00:00Z', [['deal_reached', 0.8]]),
  article('a4', 'AP', 's4', '2025-07-30T05:00:00Z', [['deal_reached', 0.85]]),
];

describe('track status machine', () => {
  it('moves through the expected statuses once each, with evidence', () => {
    const { state, events, perArticle } = run(timeline);
    const transitions = events
      .filter((event): event is StatusChangedEvent => event.type === 'status.changed')
      .map((event) => `${event.data.from}->${event.data.to}${event.data.confirmed ? '' : '?'}`);
    expect(transitions).toEqual([
      'unknown->negotiating',
      'negotiating->stalled',
      'stalled->deal_reached?',
      'stalled->deal_reached',
    ]);
    expect(state.status).toBe('deal_reached');
    expect(state.phase).toBe('framework_deal');
    expect(perArticle[3]).toEqual([]);
    const deal = events.find(
      (event): event is StatusChangedEvent =>
        event.type === 'status.changed' && event.data.to === 'deal_reached' && event.data.confirmed === true,
    )!;
    expect(deal.data).toMatchObject({ outlets: 2, phase: 'framework_deal', countdown: 'stopped' });
    expect(deal.data.confirms).toBe(perArticle[2][0].id);
    expect(deal.data.evidence.map((item) => item.articleId).sort()).toEqual(['a3', 'a4']);
    expect(deal.data.evidence[0].sentence).toMatch(/showing deal_reached/);
    const deadline = events.find(
      (event): event is DeadlineChangedEvent => event.type === 'deadline.changed',
    )!;
    expect(deadline.data).toMatchObject({ from: null, to: '2025-08-01T04:01:00.000Z' });
  });

  it('does not count a syndicated copy (same story) as corroboration', () => {
    const { state, events } = run(timeline.slice(0, 4));
    expect(state.status).toBe('stalled');
    expect(state.pending?.toPhase).toBe('framework_deal');
    expect(
      events.some(
        (event) =>
          event.type === 'status.changed' &&
          event.data.to === 'deal_reached' &&
          event.data.confirmed !== false,
      ),
    ).toBe(false);
  });

  it('accepts a single strong official statement, but announces a lone anonymous-source report as unconfirmed', () => {
    const official = run([
      article('b1', 'Yonhap', 't1', '2025-07-30T01:00:00Z', [
        [
          'deal_reached',
          0.95,
          'In a Truth Social post, President Trump announced that the two countries had a deal.',
        ],
      ]),
    ]);
    expect(official.state.status).toBe('deal_reached');
    expect(official.events[0].data).toMatchObject({ confirmed: true, outlets: 1 });
    const anonymous = run([
      article('b2', 'Yonhap', 't2', '2025-07-30T01:00:00Z', [
        [
          'deal_reached',
          0.97,
          'The two sides reached a deal, two people with knowledge of the tariff talks said.',
        ],
      ]),
    ]);
    expect(anonymous.state.status).toBe('unknown');
    expect(anonymous.state.pending?.toPhase).toBe('framework_deal');
    expect(anonymous.events).toHaveLength(1);
    expect(anonymous.events[0].data).toMatchObject({ to: 'deal_reached', confirmed: false, outlets: 1 });
    expect(anonymous.events[0].data.evidence[0].attribution).toBe('anonymous');
  });

  it('reverts a deal that is later denied', () => {
    const denial = article('a5', 'KBS', 's5', '2025-07-30T09:00:00Z', [['no_breakthrough', 0.8]], {
      denied: [
        {
          type: 'deal_reached',
          confidence: 0.85,
          evidence: 'Seoul denied reports that the sides had reached a deal.',
        },
      ],
    });
    const { state, events } = run([...timeline, denial]);
    const last = events[events.length - 1] as StatusChangedEvent;
    expect(last.type).toBe('status.changed');
    expect(last.data.from).toBe('deal_reached');
    expect(last.data.reason).toBe('denied');
    expect(['negotiating', 'stalled']).toContain(last.data.to);
    expect(last.data.evidence.some((item) => item.articleId === 'a5')).toBe(true);
    expect(state.status).toBe(last.data.to);
  });

  it('is idempotent: re-processing an article emits nothing, and ids are stable across runs', () => {
    const first = run(timeline);
    const again = applyArticle(first.state, timeline[4], new Date('2025-07-31T00:00:00Z'), policy);
    expect(again.events).toEqual([]);
    expect(again.state).toBe(first.state);
    expect(run(timeline).events.map((event) => event.id)).toEqual(first.events.map((event) => event.id));
    expect(new Set(first.events.map((event) => event.id)).size).toBe(first.events.length);
  });

  it('moves the deadline only when a second independent source confirms it', () => {
    const start = run(timeline.slice(0, 1)).state;
    const one = article(
      'd1',
      'Yonhap',
      'x1',
      '2025-07-21T01:00:00Z',
      [
        ['deadline_extended', 0.8],
        ['deadline_set', 0.8],
      ],
      { deadline: '2025-08-08' },
    );
    const copy = article('d1-copy', 'Yonhap', 'x1', '2025-07-21T02:00:00Z', [['deadline_extended', 0.8]], {
      deadline: '2025-08-08',
    });
    const two = article('d2', 'Reuters', 'x2', '2025-07-21T05:00:00Z', [['deadline_extended', 0.8]], {
      deadline: '2025-08-08',
    });
    const { perArticle, state } = run([one, copy, two], start);
    const reported = perArticle[0].find(
      (event): event is DeadlineChangedEvent => event.type === 'deadline.changed',
    )!;
    expect(reported.data).toMatchObject({ confirmed: false, outlets: 1, countdown: 'held' });
    expect(perArticle[1]).toEqual([]);
    const moved = perArticle[2].find(
      (event): event is DeadlineChangedEvent => event.type === 'deadline.changed',
    )!;
    expect(moved.data).toMatchObject({
      from: '2025-08-01T04:01:00.000Z',
      to: '2025-08-08T04:01:00.000Z',
      confirmed: true,
      outlets: 2,
      confirms: reported.id,
    });
    expect(moved.data.evidence.map((item) => item.articleId).sort()).toEqual(['d1', 'd2']);
    expect(state.deadline?.at).toBe('2025-08-08T04:01:00.000Z');
  });

  it.each([
    ['the day after, as Seoul dates it', '2025-08-02', 0],
    ['the day before', '2025-07-31', 0],
    ['two days later', '2025-08-03', 1],
  ])('reads a date a day from the current deadline as the same deadline: %s', (_, date, moves) => {
    const start = run(timeline.slice(0, 1)).state;
    const report = article('tz', 'Yonhap', 'tz', '2025-07-21T01:00:00Z', [['deadline_set', 0.8]], {
      deadline: date,
    });
    const { events } = run([report], start);
    expect(events.filter((event) => event.type === 'deadline.changed')).toHaveLength(moves);
  });

  it('announces a lone deadline move at modest confidence, holding the old countdown', () => {
    const start = run(timeline.slice(0, 1)).state;
    const report = article('m1', 'Yonhap', 'm1', '2025-07-21T01:00:00Z', [['deadline_set', 0.6]], {
      deadline: '2025-08-08',
    });
    const { events } = run([report], start);
    expect(events.find((event) => event.type === 'deadline.changed')?.data).toMatchObject({
      confirmed: false,
      countdown: 'held',
    });
  });

  it('ignores articles whose main track is another one, and low-confidence signals', () => {
    const other = article('j1', 'Kyodo', 'j1', '2025-07-22T01:00:00Z', [['deal_reached', 0.95]], {
      tracks: ['jp-us', 'kr-us'],
    });
    const weak = article('w1', 'Blog', 'w1', '2025-07-22T01:00:00Z', [['talks_held', 0.3]]);
    const { state, events } = run([other, weak]);
    expect(events).toEqual([]);
    expect(state.status).toBe('unknown');
  });

  it('weighs recency: fresh talks outweigh an old stall', () => {
    const stall = article('s1', 'Yonhap', 'q1', '2025-07-10T01:00:00Z', [['no_breakthrough', 0.8]]);
    const talks = article('t1', 'Reuters', 'q2', '2025-07-18T01:00:00Z', [['talks_held', 0.75]]);
    const { state } = run([stall, talks]);
    expect(state.status).toBe('negotiating');
  });
});

describe('event ids under re-classification', () => {
  it('stay the same when a backfill replays the stories with richer evidence', () => {
    const first = run(timeline).events.map((event) => event.id);
    const enriched = timeline.map((item) => ({
      ...item,
      classification: {
        ...item.classification,
        signals: [
          ...item.classification.signals,
          { type: 'tariff_reduced' as const, confidence: 0.6, evidence: 'Another sentence.' },
        ],
      },
    }));
    const statusIds = (events: Event[]) =>
      events.filter((event) => event.type === 'status.changed').map((event) => event.id);
    expect(statusIds(run(enriched).events)).toEqual(statusIds(run(timeline).events));
    expect(first.length).toBeGreaterThan(0);
  });
});

describe('policy and other statuses', () => {
  it('takes a single ordinary report when the policy does not treat deals as high-impact', () => {
    const clock = new SimulatedClock('2025-07-30T02:00:00Z');
    const step = applyArticle(
      initialTrackState('kr-us'),
      timeline[2],
      clock.now(),
      withPolicy({ highImpactPhases: ['tariff_in_effect'] }),
    );
    expect(step.state.status).toBe('deal_reached');
  });

  it('goes stalled, back to negotiating when talks resume, then tariff_in_effect once confirmed', () => {
    const { events } = run([
      article('p1', 'Yonhap', 'p1', '2025-07-20T01:00:00Z', [['talks_held', 0.8]]),
      article('p2', 'Reuters', 'p2', '2025-07-21T01:00:00Z', [
        ['no_breakthrough', 0.85],
        ['talks_cancelled', 0.85],
      ]),
      article('p3', 'AP', 'p3', '2025-07-25T01:00:00Z', [
        ['talks_held', 0.85],
        ['talks_scheduled', 0.8],
        ['proposal', 0.8],
      ]),
      article('p4', 'Yonhap', 'p4', '2025-08-07T01:00:00Z', [['tariff_imposed', 0.8]]),
      article('p5', 'KBS', 'p5', '2025-08-07T03:00:00Z', [['tariff_imposed', 0.85]]),
    ]);
    expect(
      events
        .filter((event): event is StatusChangedEvent => event.type === 'status.changed')
        .map((event) => `${event.data.to}${event.data.confirmed ? '' : '?'}`),
    ).toEqual(['negotiating', 'stalled', 'negotiating', 'tariff_in_effect?', 'tariff_in_effect']);
  });
});
