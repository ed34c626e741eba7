import { initialTrackState } from '@dw/domain/status';
import type { INestApplication } from '@nestjs/common';
import type { Classification, DomainEvent, Evidence } from '@dw/domain';
import {
  ArticlesRepository,
  DATABASE,
  type Database,
  EventsRepository,
  TracksRepository,
} from '@dw/platform';

export const DEADLINE = '2025-08-01T04:01:00.000Z';
export const OLD_DEADLINE = '2025-07-09T04:01:00.000Z';
export const HOSTILE_TITLE = `<script>alert("pwned")</script> Tariff & "talks" <img src=x onerror=alert(1)>`;
export const HOSTILE_SENTENCE = `Officials said </blockquote><script>alert(2)</script> talks stalled.`;

const evidence = (over: Partial<Evidence> = {}): Evidence => ({
  articleId: 'https://news.example/a1',
  title: 'Seoul and Washington end talks without a deal',
  url: 'https://news.example/a1',
  source: 'Local Daily',
  publishedAt: '2025-07-26T02:00:00.000Z',
  signal: 'no_breakthrough',
  sentence: 'The two sides ended their talks without a breakthrough.',
  ...over,
});

export const EVENTS: DomainEvent[] = [
  {
    id: 'deadline.changed:kr-us:test-1',
    type: 'deadline.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-08T12:00:00.000Z',
    data: {
      from: OLD_DEADLINE,
      to: DEADLINE,
      evidence: [
        evidence({
          signal: 'deadline_extended',
          sentence: 'Tariffs will start to apply on August 1, the letter said.',
        }),
      ],
    },
  },
  {
    id: 'status.changed:kr-us:test-1',
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-10T09:00:00.000Z',
    data: {
      from: 'unknown',
      to: 'negotiating',
      evidence: [evidence({ signal: 'talks_held', sentence: 'Trade ministers held talks in Washington.' })],
    },
  },
  {
    id: 'status.changed:kr-us:test-2',
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: '2025-07-26T03:00:00.000Z',
    data: {
      from: 'negotiating',
      to: 'stalled',
      evidence: [
        evidence({ title: HOSTILE_TITLE, url: 'javascript:alert(3)', sentence: HOSTILE_SENTENCE }),
        evidence({ articleId: 'https://news.example/a2', url: 'https://news.example/a2?x=1&y=2' }),
      ],
    },
  },
];

function classification(id: string, over: Partial<Classification> = {}): Classification {
  return {
    id,
    relevant: true,
    tracks: ['kr-us'],
    signals: [],
    deadline: '2025-08-01',
    tariff_rates: [25],
    ...over,
  };
}

/** A kr-us history: a deadline move, two status changes (one with hostile evidence) and two articles. */
export async function seedHistory(app: INestApplication): Promise<void> {
  const events = app.get(EventsRepository);
  for (const event of EVENTS) await events.record(event);
  await app.get(TracksRepository).writeState(
    'kr-us',
    {
      ...initialTrackState('kr-us', { at: DEADLINE, timezone: 'America/New_York' }),
      status: 'stalled',
      phase: 'stalled',
    },
    new Date('2025-07-26T03:00:00.000Z'),
    app.get<Database>(DATABASE),
  );
  const articles = app.get(ArticlesRepository);
  const hostile = {
    id: 'hostile-1',
    url: 'javascript:alert(4)',
    title: HOSTILE_TITLE,
    text: 'text',
    publishedAt: '2025-07-26T01:00:00.000Z',
    source: `Evil <b>Source</b>`,
    trackIds: ['kr-us'],
  };
  const talks = {
    id: 'talks-1',
    url: 'https://news.example/talks-1',
    title: 'Ministers to meet again',
    text: 'text',
    publishedAt: '2025-07-27T01:00:00.000Z',
    source: 'Local Daily',
    trackIds: ['kr-us'],
  };
  for (const article of [hostile, talks]) await articles.insertNew(article, new Date('2025-07-27T02:00:00Z'));
  const at = new Date('2025-07-27T02:00:00Z');
  await articles.saveClassification(
    classification('hostile-1', {
      signals: [{ type: 'no_breakthrough', confidence: 0.8, evidence: HOSTILE_SENTENCE }],
    }),
    'test',
    at,
  );
  await articles.saveClassification(
    classification('talks-1', {
      signals: [
        {
          type: 'talks_scheduled',
          confidence: 0.7,
          evidence: 'Trade ministers will meet in Washington on July 31 to resume the talks.',
        },
        { type: 'talks_held', confidence: 0.9, evidence: 'Ministers held talks on Friday.' },
      ],
    }),
    'test',
    at,
  );
}
