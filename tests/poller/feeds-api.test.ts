import type { LookupFunction } from 'node:net';
import { SimulatedClock } from '@dw/domain';
import { PollService } from '../../apps/poller/src/poll.service';
import type { TestApp } from '../support/app';
import { eventually } from '../support/env';
import { startPoller } from './support';

// apps start slowly when the machine is busy
jest.setTimeout(90_000);

const bearer = { authorization: 'Bearer test-token-0123456789' };
// Nothing in this file may reach a real host: every name fails to resolve.
const noDns = ((hostname, _options, callback) => {
  const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
  callback(error, '', 4);
}) as LookupFunction;

interface FeedHealth {
  id: number;
  url: string;
  trackId: string | null;
  source: string | null;
  origin: string;
  health: string;
  lastError: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  nextPollAt: string | null;
  failingSince: string | null;
  silent: boolean;
  webSub: unknown;
}

describe('/api/feeds (guard on)', () => {
  let t: TestApp;
  const clock = new SimulatedClock('2025-07-20T12:00:00Z');
  const api = (path = '', init: RequestInit = {}) =>
    fetch(`${t.url}/api/feeds${path}`, {
      ...init,
      headers: { ...bearer, 'content-type': 'application/json', ...(init.headers ?? {}) },
    });
  const add = (body: unknown) => api('', { method: 'POST', body: JSON.stringify(body) });

  beforeAll(async () => {
    t = await startPoller({
      clock,
      env: { ALLOW_PRIVATE_NETWORK: 'false' },
      settings: { lookup: noDns },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('needs the bearer token', async () => {
    expect((await fetch(`${t.url}/api/feeds`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/feeds`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(
      401,
    );
  });

  it.each([
    ['dotted', 'http://127.0.0.1/feed.xml'],
    ['short form', 'http://127.1/feed.xml'],
    ['decimal', 'http://2130706433/feed.xml'],
    ['hex', 'http://0x7f000001/feed.xml'],
    ['octal', 'http://0177.0.0.1/feed.xml'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/feed.xml'],
    ['IPv6 loopback', 'http://[::1]:8080/feed.xml'],
    ['localhost', 'http://localhost:3000/feed.xml'],
    ['localhost with a trailing dot', 'http://LOCALHOST./feed.xml'],
  ])('refuses loopback written as %s with the reason', async (_label, url) => {
    const res = await add({ url, trackId: 'kr-us' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { message: string; details: { field: string; message: string }[] };
    expect(body.message).toMatch(/^refused: .*loopback/);
    expect(body.message).toContain('ALLOW_PRIVATE_NETWORK');
    expect(body.details[0].field).toBe('url');
  });

  it('refuses other schemes, credentials, an unknown track and a bad body', async () => {
    expect((await add({ url: 'file:///etc/passwd' })).status).toBe(400);
    expect((await add({ url: 'ftp://news.example/feed' })).status).toBe(400);
    expect((await add({ url: 'https://user:pw@news.example/feed' })).status).toBe(400);
    const unknown = await add({ url: 'https://news.example/feed.xml', trackId: 'xx-yy' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { message: string }).message).toContain('unknown track');
    const bad = await add({ trackId: 'kr-us' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { details: { field: string }[] }).details[0].field).toBe('url');
    expect(await t.db.selectFrom('feeds').select('id').execute()).toHaveLength(0);
  });

  it('adds, lists with health, keeps one per URL and track, and removes by id and by URL', async () => {
    const created = await add({
      url: 'https://news.example/korea.xml',
      trackId: 'kr-us',
      source: 'Example News',
    });
    expect(created.status).toBe(201);
    const feed = (await created.json()) as FeedHealth;
    expect(feed).toMatchObject({
      url: 'https://news.example/korea.xml',
      trackId: 'kr-us',
      source: 'Example News',
      origin: 'api',
    });
    const again = await add({ url: 'https://news.example/korea.xml', trackId: 'kr-us' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as FeedHealth).id).toBe(feed.id);

    // polled at once: the (stubbed) DNS failure shows in its health
    const polled = await eventually(async () => {
      const list = (await (await api()).json()) as FeedHealth[];
      const row = list.find((f) => f.id === feed.id)!;
      if (row.health === 'new') throw new Error('not polled yet');
      return row;
    });
    expect(polled.health).toBe('failing');
    expect(polled.lastError).toBe('could not fetch the feed: the host name does not exist');
    expect(polled.consecutiveFailures).toBe(1);
    expect(polled.itemsSeen).toBe(0);
    expect(polled.nextPollAt).toBe('2025-07-20T13:00:00.000Z');
    expect(polled.webSub).toBeNull();
    expect(polled.failingSince).toBe('2025-07-20T12:00:00.000Z');
    expect(polled.silent).toBe(false);

    // still failing seven hours later: a silent source
    clock.advance(7 * 3600_000);
    await t.app.get(PollService).poll(feed.id);
    const silent = (await (await api(`/${feed.id}`)).json()) as FeedHealth;
    expect(silent).toMatchObject({
      consecutiveFailures: 2,
      silent: true,
      failingSince: '2025-07-20T12:00:00.000Z',
    });

    const other = (await (await add({ url: 'https://news.example/other.xml' })).json()) as FeedHealth;
    expect(other.trackId).toBeNull();
    expect((await api(`/${feed.id}`)).status).toBe(200);

    expect((await api(`/${feed.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/${feed.id}`, { method: 'DELETE' })).status).toBe(404);
    const byUrl = await api(`?url=${encodeURIComponent('https://news.example/other.xml')}`, {
      method: 'DELETE',
    });
    expect(byUrl.status).toBe(204);
    expect(
      (await api(`?url=${encodeURIComponent('https://news.example/other.xml')}`, { method: 'DELETE' }))
        .status,
    ).toBe(404);
    expect((await (await api()).json()) as FeedHealth[]).toEqual([]);
  });

  it('is documented in OpenAPI', async () => {
    const doc = (await (await fetch(`${t.url}/docs/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/feeds', '/api/feeds/{id}', '/websub/{feedId}']),
    );
  });
});
