import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { SimulatedClock } from '@dw/domain';
import { guardedLookup } from '@dw/feeds';
import type { TestApp } from '../support/app';
import { eventually } from '../support/env';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { addFeed, articleRows, classifyJobIds, feedRow, koreaItems, poll, rss, startPoller } from './support';

// apps start slowly when the machine is busy
jest.setTimeout(90_000);

const clock = () => new SimulatedClock('2025-07-20T12:00:00Z');
const bearer = { authorization: 'Bearer test-token-0123456789' };

describe('poller: conditional GET', () => {
  let server: LocalServer;
  let t: TestApp;
  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' });
      res.end(rss(koreaItems(server.url, 3)));
    });
    t = await startPoller({ clock: clock() });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });

  it('a 304 is "nothing new": the second poll sends If-None-Match and stores nothing', async () => {
    const feedId = await addFeed(t, `${server.url}/feed.xml`);
    expect(await poll(t, feedId)).toMatchObject({ status: 'ok', items: 3, newArticles: 3 });
    expect(await articleRows(t)).toHaveLength(3);
    expect(await classifyJobIds(t)).toHaveLength(3);
    expect((await feedRow(t, feedId)).etag).toBe('"v1"');

    expect(await poll(t, feedId)).toMatchObject({ status: 'not-modified', newArticles: 0 });
    const second = server.requests.filter((r) => r.path === '/feed.xml')[1];
    expect(second.headers['if-none-match']).toBe('"v1"');
    expect(await articleRows(t)).toHaveLength(3);
    expect(await classifyJobIds(t)).toHaveLength(3);
    const feed = await feedRow(t, feedId);
    expect(feed.items_seen).toBe(3);
    expect(feed.consecutive_failures).toBe(0);
    expect(feed.last_error).toBeNull();
  });
});

describe('poller: redirect into a loopback address, guard on', () => {
  let entry: LocalServer;
  let target: LocalServer;
  let t: TestApp;
  let redirectTo = '';
  // "feeds.test" stands for a public host: it alone reaches the loopback entry server; every
  // other name goes through the real guard, with a resolver that answers loopback (a rebinding name).
  const rebinding = guardedLookup({}, (_host, _options, callback) =>
    callback(null, [{ address: '127.0.0.1', family: 4 } satisfies LookupAddress]),
  );
  const lookup = ((hostname, options, callback) => {
    if (hostname !== 'feeds.test') return rebinding(hostname, options, callback);
    if (options.all) {
      (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [
        { address: '127.0.0.1', family: 4 },
      ]);
    } else callback(null, '127.0.0.1', 4);
  }) as LookupFunction;

  beforeAll(async () => {
    target = await startLocalServer();
    target.route('/internal.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(koreaItems(target.url, 1)));
    });
    entry = await startLocalServer();
    entry.route('/feed.xml', (_req, res) => {
      res.writeHead(302, { location: redirectTo }).end();
    });
    t = await startPoller({ clock: clock(), env: { ALLOW_PRIVATE_NETWORK: 'false' }, settings: { lookup } });
  });
  afterAll(async () => {
    await t?.close();
    await entry?.close();
    await target?.close();
  });

  it.each([
    ['127.1', (port: number) => `http://127.1:${port}/internal.xml`, /127\.0\.0\.1 is a loopback address/],
    ['localhost', (port: number) => `http://localhost:${port}/internal.xml`, /localhost is a loopback name/],
    [
      'a name that resolves to loopback',
      (port: number) => `http://internal.test:${port}/internal.xml`,
      /127\.0\.0\.1 is a loopback address.*internal\.test/,
    ],
  ])(
    'refuses the hop to %s, connects nowhere, and shows why in the feed health',
    async (_label, spell, why) => {
      redirectTo = spell(target.port);
      const res = await fetch(`${t.url}/api/feeds`, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/json' },
        body: JSON.stringify({ url: `http://feeds.test:${entry.port}/feed.xml`, trackId: 'kr-us' }),
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: number };
      // POST polls the feed at once
      const health = await eventually(async () => {
        const list = (await (await fetch(`${t.url}/api/feeds`, { headers: bearer })).json()) as {
          id: number;
          lastError: string | null;
          health: string;
          consecutiveFailures: number;
        }[];
        const feed = list.find((f) => f.id === id)!;
        if (!feed.lastError) throw new Error('not polled yet');
        return feed;
      });
      expect(health.health).toBe('failing');
      expect(health.consecutiveFailures).toBe(1);
      expect(health.lastError).toMatch(why);
      expect(health.lastError).toContain('ALLOW_PRIVATE_NETWORK');
      expect(entry.requests.length).toBeGreaterThan(0);
      expect(target.requests).toHaveLength(0);
      expect(await articleRows(t)).toHaveLength(0);
      await fetch(`${t.url}/api/feeds/${id}`, { method: 'DELETE', headers: bearer });
    },
  );
});

describe('poller: a hanging server', () => {
  let hanging: LocalServer;
  let good: LocalServer;
  let t: TestApp;
  beforeAll(async () => {
    hanging = await startLocalServer();
    hanging.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>'); // and never more
    });
    good = await startLocalServer();
    good.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(koreaItems(good.url, 2)));
    });
    t = await startPoller({ clock: clock(), settings: { connectTimeoutMs: 500, totalTimeoutMs: 1000 } });
  });
  afterAll(async () => {
    await t?.close();
    await hanging?.close();
    await good?.close();
  });

  it('fails that feed with a timeout while the others are polled meanwhile', async () => {
    const stuck = await addFeed(t, `${hanging.url}/feed.xml`);
    const fine = await addFeed(t, `${good.url}/feed.xml`);
    const started = Date.now();
    const stuckPoll = poll(t, stuck);
    const finePoll = await poll(t, fine);
    const fineDoneAfter = Date.now() - started;
    expect(finePoll).toMatchObject({ status: 'ok', newArticles: 2 });
    expect(fineDoneAfter).toBeLessThan(900);

    const stuckResult = await stuckPoll;
    expect(Date.now() - started).toBeLessThan(5000);
    expect(stuckResult.status).toBe('error');
    expect(stuckResult.error).toMatch(/did not finish downloading within 1 s/);
    const row = await feedRow(t, stuck);
    expect(row.last_error).toMatch(/within 1 s/);
    expect(row.consecutive_failures).toBe(1);
    // one failure doubles the interval (30 min far from the deadline → 60 min)
    expect(row.next_poll_at!.getTime() - row.last_polled_at!.getTime()).toBe(60 * 60_000);
  });
});
