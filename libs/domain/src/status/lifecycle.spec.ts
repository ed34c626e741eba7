import type { Classification, TaggedSignal } from '../model/classification';
import type { DeadlineChangedEvent, StatusChangedEvent } from '../model/events';
import { SimulatedClock } from '../clock/clock';
import { attributionOf } from './attribution';
import { dealStageOf } from './lifecycle';
import { initialTrackState, type ClassifiedArticle, type TrackState } from './ledger';
import {
  applyArticle,
  applyManualDeadline,
  countdownHold,
  expireUnconfirmed,
  type StatusEvent,
} from './machine';
import { DEFAULT_STATUS_POLICY } from './policy';

type Signal = [TaggedSignal['type'], number, string];

let counter = 0;
function report(
  source: string,
  publishedAt: string,
  signals: Signal[],
  extra: Partial<Classification> & { storyId?: string } = {},
): ClassifiedArticle {
  const id = `a${++counter}`;
  const { storyId, ...classification } = extra;
  return {
    articleId: id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    source,
    storyId: storyId ?? id,
    publishedAt,
    classification: {
      id,
      relevant: true,
      tracks: ['kr-us'],
      signals: signals.map(([type, confidence, evidence]) => ({ type, confidence, evidence })),
      deadline: null,
      tariff_rates: [],
      ...classification,
    },
  };
}

/** Applies articles in order on a simulated clock, each processed 30 minutes after publication. */
function replay(articles: ClassifiedArticle[], start: TrackState = initialTrackState('kr-us')) {
  const clock = new SimulatedClock('2025-04-01T00:00:00Z');
  let state = start;
  const perArticle: StatusEvent[][] = [];
  for (const item of articles) {
    clock.set(Date.parse(item.publishedAt!) + 30 * 60_000);
    const step = applyArticle(state, item, clock.now());
    state = step.state;
    perArticle.push(step.events);
  }
  return { state, perArticle, events: perArticle.flat() };
}

const statusLine = (event: StatusEvent) =>
  event.type === 'status.changed'
    ? `${event.data.phase}${event.data.confirmed === false ? '?' : ''}${event.data.withdraws ? ' (withdraws)' : ''}`
    : `deadline ${event.data.to?.slice(0, 10) ?? 'none'}${event.data.confirmed === false ? '?' : ''}`;

const TALKS: Signal = [
  'talks_held',
  0.85,
  'Trade Minister Yeo held talks with USTR Greer in Washington on Monday.',
];
const DEAL: Signal = ['deal_reached', 0.88, 'Washington and Seoul reached a trade deal on Wednesday.'];
const STALL: Signal = [
  'no_breakthrough',
  0.88,
  'Talks on the $350 billion fund failed to yield a breakthrough on Saturday.',
];
const FINAL: Signal = [
  'deal_reached',
  0.9,
  'Lee and Trump finalized the trade agreement at their summit in Gyeongju on Wednesday.',
];
const SIGNED: Signal = ['deal_reached', 0.9, 'The two governments released the joint fact sheet on Friday.'];
const THREAT: Signal = [
  'tariff_threatened',
  0.85,
  'Trump warned he would raise the levy on South Korean goods back up to 25 percent.',
];

