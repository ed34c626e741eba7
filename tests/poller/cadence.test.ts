import { SimulatedClock } from '@dw/domain';
import { FeedsRepository } from '@dw/platform';
import type { TestApp } from '../support/app';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { addFeed, feedRow, KR_US_DEADLINE, koreaItems, poll, rss, startPoller } from './support';

// apps start slowly when the machine is busy
jest.setTimeout(90_000);

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const deadline = Date.parse(KR_US_DEADLINE);

describe('cadence: polls tighten as the kr-us deadline nears (simulated clock)', () => {
  let server: LocalServer;
  let t: TestApp;
  const clock = new SimulatedClock(deadline - 10 * D);
  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"same"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' });
      res.end(rss(koreaItems(server.url, 1)));
    });
    t = await startPoller({ clock });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });

  async function intervalAfterPoll(feedId: number): Promise<number> {
    await poll(t, feedId);
    const row = await feedRow(t, feedId);
    expect(row.last_polled_at!.getTime()).toBe(clock.now().getTime());
    return row.next_poll_at!.getTime() - row.last_polled_at!.getTime();
  }

  it('30 min far out, then 15, 5, 1 min and 30 s in the last hours, then eases off after the deadline', async () => {
    const feedId = await addFeed(t, `${server.url}/feed.xml`, 'kr-us');
    const seen: [string, number][] = [];
    for (const [label, before] of [
      ['10 days', 10 * D],
      ['5 days', 5 * D],
      ['2 days', 2 * D],
      ['12 hours', 12 * H],
      ['3 hours', 3 * H],
      ['2 hours after', -2 * H],
      ['3 days after', -3 * D],
    ] as const) {
      clock.set(deadline - before);
      seen.push([label, await intervalAfterPoll(feedId)]);
    }
    expect(seen).toEqual([
      ['10 days', 30 * M],
      ['5 days', 15 * M],
      ['2 days', 5 * M],
      ['12 hours', 1 * M],
      ['3 hours', 30 * S],
      ['2 hours after', 1 * M],
      ['3 days after', 30 * M],
    ]);
  });

  it('the feed becomes due exactly when its next poll is due, walking the clock forward', async () => {
    const feedId = await addFeed(t, `${server.url}/feed.xml?walk`, 'kr-us');
    clock.set(deadline - 24 * H - 12 * M);
    const intervals: number[] = [];
    for (let step = 0; step < 6; step++) {
      intervals.push(await intervalAfterPoll(feedId));
      const next = (await feedRow(t, feedId)).next_poll_at!;
      clock.set(next.getTime() - S);
      const early = await t.app.get(FeedsRepository).due(clock.now());
      expect(early.map((f) => f.id)).not.toContain(feedId);
      clock.set(next);
      const due = await t.app.get(FeedsRepository).due(clock.now());
      expect(due.map((f) => f.id)).toContain(feedId);
    }
    // 24 h 12 min out: 5 min steps until inside 24 h, then every minute
    expect(intervals).toEqual([5 * M, 5 * M, 5 * M, 1 * M, 1 * M, 1 * M]);
  });

  it('a feed of no track follows the most urgent track; failures back off from the tighter pace', async () => {
    const feedId = await addFeed(t, `${server.url}/feed.xml?any`, null);
    clock.set(deadline - 2 * H);
    expect(await intervalAfterPoll(feedId)).toBe(30 * S);
    await t.db
      .updateTable('feeds')
      .set({ url: 'http://127.0.0.1:1/refused.xml' })
      .where('id', '=', feedId)
      .execute();
    expect(await intervalAfterPoll(feedId)).toBe(60 * S);
    expect(await intervalAfterPoll(feedId)).toBe(120 * S);
  });
});
