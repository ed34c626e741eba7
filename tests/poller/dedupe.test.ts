import { SimulatedClock } from '@dw/domain';
import { PollPlanner } from '../../apps/poller/src/poll-planner';
import type { TestApp } from '../support/app';
import { eventually, uniqueName } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { loadSeeds } from '../support/seeds';
import {
  addFeed,
  articleRows,
  classifyJobIds,
  classifyQueue,
  feedRow,
  koreaItems,
  poll,
  rss,
  sharedSchema,
  startPoller,
} from './support';

// apps start slowly when the machine is busy
jest.setTimeout(90_000);

const at = '2025-07-20T12:00:00Z';

describe('dedupe: an article is handed on once', () => {
  let server: LocalServer;
  let served = 0;
  beforeAll(async () => {
    server = await startLocalServer();
    // no ETag: every poll downloads and parses the whole feed again
    server.route('/feed.xml', (_req, res) => {
      served++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(koreaItems(server.url, 4)));
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('across a restart on the same database and queue prefix', async () => {
    const schema = await sharedSchema();
    const env = { QUEUE_PREFIX: uniqueName('dwtest') };
    const first = await startPoller({ clock: new SimulatedClock(at), env, db: await schema.open() });
    const feedId = await addFeed(first, `${server.url}/feed.xml`);
    expect(await poll(first, feedId)).toMatchObject({ status: 'ok', newArticles: 4 });
    expect(await classifyJobIds(first)).toHaveLength(4);
    // as if the classifier had consumed and dropped them: any new classify job would show
    await classifyQueue(first).obliterate({ force: true });
    await first.close();

    const second = await startPoller({ clock: new SimulatedClock(at), env, db: await schema.open() });
    try {
      const before = served;
      expect(await poll(second, feedId)).toMatchObject({ status: 'ok', items: 4, newArticles: 0 });
      expect(served).toBe(before + 1);
      expect(await articleRows(second)).toHaveLength(4);
      expect(await classifyJobIds(second)).toEqual([]);
      expect((await feedRow(second, feedId)).items_seen).toBe(4);
    } finally {
      await second.close();
    }
  });

  it('across two pollers on one database polling the same feed at the same moment', async () => {
    const schema = await sharedSchema();
    const env = { QUEUE_PREFIX: uniqueName('dwtest') };
    const a = await startPoller({ clock: new SimulatedClock(at), env, db: await schema.open() });
    const b = await startPoller({ clock: new SimulatedClock(at), env, db: await schema.open() });
    try {
      const feedId = await addFeed(a, `${server.url}/feed.xml`);
      const rounds = await Promise.all([poll(a, feedId), poll(b, feedId), poll(a, feedId), poll(b, feedId)]);
      for (const round of rounds) expect(round).toMatchObject({ status: 'ok', items: 4 });
      expect(rounds.reduce((sum, r) => sum + r.newArticles, 0)).toBe(4);
      expect(await articleRows(a)).toHaveLength(4);
      expect(await classifyJobIds(a)).toEqual((await articleRows(a)).map((r) => `classify-${r.id}`).sort());

      // both replicas' ticks plan the same poll job: it runs once
      await a.db.updateTable('feeds').set({ next_poll_at: null }).execute();
      const before = served;
      await Promise.all([a.app.get(PollPlanner).enqueueDue(), b.app.get(PollPlanner).enqueueDue()]);
      await eventually(async () => {
        if ((await feedRow(a, feedId)).next_poll_at === null) throw new Error('not polled yet');
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(served).toBe(before + 1);
      expect(await articleRows(b)).toHaveLength(4);
      expect(await classifyJobIds(b)).toHaveLength(4);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('near-duplicates: a syndicated copy joins the story', () => {
  let server: LocalServer;
  let t: TestApp;
  beforeAll(async () => {
    server = await startLocalServer();
    const seed = loadSeeds().find((s) => s.id.startsWith('000'))!;
    const body = seed.text.split('\n').slice(0, 12).join('\n');
    server.route('/wire.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss([
          {
            title: seed.title,
            link: `${server.url}/wire/story-000`,
            pubDate: seed.published,
            description: body,
          },
          ...koreaItems(server.url, 1),
        ]),
      );
    });
    server.route('/paper.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rss([
          {
            title: `${seed.title} (update)`,
            link: `${server.url}/paper/2025/07/26/korea-talks?utm_source=rss`,
            pubDate: seed.published,
            description: `${body}\nReporting by our correspondent; editing by the desk.`,
          },
        ]),
      );
    });
    t = await startPoller({ clock: new SimulatedClock('2025-07-26T12:00:00Z') });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });

  it('two feeds, one story with a tweaked title and URL: two articles, one story id', async () => {
    const wire = await addFeed(t, `${server.url}/wire.xml`, 'kr-us', 'Wire');
    const paper = await addFeed(t, `${server.url}/paper.xml`, null, 'Paper');
    expect(await poll(t, wire)).toMatchObject({ newArticles: 2 });
    expect(await poll(t, paper)).toMatchObject({ newArticles: 1 });
    const rows = await articleRows(t);
    expect(rows).toHaveLength(3);
    const original = rows.find((r) => r.url.includes('/wire/story-000'))!;
    const copy = rows.find((r) => r.url.includes('/paper/'))!;
    const unrelated = rows.find((r) => r.url.includes('/news/1'))!;
    expect(copy.id).not.toBe(original.id);
    expect(copy.url).not.toContain('utm_source');
    expect(copy.story_id).toBe(original.story_id);
    expect(unrelated.story_id).not.toBe(original.story_id);
    expect(await classifyJobIds(t)).toHaveLength(3);
  });
});
