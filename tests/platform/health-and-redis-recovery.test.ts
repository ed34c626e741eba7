import { FeedsRepository } from '@dw/platform';
import { PollPlanner } from '../../apps/poller/src/poll-planner';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { startPrivateRedis, type PrivateRedis } from '../support/redis-server';
import { rssFeed } from '../support/seeds';

describe('health and Redis outages', () => {
  let redis: PrivateRedis;
  let feeds: LocalServer;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    feeds = await startLocalServer();
    let served = 0;
    feeds.route('/feed.xml', (_req, res) => {
      served++;
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        rssFeed([
          {
            title: `Seoul and Washington hold tariff talks, round ${served}`,
            link: `${feeds.url}/a/${served}`,
            pubDate: '2025-07-20T09:00:00Z',
            description:
              "Yeo Han-koo, Seoul's trade minister, held talks with U.S. officials in Washington on Thursday.",
          },
        ]),
      );
    });
    t = await startTestApp({ env: { REDIS_URL: redis.url } });
  });

  afterAll(async () => {
    await redis.start().catch(() => undefined);
    await t?.close();
    await feeds?.close();
    await redis?.stop();
  });

  it('answers 200 when Redis, the database and the queues answer', async () => {
    const body = await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 200) throw new Error(`health answered ${res.status}`);
      return (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> };
    });
    expect(body.status).toBe('ok');
    expect(body.checks.redis.ok && body.checks.database.ok && body.checks.queues.ok).toBe(true);
  });

  it('answers 503 naming Redis while it is down, and the workers resume by themselves when it returns', async () => {
    await redis.stop();
    const down = await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 503) throw new Error(`still ${res.status}`);
      return (await res.json()) as { status: string; checks: { redis: { ok: boolean; error: string } } };
    });
    expect(down.status).toBe('unavailable');
    expect(down.checks.redis.ok).toBe(false);
    expect(down.checks.redis.error).toMatch(/Redis/);

    await redis.start();
    await eventually(async () => {
      const res = await fetch(`${t.url}/health`);
      if (res.status !== 200) throw new Error(`still ${res.status}`);
    }, 15_000);

    // The same process, not restarted: a feed polled now flows through the poll and classify workers.
    await t.app
      .get(FeedsRepository)
      .upsert({ trackId: 'kr-us', url: `${feeds.url}/feed.xml`, source: 'Local', origin: 'api' });
    await t.app.get(PollPlanner).enqueueDue();
    await eventually(async () => {
      const rows = await t.db.selectFrom('classifications').select('article_id').execute();
      if (rows.length === 0) throw new Error('not classified yet');
    }, 15_000);
  });
});
