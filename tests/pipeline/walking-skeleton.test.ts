import * as fs from 'node:fs';
import * as path from 'node:path';
import { SimulatedClock } from '@dw/domain';
import { FeedsRepository, SubscribersRepository } from '@dw/platform';
import { loadArchive } from '../../apps/all/src/replay/archive';
import { PollPlanner } from '../../apps/poller/src/poll-planner';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { loadSeeds, rssFeed } from '../support/seeds';

describe('walking skeleton: feed → poller → classifier → notifier → transport, on real queues', () => {
  let feedServer: LocalServer;
  let t: TestApp;

  beforeAll(async () => {
    feedServer = await startLocalServer();
    const seed = loadSeeds().find((s) => s.id.startsWith('000'))!;
    feedServer.route('/korea.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        rssFeed([
          {
            title: seed.title,
            link: `${feedServer.url}/articles/000`,
            pubDate: seed.published,
            description: seed.text,
          },
        ]),
      );
    });
    // The article is from 26 July 2025: the pipeline runs on a clock set to that day.
    t = await startTestApp({ clock: new SimulatedClock('2025-07-26T12:00:00Z') });
  });

  afterAll(async () => {
    await t?.close();
    await feedServer?.close();
  });

  it('turns a served feed item into a mail in the outbox, once', async () => {
    const feeds = t.app.get(FeedsRepository);
    await feeds.upsert({
      trackId: 'kr-us',
      url: `${feedServer.url}/korea.xml`,
      source: 'Local Daily',
      origin: 'api',
    });
    await t.db
      .insertInto('subscribers')
      .values({
        email: 'desk@example.org',
        tracks: JSON.stringify(['kr-us']),
        events: JSON.stringify(['status.changed', 'deadline.changed', 'article.classified']),
        digest: 'off',
        digest_weekday: null,
        digest_time: '08:00',
        timezone: 'Asia/Seoul',
        confirmed_at: new Date(),
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        confirmation_sent_at: null,
        last_digest_at: null,
        created_at: new Date(),
      })
      .execute();
    expect(await t.app.get(SubscribersRepository).findByEmail('desk@example.org')).toBeDefined();

    await t.app.get(PollPlanner).enqueueDue();

    const outbox = path.join(t.config.dataDir, 'outbox');
    const mails = await eventually(() => {
      const files = fs.existsSync(outbox) ? fs.readdirSync(outbox) : [];
      if (files.length === 0) throw new Error('no mail yet');
      return files.map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    }, 20_000);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/To: desk@example\.org/);
    expect(mails[0]).toMatch(/stalled/i);

    // The article is also kept in the replay archive format, so a later replay can use this run.
    const archived = loadArchive([path.join(t.config.dataDir, 'archive')]);
    expect(archived.map((a) => a.title)).toEqual([expect.stringContaining('productive')]);

    const article = await t.db.selectFrom('classifications').selectAll().executeTakeFirstOrThrow();
    expect(article.relevant).toBe(true);
    expect(article.main_track).toBe('kr-us');

    // A second poll of the same feed fetches it again and hands nothing on again.
    const fetches = feedServer.requests.length;
    await t.db
      .updateTable('feeds')
      .set({ next_poll_at: new Date('2025-07-26T11:59:00Z') })
      .execute();
    await t.app.get(PollPlanner).enqueueDue();
    await eventually(() => expect(feedServer.requests.length).toBe(fetches + 1));
    await eventually(async () => {
      const feed = await t.db.selectFrom('feeds').select('last_polled_at').executeTakeFirstOrThrow();
      expect(feed.last_polled_at?.toISOString()).toBe('2025-07-26T12:00:00.000Z');
    });
    expect(await t.db.selectFrom('articles').select('id').execute()).toHaveLength(1);
    expect(await t.db.selectFrom('classifications').select('article_id').execute()).toHaveLength(1);
  });
});
