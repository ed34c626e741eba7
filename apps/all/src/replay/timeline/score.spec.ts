import type { DomainEvent } from '@dw/domain';
import type { ReplayEntry } from '../replay-log';
import { scoreTimeline, TimelineFile } from './score';

const evidence = [
  {
    articleId: 'a',
    title: 't',
    url: '',
    source: 's',
    publishedAt: null,
    signal: 'deal_reached' as const,
    sentence: 'x',
  },
];

function event(at: string, e: Omit<DomainEvent, 'occurredAt' | 'trackId'>): ReplayEntry {
  return { at, kind: 'status', event: { ...e, trackId: 'kr-us', occurredAt: at } as DomainEvent };
}

const file = TimelineFile.parse({
  track: 'kr-us',
  expected: [
    {
      id: 'deal',
      kind: 'status',
      status: 'deal_reached',
      from: '2025-07-30',
      to: '2025-08-02',
      articles: ['n1'],
    },
    { id: 'stall', kind: 'status', phase: 'implementation_stalled', from: '2025-08-25', to: '2025-09-30' },
    { id: 'aug1', kind: 'deadline', value: '2025-08-01', from: '2025-07-05', to: '2025-07-12' },
  ],
  forbidden: [
    {
      id: 'no-1h',
      kind: 'countdown',
      value: '2025-07-08',
      milestones: ['1h', 'passed'],
      from: '2025-07-07',
      to: '2025-07-09',
    },
  ],
  allowed: [{ id: 'cancelled', kind: 'status', status: 'stalled', from: '2025-07-23', to: '2025-07-27' }],
});

describe('timeline score', () => {
  it('counts hits with their lag, the confirmation as part of its moment, false and forbidden alerts', () => {
    const entries: ReplayEntry[] = [
      {
        at: '2025-07-30T10:00:00.000Z',
        kind: 'article',
        track: 'kr-us',
        articleId: 'x',
        archiveId: 'n1',
        publishedAt: '2025-07-30T08:00:00.000Z',
        title: 't',
        source: 's',
        relevant: true,
        signals: [],
        deadline: null,
        tariffRates: [],
      },
      event('2025-07-08T03:01:00.000Z', {
        id: 'c1',
        type: 'deadline.countdown',
        data: { milestone: '1h', deadline: '2025-07-08T04:01:00.000Z', status: 'negotiating' },
      }),
      event('2025-07-24T00:00:00.000Z', {
        id: 's1',
        type: 'status.changed',
        data: { from: 'negotiating', to: 'stalled', evidence },
      }),
      event('2025-07-30T10:00:00.000Z', {
        id: 'd1',
        type: 'status.changed',
        data: {
          from: 'negotiating',
          to: 'deal_reached',
          phase: 'framework_deal',
          confirmed: false,
          outlets: 1,
          evidence,
        },
      }),
      event('2025-07-30T14:00:00.000Z', {
        id: 'd2',
        type: 'status.changed',
        data: {
          from: 'negotiating',
          to: 'deal_reached',
          confirmed: true,
          confirms: 'd1',
          outlets: 2,
          evidence,
        },
      }),
      event('2025-10-01T00:00:00.000Z', {
        id: 'x1',
        type: 'status.changed',
        data: { from: 'deal_reached', to: 'tariff_in_effect', evidence },
      }),
    ];
    const score = scoreTimeline(file, entries);
    expect(score.moments.map((m) => [m.id, m.hit])).toEqual([
      ['deal', true],
      ['stall', false],
      ['aug1', false],
    ]);
    expect(score.moments[0]).toMatchObject({
      lagHours: 2,
      confirmed: false,
      confirmedAt: '2025-07-30T14:00:00.000Z',
      outlets: 1,
    });
    expect(score.falseAlerts.map((a) => a.eventId)).toEqual(['x1']);
    expect(score.forbiddenAlerts.map((a) => a.rule)).toEqual(['no-1h']);
  });
});
