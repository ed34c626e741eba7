import type { Evidence } from '../model/events';
import { composeDigest, type DigestTrackInput } from './index';

const NOW = new Date('2025-07-25T23:00:00Z');
const LAST = new Date('2025-07-24T23:00:00Z');
const DEADLINE = { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' };
const evidence: Evidence = {
  articleId: 'a1',
  title: 'Seoul and Washington resume talks',
  url: 'https://news.example/a1',
  source: 'Yonhap',
  publishedAt: '2025-07-25T02:00:00Z',
  signal: 'talks_held',
  sentence: 'Trade ministers met in Washington on Friday.',
};

function track(overrides: Partial<DigestTrackInput> = {}): DigestTrackInput {
  return {
    track: { id: 'kr-us', name: 'South Korea–US' },
    status: 'negotiating',
    deadline: DEADLINE,
    statusChanges: [],
    articles: [],
    talks: [],
    ...overrides,
  };
}

const subscriber = { email: 'kim@example.kr', timezone: 'Asia/Seoul', lastDigestAt: LAST };

describe('composeDigest', () => {
  it('says "no change" instead of staying silent, and still gives the countdown', () => {
    const digest = composeDigest({ subscriber, tracks: [track()], now: NOW });
    expect(digest.hasChanges).toBe(false);
    expect(digest.noChangeLine).toBe('No change since your last digest.');
    expect(digest.tracks[0].noChangeLine).toBe('No change since your last digest: still Negotiating.');
    expect(digest.tracks[0].countdown).toEqual({
      at: '2025-08-01T04:01:00.000Z',
      timezone: 'America/New_York',
      remaining: '6 days 5 hours',
      passed: false,
      nextMilestone: { id: '3d', label: '3 days', at: '2025-07-29T04:01:00.000Z' },
    });
    expect(digest.subject).toBe(
      'Deadline Watch digest: South Korea–US: no change, Negotiating, 6 days 5 hours left',
    );
  });

  it('reports status changes since the last digest only, in order, with labels and evidence', () => {
    const digest = composeDigest({
      subscriber,
      now: NOW,
      tracks: [
        track({
          status: 'deal_reached',
          statusChanges: [
            { from: 'negotiating', to: 'deal_reached', at: '2025-07-25T10:00:00Z', evidence: [evidence] },
            { from: 'stalled', to: 'negotiating', at: '2025-07-25T01:00:00Z', evidence: [] },
            { from: 'unknown', to: 'stalled', at: '2025-07-20T00:00:00Z', evidence: [] },
            { from: 'deal_reached', to: 'stalled', at: '2025-07-26T00:00:00Z', evidence: [] },
          ],
        }),
      ],
    });
    const [section] = digest.tracks;
    expect(section.statusChanges.map((c) => `${c.fromLabel} -> ${c.toLabel}`)).toEqual([
      'Stalled -> Negotiating',
      'Negotiating -> Deal reached',
    ]);
    expect(section.previousStatusLabel).toBe('Stalled');
    expect(section.statusChanges[1].evidence).toEqual([evidence]);
    expect(digest.hasChanges).toBe(true);
    expect(digest.noChangeLine).toBeNull();
    expect(digest.subject).toBe(
      'Deadline Watch digest: South Korea–US: now Deal reached, 6 days 5 hours left',
    );
  });

  it('lists new articles newest first without duplicates, capped', () => {
    const article = (id: string, hour: number) => ({
      id,
      title: `Story ${id}`,
      url: `https://news.example/${id}`,
      source: 'Reuters',
      publishedAt: `2025-07-25T${String(hour).padStart(2, '0')}:00:00Z`,
    });
    const digest = composeDigest(
      {
        subscriber,
        now: NOW,
        tracks: [track({ articles: [article('a', 1), article('b', 5), article('a', 1), article('c', 3)] })],
      },
      { maxArticlesPerTrack: 2 },
    );
    expect(digest.tracks[0].articles.map((a) => a.id)).toEqual(['b', 'c']);
    expect(digest.tracks[0].moreArticles).toBe(1);
    expect(digest.tracks[0].noChangeLine).toBeNull();
  });

  it('keeps only upcoming talks, soonest first; a day-only talk lasts the day', () => {
    const digest = composeDigest({
      subscriber,
      now: NOW,
      tracks: [
        track({
          talks: [
            { title: 'Ministers meet', at: '2025-07-28T14:00:00Z' },
            { title: 'Over', at: '2025-07-24T14:00:00Z' },
            { title: 'Today, time unknown', at: '2025-07-25' },
            { title: 'Leaders call', at: '2025-07-27' },
          ],
        }),
      ],
    });
    expect(digest.tracks[0].talks.map((t) => t.title)).toEqual([
      'Today, time unknown',
      'Leaders call',
      'Ministers meet',
    ]);
    expect(digest.hasChanges).toBe(false);
  });

  it('handles a passed deadline, no deadline, and several tracks', () => {
    const digest = composeDigest({
      subscriber,
      now: new Date('2025-08-01T06:01:00Z'),
      tracks: [
        track(),
        track({ track: { id: 'jp-us', name: 'Japan–US' }, deadline: null, status: 'unknown' }),
      ],
    });
    expect(digest.tracks[0].countdown).toMatchObject({
      passed: true,
      remaining: 'passed 2 hours ago',
      nextMilestone: null,
    });
    expect(digest.tracks[1].countdown).toBeNull();
    expect(digest.subject).toBe('Deadline Watch digest: no change on 2 tracks');
  });
});
