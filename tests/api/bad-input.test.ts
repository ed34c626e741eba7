import { STATUS_CODES } from 'node:http';
import { startTestApp, type TestApp } from '../support/app';
import { loadOpenApi, ResponseChecker } from '../support/openapi';

/**
 * Every bad input is a 4xx with the one documented error body, and the app stays healthy after all of
 * them. Each case names the OpenAPI path it hits so its answer is checked against the document.
 */
const JSON_TYPE = { 'content-type': 'application/json' };
const NUL = '\u0000';
const LONE = '\uD800';

interface Case {
  name: string;
  method: string;
  url: string;
  documented: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  status: number;
  field?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const validHook = { url: 'https://hooks.example/deadline-watch' };

const CASES: Case[] = [
  // NUL and lone surrogates in the path
  {
    name: 'NUL in a feed id',
    method: 'GET',
    url: '/api/feeds/1%00',
    documented: '/api/feeds/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'NUL in a webhook id',
    method: 'GET',
    url: '/api/webhooks/wh%00',
    documented: '/api/webhooks/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'NUL in a track id',
    method: 'GET',
    url: '/api/tracks/kr%00us',
    documented: '/api/tracks/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'NUL in a WebSub feed id',
    method: 'GET',
    url: '/websub/1%00',
    documented: '/websub/{feedId}',
    status: 400,
    field: 'feedId',
  },
  {
    name: 'a lone surrogate in a path id (undecodable UTF-8)',
    method: 'GET',
    url: '/api/webhooks/wh%ED%A0%80',
    documented: '/api/webhooks/{id}',
    status: 400,
  },
  // NUL and lone surrogates in bodies
  {
    name: 'NUL in description',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: json({ ...validHook, description: `bot${NUL}` }),
    status: 400,
    field: 'description',
  },
  {
    name: 'a lone surrogate in description',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: json({ ...validHook, description: `bot${LONE}` }),
    status: 400,
    field: 'description',
  },
  {
    name: 'a lone low surrogate in a track list',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: json({ ...validHook, tracks: ['\uDC00'] }),
    status: 400,
    field: 'tracks.0',
  },
  {
    name: 'NUL in a key',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: json({ ...validHook, [`x${NUL}`]: 1 }),
    status: 400,
  },
  {
    name: 'NUL in a feed URL',
    method: 'POST',
    url: '/api/feeds',
    documented: '/api/feeds',
    body: json({ url: `https://news.example/feed${NUL}.xml` }),
    status: 400,
    field: 'url',
  },
  {
    name: 'NUL in trackId',
    method: 'POST',
    url: '/api/feeds',
    documented: '/api/feeds',
    body: json({ url: 'https://news.example/feed.xml', trackId: `kr-us${NUL}` }),
    status: 400,
    field: 'trackId',
  },
  {
    name: 'NUL in source',
    method: 'POST',
    url: '/api/feeds',
    documented: '/api/feeds',
    body: json({ url: 'https://news.example/feed.xml', source: `Yonhap${NUL}` }),
    status: 400,
    field: 'source',
  },
  {
    name: 'NUL in a webhook URL on PATCH',
    method: 'PATCH',
    url: '/api/webhooks/wh_0',
    documented: '/api/webhooks/{id}',
    body: json({ url: `https://hooks.example/${NUL}` }),
    status: 400,
    field: 'url',
  },
  {
    name: 'NUL in a subscription email',
    method: 'POST',
    url: '/api/subscriptions',
    documented: '/api/subscriptions',
    body: json({ email: `desk${NUL}@example.org` }),
    status: 400,
    field: 'email',
  },
  {
    name: 'a lone surrogate in a subscription timezone',
    method: 'POST',
    url: '/api/subscriptions',
    documented: '/api/subscriptions',
    body: json({ email: 'desk@example.org', timezone: `Asia/Seoul${LONE}` }),
    status: 400,
    field: 'timezone',
  },
  // NUL in queries
  {
    name: 'NUL in a cursor',
    method: 'GET',
    url: '/api/webhooks/wh_0/deliveries?cursor=1%00',
    documented: '/api/webhooks/{id}/deliveries',
    status: 400,
    field: 'cursor',
  },
  {
    name: 'NUL in ?url=',
    method: 'DELETE',
    url: '/api/feeds?url=https://news.example/%00',
    documented: '/api/feeds',
    status: 400,
    field: 'url',
  },
  {
    name: 'NUL in hub.challenge',
    method: 'GET',
    url: '/websub/1?hub.mode=subscribe&hub.challenge=a%00b',
    documented: '/websub/{feedId}',
    status: 400,
    field: 'hub.challenge',
  },
  // integers beyond PostgreSQL integer
  {
    name: 'feed id 2^31',
    method: 'GET',
    url: '/api/feeds/2147483648',
    documented: '/api/feeds/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'feed id 0',
    method: 'DELETE',
    url: '/api/feeds/0',
    documented: '/api/feeds/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'feed id -1',
    method: 'GET',
    url: '/api/feeds/-1',
    documented: '/api/feeds/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'feed id 1e3',
    method: 'GET',
    url: '/api/feeds/1e3',
    documented: '/api/feeds/{id}',
    status: 400,
    field: 'id',
  },
  {
    name: 'cursor 99999999999',
    method: 'GET',
    url: '/api/webhooks/wh_0/deliveries?cursor=99999999999',
    documented: '/api/webhooks/{id}/deliveries',
    status: 400,
    field: 'cursor',
  },
  {
    name: 'limit 201',
    method: 'GET',
    url: '/api/webhooks/wh_0/deliveries?limit=201',
    documented: '/api/webhooks/{id}/deliveries',
    status: 400,
    field: 'limit',
  },
  {
    name: 'WebSub verification of feed 2^31',
    method: 'GET',
    url: '/websub/2147483648',
    documented: '/websub/{feedId}',
    status: 400,
    field: 'feedId',
  },
  {
    name: 'WebSub push to feed 2^31',
    method: 'POST',
    url: '/websub/2147483648',
    documented: '/websub/{feedId}',
    body: '<feed/>',
    headers: { 'content-type': 'application/atom+xml' },
    status: 400,
    field: 'feedId',
  },
  {
    name: 'retry of delivery 2^31',
    method: 'POST',
    url: '/api/webhooks/wh_0/deliveries/2147483648/retry',
    documented: '/api/webhooks/{id}/deliveries/{deliveryId}/retry',
    status: 400,
    field: 'deliveryId',
  },
  {
    name: 'grace period past its bound',
    method: 'POST',
    url: '/api/webhooks/wh_0/rotate-secret',
    documented: '/api/webhooks/{id}/rotate-secret',
    body: json({ gracePeriodSeconds: 1e12 }),
    status: 400,
    field: 'gracePeriodSeconds',
  },
  // malformed, oversized, wrong type
  {
    name: 'malformed JSON',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: '{"url": "https://hooks.example/",',
    status: 400,
  },
  {
    name: 'a JSON body that is not an object',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: '"https://hooks.example/"',
    status: 400,
  },
  {
    name: 'a JSON body over 100 kB',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: json({ ...validHook, description: 'x'.repeat(200_000) }),
    status: 413,
  },
  {
    name: 'a subscription over 100 kB',
    method: 'POST',
    url: '/api/subscriptions',
    documented: '/api/subscriptions',
    body: json({ email: 'desk@example.org', tracks: Array(20_000).fill('kr-us') }),
    status: 413,
  },
  {
    name: 'a WebSub push over 5 MiB',
    method: 'POST',
    url: '/websub/1',
    documented: '/websub/{feedId}',
    body: Buffer.alloc(6 * 1024 * 1024, 'x'),
    headers: { 'content-type': 'application/atom+xml' },
    status: 413,
  },
  {
    name: 'a form body to the JSON API',
    method: 'POST',
    url: '/api/webhooks',
    documented: '/api/webhooks',
    body: 'url=https://hooks.example/',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    status: 415,
  },
  {
    name: 'text/plain to the JSON API',
    method: 'POST',
    url: '/api/subscriptions',
    documented: '/api/subscriptions',
    body: json({ email: 'desk@example.org' }),
    headers: { 'content-type': 'text/plain' },
    status: 415,
  },
];

describe('bad input: a 4xx with the one documented error body, and the app healthy afterwards', () => {
  let t: TestApp;
  let checker: ResponseChecker;
  const auth = { authorization: 'Bearer test-token-0123456789' };

  beforeAll(async () => {
    t = await startTestApp();
    checker = new ResponseChecker(await loadOpenApi(t.url));
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await fetch(`${t.url}${c.url}`, {
      method: c.method,
      headers: { ...auth, ...(c.body !== undefined ? JSON_TYPE : {}), ...c.headers },
      ...(c.body !== undefined ? { body: c.body } : {}),
    });
    const body = (await res.json()) as {
      statusCode: number;
      error: string;
      message: string;
      details?: { field: string }[];
    };
    expect(res.status).toBe(c.status);
    expect(body).toMatchObject({
      statusCode: c.status,
      error: STATUS_CODES[c.status],
      message: expect.any(String),
    });
    if (c.field) expect(body.details?.map((d) => d.field)).toContain(c.field);
    expect(checker.check(c.method, c.documented, res.status, body)).toEqual([]);
  });

  it('has a checker that refuses what the document does not say (so the checks above are not vacuous)', () => {
    expect(checker.check('POST', '/api/webhooks', 400, { error: 'invalid request' })).not.toEqual([]);
    expect(
      checker.check('POST', '/api/webhooks', 400, { statusCode: '400', error: 'x', message: 'y' }),
    ).not.toEqual([]);
    expect(checker.check('POST', '/api/webhooks', 418, {})).not.toEqual([]);
  });

  it('stays healthy and serves normal requests after all of them', async () => {
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    const created = await fetch(`${t.url}/api/webhooks`, {
      method: 'POST',
      headers: { ...auth, ...JSON_TYPE },
      body: json({ ...validHook, description: '한미 협상 봇 \u{1F91D}' }),
    });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: string; description: string };
    expect(hook.description).toBe('한미 협상 봇 \u{1F91D}');
    expect(checker.check('POST', '/api/webhooks', 201, hook)).toEqual([]);
    const feeds = await fetch(`${t.url}/api/feeds`, { headers: auth });
    expect(feeds.status).toBe(200);
    expect(checker.check('GET', '/api/feeds', 200, await feeds.json())).toEqual([]);
  });
});
