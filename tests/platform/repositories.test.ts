import { initialTrackState } from '@dw/domain/status';
import type { StatusChangedEvent } from '@dw/domain';
import {
  ArticlesRepository,
  type Database,
  DeliveriesRepository,
  EventsRepository,
  FeedsRepository,
  TracksRepository,
} from '@dw/platform';
import { closeTestDatabase, type DatabaseKind, openTestDatabase } from '../support/env';

const track = {
  id: 'kr-us',
  name: 'Korea–US',
  parties: [{ name: 'South Korea' }, { name: 'United States' }],
  keywords: ['Seoul'],
  deadline: { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' },
  feeds: [],
};

describe.each<DatabaseKind>(['pglite', 'postgres'])('repositories on %s', (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    if (db) await closeTestDatabase(db);
  });

  it('keeps a moved deadline and the status when TRACKS_FILE is loaded again', async () => {
    const tracks = new TracksRepository(db);
    await tracks.upsertDefinitions([track], new Date('2025-07-01T00:00:00Z'));
    const state = {
      ...initialTrackState('kr-us', { at: '2025-08-15T04:01:00.000Z', timezone: 'America/New_York' }),
      status: 'negotiating' as const,
      phase: 'negotiating' as const,
    };
    await tracks.writeState('kr-us', state, new Date(), db);
    await tracks.upsertDefinitions([{ ...track, name: 'Renamed' }], new Date());
    const row = await tracks.find('kr-us');
    expect(row).toMatchObject({ name: 'Renamed', status: 'negotiating', state: { phase: 'negotiating' } });
    expect(row?.deadline_at?.toISOString()).toBe('2025-08-15T04:01:00.000Z');
  });

  it('tracks feed health and which feeds are due', async () => {
    const feeds = new FeedsRepository(db);
    const feed = await feeds.upsert({
      trackId: 'kr-us',
      url: 'http://127.0.0.1:9/feed.xml',
      source: 'Local',
      origin: 'api',
    });
    expect(
      (
        await feeds.upsert({
          trackId: 'kr-us',
          url: 'http://127.0.0.1:9/feed.xml',
          source: 'Local',
          origin: 'api',
        })
      ).id,
    ).toBe(feed.id);
    const now = new Date('2025-07-20T00:00:00Z');
    expect((await feeds.due(now)).map((f) => f.id)).toContain(feed.id);
    await feeds.recordPoll(feed.id, {
      polledAt: now,
      ok: false,
      error: 'timeout',
      nextPollAt: new Date(now.getTime() + 60_000),
    });
    await feeds.recordPoll(feed.id, {
      polledAt: now,
      ok: false,
      error: 'timeout again',
      nextPollAt: new Date(now.getTime() + 60_000),
    });
    expect((await feeds.due(now)).map((f) => f.id)).not.toContain(feed.id);
    expect(await feeds.find(feed.id)).toMatchObject({ consecutive_failures: 2, last_error: 'timeout again' });
    await feeds.recordPoll(feed.id, { polledAt: now, ok: true, nextPollAt: now, newItems: 3, etag: '"v1"' });
    expect(await feeds.find(feed.id)).toMatchObject({ consecutive_failures: 0, items_seen: 3, etag: '"v1"' });
  });

  it('stores an article once and a classification per classifier version', async () => {
    const articles = new ArticlesRepository(db);
    const article = {
      id: 'a1',
      url: 'https://news.example/a1',
      title: 'Talks held',
      text: 'Seoul and Washington met.',
      publishedAt: '2025-07-20T09:00:00Z',
      source: 'Example',
      trackIds: ['kr-us'],
    };
    expect(await articles.insertNew(article, new Date())).toBe(true);
    expect(await articles.insertNew(article, new Date())).toBe(false);
    const result = {
      id: 'a1',
      relevant: true,
      tracks: ['kr-us'],
      signals: [],
      deadline: null,
      tariff_rates: [],
    };
    await articles.saveClassification(result, 'v1', new Date());
    await articles.saveClassification(result, 'v1', new Date());
    expect((await articles.findClassification('a1', 'v1'))?.result).toEqual(result);
    expect(await articles.latestForTrack('kr-us', 5)).toHaveLength(1);
  });

  it('records an event once, with its place in the status history', async () => {
    const events = new EventsRepository(db);
    const event: StatusChangedEvent = {
      id: 'status.changed:kr-us:negotiating:1',
      type: 'status.changed',
      trackId: 'kr-us',
      occurredAt: '2025-07-20T09:00:00.000Z',
      data: { from: 'unknown', to: 'negotiating', evidence: [] },
    };
    expect(await events.record(event)).toBe(true);
    expect(await events.record(event)).toBe(false);
    expect(await events.find(event.id)).toEqual(event);
    expect((await events.history('kr-us')).map((h) => h.to_value)).toEqual(['negotiating']);
  });

  it('creates one delivery per event, channel and recipient', async () => {
    const deliveries = new DeliveriesRepository(db);
    const input = {
      eventId: 'e1',
      channel: 'email' as const,
      recipientId: 7,
      subject: 's',
      body: {},
      now: new Date(),
    };
    const first = await deliveries.createOnce(input);
    const second = await deliveries.createOnce(input);
    expect(second.id).toBe(first.id);
    await deliveries.markSent(first.id, new Date());
    expect((await deliveries.find(first.id))?.status).toBe('sent');
  });
});