describe('a negotiation through its whole life', () => {
  it('deal, stall over the fund, finalisation, signed text, and a new threat: each a transition with evidence and outlets', () => {
    const { events, state } = replay([
      report('Yonhap', '2025-04-24T01:00:00Z', [TALKS]),
      report('Reuters', '2025-07-30T22:00:00Z', [DEAL]),
      report('AP', '2025-07-31T01:00:00Z', [DEAL]),
      report('AP copy', '2025-07-31T02:00:00Z', [DEAL], { storyId: 'a3' }),
      report('Bloomberg', '2025-07-31T03:00:00Z', [DEAL]),
      report('KBS', '2025-09-13T01:00:00Z', [STALL]),
      report('Reuters', '2025-09-15T01:00:00Z', [STALL]),
      report('Semafor', '2025-10-29T08:00:00Z', [FINAL]),
      report('Reuters', '2025-10-29T09:00:00Z', [FINAL]),
      report('ChosunBiz', '2025-11-14T01:00:00Z', [SIGNED]),
      report('Yonhap', '2026-01-27T01:00:00Z', [THREAT]),
      report('Reuters', '2026-01-27T05:00:00Z', [THREAT]),
    ]);
    expect(events.map(statusLine)).toEqual([
      'negotiating',
      'framework_deal?',
      'framework_deal',
      'implementation_stalled?',
      'implementation_stalled',
      'deal_finalised?',
      'deal_finalised',
      'deal_signed',
      'rethreatened?',
      'rethreatened',
    ]);
    const statuses = events.map((event) => (event.type === 'status.changed' ? event.data.to : ''));
    expect(statuses).toEqual([
      'negotiating',
      'deal_reached',
      'deal_reached',
      'stalled',
      'stalled',
      'deal_reached',
      'deal_reached',
      'deal_reached',
      'negotiating',
      'negotiating',
    ]);
    for (const event of events) expect(event.data.evidence.length).toBeGreaterThan(0);
    const deal = events[2] as StatusChangedEvent;
    expect(deal.data).toMatchObject({ confirmed: true, outlets: 2, confirms: events[1].id });
    expect(events[7].data).toMatchObject({ confirmed: true, outlets: 1 });
    // Reuters, AP and Bloomberg behind the deal by the time the stall comes; the syndicated AP copy counts once.
    expect(events[3].data.evidence.length).toBe(1);
    expect(state).toMatchObject({ status: 'negotiating', phase: 'rethreatened', pending: null });
  });

  it('a lone anonymous-source deal report is unconfirmed, then confirmed by a second outlet', () => {
    const leak: Signal = [
      'deal_reached',
      0.97,
      'The two sides reached a deal, two people with knowledge of the tariff talks said.',
    ];
    const { perArticle, state } = replay([
      report('Yonhap', '2025-07-20T01:00:00Z', [TALKS]),
      report('Bloomberg', '2025-07-30T01:00:00Z', [leak]),
      report('Bloomberg copy', '2025-07-30T02:00:00Z', [leak], { storyId: 'a' + (counter - 0) }),
      report('Yonhap', '2025-08-02T01:00:00Z', [DEAL]),
    ]);
    expect(perArticle[1].map(statusLine)).toEqual(['framework_deal?']);
    expect(perArticle[1][0].data).toMatchObject({
      from: 'negotiating',
      to: 'deal_reached',
      confirmed: false,
      outlets: 1,
    });
    expect(perArticle[2]).toEqual([]);
    // Four days later, outside the 72-hour window: a pending report is still confirmed by any later outlet.
    expect(perArticle[3].map(statusLine)).toEqual(['framework_deal']);
    expect(perArticle[3][0].data).toMatchObject({
      confirmed: true,
      outlets: 2,
      confirms: perArticle[1][0].id,
    });
    expect(state.status).toBe('deal_reached');
  });

  it('a lone deal report is withdrawn by a denial, or when nobody confirms it in time', () => {
    const denial = report('KBS', '2025-07-30T09:00:00Z', [], {
      denied: [
        {
          type: 'deal_reached',
          confidence: 0.9,
          evidence: 'Seoul denied reports that the sides had reached a deal.',
        },
      ],
    });
    const denied = replay([
      report('Yonhap', '2025-07-20T01:00:00Z', [TALKS]),
      report('Reuters', '2025-07-30T01:00:00Z', [DEAL]),
      denial,
    ]);
    expect(denied.events.map(statusLine)).toEqual([
      'negotiating',
      'framework_deal?',
      'negotiating (withdraws)',
    ]);
    expect(denied.events[2].data).toMatchObject({
      from: 'deal_reached',
      to: 'negotiating',
      reason: 'denied',
      withdraws: denied.events[1].id,
    });
    expect(denied.state).toMatchObject({ status: 'negotiating', pending: null });

    const lone = replay([
      report('Yonhap', '2025-07-20T01:00:00Z', [TALKS]),
      report('Reuters', '2025-07-30T01:00:00Z', [DEAL]),
    ]);
    const early = expireUnconfirmed(lone.state, new Date('2025-08-05T00:00:00Z'));
    expect(early.events).toEqual([]);
    const late = expireUnconfirmed(lone.state, new Date('2025-08-07T00:00:00Z'));
    expect(late.events.map(statusLine)).toEqual(['negotiating (withdraws)']);
    expect(late.events[0]).toMatchObject({
      occurredAt: new Date(Date.parse('2025-07-30T01:30:00Z') + 168 * 3_600_000).toISOString(),
      data: { reason: 'not_confirmed_in_time' },
    });
    // The sweep and a later article give the same withdrawal: the same id, recorded once.
    const again = expireUnconfirmed(lone.state, new Date('2025-08-09T00:00:00Z'));
    expect(again.events[0].id).toBe(late.events[0].id);
  });

  it('reports spent on a withdrawn announcement cannot raise it again; a deal named as a goal is no deal', () => {
    const goal: Signal = [
      'deal_reached',
      0.9,
      'Officials are holding the talks with the goal of clinching an agreement by July 8.',
    ];
    const lone = replay([
      report('Yonhap', '2025-07-20T01:00:00Z', [TALKS]),
      report('Reuters', '2025-07-21T01:00:00Z', [DEAL]),
      report('Yonhap', '2025-07-29T01:00:00Z', [TALKS]),
      report('KBS', '2025-07-30T01:00:00Z', [goal]),
    ]);
    // Withdrawn on time-out when the next article arrives; the Reuters report does not come back.
    expect(lone.events.map(statusLine)).toEqual([
      'negotiating',
      'framework_deal?',
      'negotiating (withdraws)',
    ]);
    expect(lone.state.pending).toBeNull();
  });

  it('a mention of a deadline already moved away from is background, not a move back', () => {
    const start = initialTrackState('kr-us', {
      at: '2025-07-08T04:01:00.000Z',
      timezone: 'America/New_York',
    });
    const move = (source: string, at: string) =>
      report(source, at, [['deadline_extended', 0.85, 'Trump pushed the deadline to Aug. 1.']], {
        deadline: '2025-08-01',
      });
    const { events, state } = replay(
      [
        move('Reuters', '2025-07-07T20:00:00Z'),
        move('AP', '2025-07-07T22:00:00Z'),
        report(
          'Bloomberg',
          '2025-07-08T01:00:00Z',
          [['deadline_set', 0.9, 'Officials discussed the July 9 deadline.']],
          {
            deadline: '2025-07-09',
          },
        ),
      ],
      start,
    );
    expect(events.filter((e) => e.type === 'deadline.changed').map(statusLine)).toEqual([
      'deadline 2025-08-01?',
      'deadline 2025-08-01',
    ]);
    expect(state.formerDeadlines).toEqual(['2025-07-08']);
  });

  it('a deal stops the countdown; a new threat with a date starts a new one', () => {
    const start = initialTrackState('kr-us', {
      at: '2025-08-01T04:01:00.000Z',
      timezone: 'America/New_York',
    });
    const letter: Signal = [
      'tariff_threatened',
      0.88,
      'Trump said tariffs on South Korea would rise to 25 percent from Feb. 15.',
    ];
    const { perArticle, state, events } = replay(
      [
        report('Reuters', '2025-07-30T22:00:00Z', [DEAL]),
        report('AP', '2025-07-31T01:00:00Z', [DEAL]),
        report(
          'Yonhap',
          '2025-08-06T01:00:00Z',
          [['tariff_imposed', 0.9, 'The 15% tariff took effect on Thursday.']],
          {
            deadline: '2025-08-07',
          },
        ),
        report(
          'Yonhap',
          '2026-01-27T01:00:00Z',
          [letter, ['deadline_set', 0.85, 'The higher rate applies from Feb. 15.']],
          {
            deadline: '2026-02-15',
          },
        ),
        report(
          'Reuters',
          '2026-01-27T03:00:00Z',
          [letter, ['deadline_set', 0.85, 'The new rate would apply from Feb. 15.']],
          {
            deadline: '2026-02-15',
          },
        ),
      ],
      start,
    );
    expect(perArticle[1][0].data).toMatchObject({ phase: 'framework_deal', countdown: 'stopped' });
    expect(countdownHold(replay([], start).state)).toBeNull();
    // The deal's own tariff taking effect, with its date, is neither a transition nor a new deadline.
    expect(perArticle[2]).toEqual([]);
    const deadlines = events.filter((e): e is DeadlineChangedEvent => e.type === 'deadline.changed');
    expect(deadlines.map(statusLine)).toEqual(['deadline 2026-02-15?', 'deadline 2026-02-15']);
    expect(deadlines[1].data).toMatchObject({ confirmed: true, outlets: 2, confirms: deadlines[0].id });
    expect(state.deadlineBinding).toBe(true);
    expect(countdownHold(state)).toBeNull();
    expect(state.deadline?.at).toBe('2026-02-15T05:01:00.000Z');
  });

  it('holds the countdown of a deadline while a reported move awaits confirmation', () => {
    const start = initialTrackState('kr-us', {
      at: '2025-07-08T04:01:00.000Z',
      timezone: 'America/New_York',
    });
    const move = report(
      'Seoul Economic Daily',
      '2025-07-08T02:00:00Z',
      [
        ['deadline_set', 0.85, 'Trump set a 25% tariff on Korean products from August 1.'],
        ['tariff_threatened', 0.85, 'Trump set a 25% tariff.'],
      ],
      { deadline: '2025-08-01' },
    );
    const { state, events } = replay([move], start);
    const moved = events.find((e) => e.type === 'deadline.changed')!;
    expect(moved.data).toMatchObject({ confirmed: false, countdown: 'held', outlets: 1 });
    expect(countdownHold(state)).toBe('held');
    expect(state.deadline?.at).toBe('2025-07-08T04:01:00.000Z');
  });

  it('an editor sets the deadline as an event like one from the news', () => {
    const now = new Date('2025-07-10T00:00:00Z');
    const step = applyManualDeadline(
      initialTrackState('kr-us'),
      { deadline: { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' }, actor: 'desk editor' },
      now,
    );
    expect(step.events[0]).toMatchObject({
      type: 'deadline.changed',
      data: { from: null, to: '2025-08-01T04:01:00.000Z', manual: true, confirmed: true },
    });
    expect(step.events[0].data.evidence[0].source).toBe('desk editor');
    expect(
      applyManualDeadline(step.state, { deadline: step.state.deadline!, actor: 'x' }, now).events,
    ).toEqual([]);
  });
});

describe('reading a sentence', () => {
  it.each([
    ['A deal was reached, two people with knowledge of the tariff talks said.', 'anonymous'],
    ['The sides reached a deal, according to sources.', 'anonymous'],
    ['Diplomatic sources said the joint statement fell through.', 'anonymous'],
    ['The two governments are expected to announce a deal on Friday.', 'hedged'],
    ['Seoul reportedly agreed to a $350 billion fund.', 'hedged'],
    ['In a Truth Social post, President Trump announced a deal with Korea.', 'official'],
    ['The White House released the joint fact sheet on Friday.', 'official'],
    ['Washington and Seoul reached a trade deal on Wednesday.', 'reported'],
  ])('%s -> %s', (sentence, expected) => {
    expect(attributionOf(sentence)).toBe(expected);
  });

  it("takes the classifier's attribution when it gives one", () => {
    expect(attributionOf('The sides reached a deal.', 'anonymous')).toBe('anonymous');
  });

  it.each([
    ['South Korea and the US reached a trade deal on Wednesday.', 'framework'],
    ['Lee and Trump finalized the trade agreement in Gyeongju.', 'finalised'],
    ['Washington and Seoul seal a big tariff pact.', 'finalised'],
    ['The two governments put out the final version of their joint fact sheet.', 'signed'],
    ['The ministers signed the memorandum of understanding covering investment.', 'signed'],
    ['An executive order Trump signed imposes the tariffs.', 'framework'],
    ['The pledge belongs to the framework deal the two sides signed in July.', 'framework'],
  ])('%s -> %s stage', (sentence, expected) => {
    expect(dealStageOf(sentence)).toBe(expected);
  });

  it('policy defaults hold a lone report for a week', () => {
    expect(DEFAULT_STATUS_POLICY.provisionalTimeoutHours).toBe(168);
  });
});
