import { initialTrackState, type ClassifiedArticle, type TrackState } from './ledger';
import { applyArticle, applyManualDeadline, countdownHold } from './machine';

const AUG_1 = { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' };
const NOW = new Date('2025-07-10T00:00:00Z');
const clear = (state: TrackState, now = NOW) =>
  applyManualDeadline(state, { deadline: null, actor: 'desk editor' }, now);

function mention(id: string, publishedAt: string, deadline: string): ClassifiedArticle {
  return {
    articleId: id,
    title: `Story ${id}`,
    url: `https://news.example/${id}`,
    source: `Outlet ${id}`,
    storyId: id,
    publishedAt,
    classification: {
      id,
      relevant: true,
      tracks: ['kr-us'],
      signals: [
        {
          type: 'deadline_set',
          confidence: 0.9,
          evidence: `The tariffs take effect on ${deadline}, officials said.`,
        },
      ],
      deadline,
      tariff_rates: [],
    },
  };
}

describe('an editor clears the deadline', () => {
  const start = initialTrackState('kr-us', AUG_1);
  const step = clear(start);

  it.each<[string, unknown, unknown]>([
    ['one deadline.changed event', step.events.map((e) => e.type), ['deadline.changed']],
    [
      'from the date to null, manual and confirmed',
      step.events[0].data,
      expect.objectContaining({ from: AUG_1.at, to: null, manual: true, confirmed: true, outlets: 0 }),
    ],
    ['the editor as evidence', step.events[0].data.evidence[0].source, 'desk editor'],
    ['no deadline left', step.state.deadline, null],
    ['no countdown hold to explain: there is nothing to count down to', countdownHold(step.state), null],
    ['the old date is one moved away from', step.state.formerDeadlines, ['2025-08-01']],
    ['clearing again emits nothing', clear(step.state).events, []],
    ['clearing a track with no deadline emits nothing', clear(initialTrackState('kr-us')).events, []],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('gives a different event id from setting the same date again', () => {
    const again = applyManualDeadline(step.state, { deadline: AUG_1, actor: 'desk editor' }, NOW);
    expect(again.events[0].data).toMatchObject({ from: null, to: AUG_1.at });
    expect(again.events[0].id).not.toBe(step.events[0].id);
  });

  it('replaces a reported move awaiting confirmation, withdrawing it', () => {
    const reported = applyArticle(
      start,
      mention('m1', '2025-07-08T02:00:00Z', '2025-09-01'),
      new Date('2025-07-08T02:30:00Z'),
    );
    expect(countdownHold(reported.state)).toBe('held');
    const cleared = clear(reported.state);
    expect(cleared.events[0].data).toMatchObject({
      to: null,
      withdraws: reported.state.pendingDeadline?.eventId,
      reason: 'superseded',
    });
    expect(cleared.state.pendingDeadline).toBeNull();
  });

  it('a later article naming the cleared date does not bring it back', () => {
    const later = applyArticle(
      step.state,
      mention('m2', '2025-07-11T02:00:00Z', '2025-08-01'),
      new Date('2025-07-11T02:30:00Z'),
    );
    expect(later.state.deadline).toBeNull();
    expect(later.events.filter((e) => e.type === 'deadline.changed')).toEqual([]);
  });
});
