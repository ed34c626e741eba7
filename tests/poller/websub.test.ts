import { SimulatedClock } from '@dw/domain';
import { signHubBody } from '@dw/feeds';
import { WebSubSubscriber } from '../../apps/poller/src/websub/websub-subscriber';
import type { TestApp } from '../support/app';
import { type LocalServer, startLocalServer } from '../support/http-server';
import { addFeed, articleRows, classifyJobIds, feedRow, koreaItems, poll, rss, startPoller } from './support';

// apps start slowly when the machine is busy
jest.setTimeout(90_000);

const bearer = { authorization: 'Bearer test-token-0123456789' };

describe('WebSub: subscribe, verification of intent, signed pushes, renewal (the test plays the hub)', () => {
  let server: LocalServer;
  let t: TestApp;
  const clock = new SimulatedClock('2025-07-20T12:00:00Z');
  const hubRequests = (): URLSearchParams[] =>
    server.requests.filter((r) => r.path === '/hub').map((r) => new URLSearchParams(r.body));

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/feed.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(koreaItems(server.url, 1), { hub: `${server.url}/hub`, self: `${server.url}/topic.xml` }));
    });
    server.route('/hub', (_req, res) => void res.writeHead(202).end());
    t = await startPoller({ clock, settings: { webSubLeaseSeconds: 7 * 86_400 } });
  });
  afterAll(async () => {
    await t?.close();
    await server?.close();
  });

  const verify = (feedId: number, params: Record<string, string>) =>
    fetch(`${t.url}/websub/${feedId}?${new URLSearchParams(params).toString()}`);
  const push = (feedId: number, body: string, signature?: string) =>
    fetch(`${t.url}/websub/${feedId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/rss+xml',
        ...(signature !== undefined ? { 'x-hub-signature': signature } : {}),
      },
      body,
    });

  it('subscribes when a feed advertises a hub, answers only its own challenge, and takes signed pushes', async () => {
    const feedId = await addFeed(t, `${server.url}/feed.xml`);
    expect(await poll(t, feedId)).toMatchObject({ status: 'ok', newArticles: 1 });

    // the subscription request the hub received
    const [request] = hubRequests();
    expect(request.get('hub.mode')).toBe('subscribe');
    expect(request.get('hub.topic')).toBe(`${server.url}/topic.xml`);
    expect(request.get('hub.callback')).toBe(`${t.config.publicUrl}/websub/${feedId}`);
    expect(request.get('hub.lease_seconds')).toBe(String(7 * 86_400));
    const secret = request.get('hub.secret')!;
    expect(secret.length).toBeGreaterThanOrEqual(24);
    expect(await feedRow(t, feedId)).toMatchObject({ hub_url: `${server.url}/hub`, websub_state: 'pending' });

    // a second poll does not ask again while the request is pending
    await poll(t, feedId);
    expect(hubRequests()).toHaveLength(1);

    // verification of intent
    const topic = `${server.url}/topic.xml`;
    const wrongTopic = await verify(feedId, {
      'hub.mode': 'subscribe',
      'hub.topic': `${server.url}/other.xml`,
      'hub.challenge': 'abc',
    });
    expect(wrongTopic.status).toBe(404);
    const wrongMode = await verify(feedId, {
      'hub.mode': 'unsubscribe',
      'hub.topic': topic,
      'hub.challenge': 'abc',
    });
    expect(wrongMode.status).toBe(404);
    const unknownFeed = await verify(feedId + 1000, {
      'hub.mode': 'subscribe',
      'hub.topic': topic,
      'hub.challenge': 'x',
    });
    expect(unknownFeed.status).toBe(404);
    const ok = await verify(feedId, {
      'hub.mode': 'subscribe',
      'hub.topic': topic,
      'hub.challenge': 'challenge-7f3a',
      'hub.lease_seconds': String(7 * 86_400),
    });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('challenge-7f3a');
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const subscribed = await feedRow(t, feedId);
    expect(subscribed.websub_state).toBe('subscribed');
    expect(subscribed.websub_lease_expires_at!.toISOString()).toBe('2025-07-27T12:00:00.000Z');

    // pushes
    const item = {
      title: 'South Korea and US agree to hold a final round of tariff talks before August 1',
      link: `${server.url}/news/pushed`,
      pubDate: '2025-07-20T11:30:00Z',
      description:
        'Seoul and Washington agreed on Sunday to hold a final round of tariff talks, South Korean officials said, as the August 1 deadline nears.',
    };
    const body = rss([item], { self: topic });
    const before = (await articleRows(t)).length;

    const forged = await push(feedId, body, signHubBody(body, 'not-the-secret'));
    expect(forged.status).toBe(403);
    expect((await push(feedId, body)).status).toBe(403);
    const tampered = await push(feedId, body.replace('final round', 'last round'), signHubBody(body, secret));
    expect(tampered.status).toBe(403);
    expect(await articleRows(t)).toHaveLength(before);

    const taken = await push(feedId, body, signHubBody(body, secret));
    expect(taken.status).toBe(202);
    expect(await taken.json()).toEqual({ items: 1, newArticles: 1 });
    const rows = await articleRows(t);
    expect(rows).toHaveLength(before + 1);
    const article = rows.find((r) => r.url === `${server.url}/news/pushed`)!;
    expect(article.feed_id).toBe(feedId);
    expect(await classifyJobIds(t)).toContain(`classify-${article.id}`);

    // the same push again (a hub retry) hands nothing on; sha1 signatures are accepted too
    const again = await push(feedId, body, signHubBody(body, secret, 'sha1'));
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ items: 1, newArticles: 0 });
    expect(await articleRows(t)).toHaveLength(before + 1);

    const health = (await (await fetch(`${t.url}/api/feeds/${feedId}`, { headers: bearer })).json()) as {
      itemsSeen: number;
      webSub: { state: string; leaseExpiresAt: string; lastPushAt: string; topic: string };
    };
    expect(health.itemsSeen).toBe(2);
    expect(health.webSub).toMatchObject({
      state: 'subscribed',
      topic,
      leaseExpiresAt: '2025-07-27T12:00:00.000Z',
      lastPushAt: '2025-07-20T12:00:00.000Z',
    });

    // a JSON Feed push; a body already consumed by the JSON parser cannot be verified: 415
    const jsonFeed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Local Daily',
      items: [
        {
          id: `${server.url}/news/json-pushed`,
          url: `${server.url}/news/json-pushed`,
          title: 'Korea trade minister flies to Washington for late-stage tariff talks',
          content_text:
            'On Sunday South Korea flew its trade minister to Washington to negotiate on tariffs.',
          date_published: '2025-07-20T11:45:00Z',
        },
      ],
    });
    const viaJsonFeed = await fetch(`${t.url}/websub/${feedId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/feed+json', 'x-hub-signature': signHubBody(jsonFeed, secret) },
      body: jsonFeed,
    });
    expect(viaJsonFeed.status).toBe(202);
    expect(await viaJsonFeed.json()).toEqual({ items: 1, newArticles: 1 });
    const viaJson = await fetch(`${t.url}/websub/${feedId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature': signHubBody(jsonFeed, secret) },
      body: jsonFeed,
    });
    expect(viaJson.status).toBe(415);

    // renewal: nothing due yet; a day before the lease ends the same secret is sent again
    const subscriber = t.app.get(WebSubSubscriber);
    expect(await subscriber.renewDue()).toBe(0);
    clock.set('2025-07-26T13:00:00Z');
    expect(await subscriber.renewDue()).toBe(1);
    expect(hubRequests()).toHaveLength(2);
    expect(hubRequests()[1].get('hub.secret')).toBe(secret);
    expect(hubRequests()[1].get('hub.topic')).toBe(topic);
    expect(await subscriber.renewDue()).toBe(0);

    // removal: unsubscribe at the hub; its verification is confirmed, later pushes are gone
    expect((await fetch(`${t.url}/api/feeds/${feedId}`, { method: 'DELETE', headers: bearer })).status).toBe(
      204,
    );
    const last = hubRequests()[2];
    expect(last.get('hub.mode')).toBe('unsubscribe');
    expect(last.get('hub.topic')).toBe(topic);
    const bye = await verify(feedId, {
      'hub.mode': 'unsubscribe',
      'hub.topic': topic,
      'hub.challenge': 'bye',
    });
    expect(bye.status).toBe(200);
    expect(await bye.text()).toBe('bye');
    expect((await push(feedId, body, signHubBody(body, secret))).status).toBe(410);
  });

  it("records a hub's denial and a hub that refuses the request", async () => {
    server.route('/refusing-hub', (_req, res) => void res.writeHead(400).end('topic not allowed'));
    server.route('/feed2.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(koreaItems(server.url, 1), { hub: `${server.url}/refusing-hub` }));
    });
    const refused = await addFeed(t, `${server.url}/feed2.xml`);
    await poll(t, refused);
    expect(await feedRow(t, refused)).toMatchObject({
      websub_state: 'failed',
      websub_error: 'the hub answered 400: topic not allowed',
      last_error: null,
    });

    const feedId = await addFeed(t, `${server.url}/feed.xml?denied`);
    await poll(t, feedId);
    expect((await feedRow(t, feedId)).websub_state).toBe('pending');
    const denied = await verify(feedId, {
      'hub.mode': 'denied',
      'hub.topic': `${server.url}/topic.xml`,
      'hub.reason': 'unauthorized',
    });
    expect(denied.status).toBe(200);
    expect(await feedRow(t, feedId)).toMatchObject({
      websub_state: 'denied',
      websub_error: 'the hub denied the subscription: unauthorized',
    });
    // polling goes on regardless
    expect((await poll(t, feedId)).status).toBe('ok');
  });
});
