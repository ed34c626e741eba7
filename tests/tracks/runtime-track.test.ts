import * as fs from 'node:fs';
import * as path from 'node:path';
import { SimulatedClock } from '@dw/domain';
import { TracksSync } from '@dw/platform';
import { CountdownService } from '../../apps/notifier/src/schedule/countdown.service';
import { sharedSchema } from '../poller/support';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, uniqueName } from '../support/env';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { rssFeed } from '../support/seeds';
import { api } from '../webhooks/support';

// two whole apps on a busy machine
jest.setTimeout(120_000);

const ARTICLE = {
  title: 'UK and EU reach trade deal ahead of March tariff deadline',
  description:
    'Britain and the European Union reached a trade agreement on Friday, ending months of negotiations ' +
    'before the March 1 tariff deadline. Business Secretary Jonathan Reynolds and the EU trade chief ' +
    'Maros Sefcovic announced the deal in Brussels, officials from both sides said.',
  pubDate: '2026-01-09T10:00:00Z',
};

/**
 * A negotiation added while everything runs, on two replicas that share Redis and PostgreSQL:
 * created on one, its feed polled, its article classified, its alert mailed and posted, its deadline
 * moved on the other, and the countdown re-planned, with no restart.
 */
describe('a track added at run time, across two app instances', () => {
  let feeds: LocalServer;
  let receiver: LocalServer;
  let a: TestApp;
  let b: TestApp;
  const clock = new SimulatedClock('2026-01-09T12:00:00Z');
  const hooks: { body: string; headers: import('node:http').IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    feeds = await startLocalServer();
    feeds.route('/uk-eu.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(rssFeed([{ ...ARTICLE, link: `${feeds.url}/articles/uk-eu-deal` }]));
    });
    receiver = await startLocalServer();
    receiver.route('/hook', (req, res, body) => {
      hooks.push({ body, headers: req.headers });
      res.writeHead(204).end();
    });
    const schema = await sharedSchema();
    // only the Redis notice can make the second instance see the new track in time
    const env = { QUEUE_PREFIX: uniqueName('dwtest'), TRACKS_RELOAD_SECONDS: '3600' };
    a = await startTestApp({ db: await schema.open(), env, clock });
    b = await startTestApp({ db: await schema.open(), env, clock });
  });

  afterAll(async () => {
    await b?.close();
    await a?.close();
    await feeds?.close();
    await receiver?.close();
  });

  it('is polled, classified, alerted, re-planned and served by both, without a restart', async () => {
    const created = await api(a, 'POST', '/api/tracks', {
      id: 'uk-eu',
      name: 'United Kingdom – European Union trade talks',
      parties: [
        {
          name: 'United Kingdom',
          aliases: ['UK', 'Britain', 'British', 'London'],
          officials: [{ name: 'Jonathan Reynolds', role: 'Business and Trade Secretary' }],
        },
        {
          name: 'European Union',
          aliases: ['EU', 'Brussels'],
          officials: [{ name: 'Maros Sefcovic', aliases: ['Sefcovic'] }],
        },
      ],
      deadline: { at: '2026-03-01T00:00:00Z', timezone: 'Europe/London' },
    });
    expect(created.status).toBe(201);

    // the other instance knows it within moments, from the Redis notice alone
    await eventually(
      () =>
        expect(
          b.app
            .get(TracksSync)
            .all()
            .map((t) => t.id),
        ).toContain('uk-eu'),
      5000,
    );
    expect((await api(b, 'GET', '/api/tracks/uk-eu')).status).toBe(200);

    // a subscriber and a webhook for that track only, registered on the other instance
    const subscriber = await a.db
      .insertInto('subscribers')
      .values({
        email: 'brexit-desk@example.org',
        tracks: JSON.stringify(['uk-eu']),
        events: JSON.stringify([]),
        digest: 'off',
        digest_weekday: null,
        digest_time: '08:00',
        timezone: 'Europe/London',
        confirmed_at: clock.now(),
        unsubscribed_at: null,
        bounced_at: null,
        bounce_reason: null,
        confirmation_sent_at: null,
        last_digest_at: null,
        created_at: clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const hook = await api<{ id: string; secret: string }>(b, 'POST', '/api/webhooks', {
      url: `${receiver.url}/hook`,
      tracks: ['uk-eu'],
    });
    expect(hook.status).toBe(201);

    // the feed arrives with a PATCH on the other instance, and is polled at once
    const patched = await api(b, 'PATCH', '/api/tracks/uk-eu', {
      feeds: [{ url: `${feeds.url}/uk-eu.xml`, source: 'Local Gazette' }],
    });
    expect(patched.status).toBe(200);

    const classification = await eventually(
      async () => {
        const row = await a.db.selectFrom('classifications').selectAll().executeTakeFirst();
        if (!row) {
          const feedRows = await a.db
            .selectFrom('feeds')
            .selectAll()
            .where('track_id', '=', 'uk-eu')
            .execute();
          const articles = await a.db.selectFrom('articles').select(['id', 'track_ids']).execute();
          throw new Error(JSON.stringify({ feedRows, articles, requests: feeds.requests.length }));
        }
        return row;
      },
      30_000,
      200,
    );
    expect(classification.relevant).toBe(true);
    expect(classification.main_track).toBe('uk-eu');
    const article = await a.db.selectFrom('articles').selectAll().executeTakeFirstOrThrow();
    // recall first: the pre-filter also passes it to eu-us ("EU"); the classifier decides uk-eu
    expect(article.track_ids).toEqual(expect.arrayContaining(['uk-eu']));

    const statusEvent = await eventually(
      () =>
        a.db
          .selectFrom('events')
          .selectAll()
          .where('track_id', '=', 'uk-eu')
          .where('type', '=', 'status.changed')
          .executeTakeFirstOrThrow(),
      20_000,
      200,
    );

    // the subscriber's mail (written by whichever instance sent it) and the signed webhook
    const outboxes = [a, b].map((t) => path.join(t.config.dataDir, 'outbox'));
    const mails = await eventually(
      () => {
        const found = outboxes.flatMap((dir) =>
          fs.existsSync(dir)
            ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
            : [],
        );
        if (found.length === 0) throw new Error('no mail yet');
        return found;
      },
      30_000,
      200,
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/To: brexit-desk@example\.org/);
    await eventually(() => expect(hooks.length).toBeGreaterThan(0), 30_000, 200);
    const delivered = hooks.map((h) => JSON.parse(h.body) as { type: string; data: { trackId: string } });
    expect(delivered.map((d) => d.type)).toContain('status.changed');
    expect(delivered.every((d) => d.data.trackId === 'uk-eu')).toBe(true);
    // signed (verified in tests/webhooks; the simulated clock is too old for the library's tolerance)
    expect(hooks[0].headers['webhook-signature']).toMatch(/^v1,/);
    expect(hooks.map((h) => h.headers['webhook-id'])).toContain(statusEvent.id);
    expect(subscriber.id).toBeGreaterThan(0);

    // the deadline moved by hand on one instance: an event with the operator as evidence...
    const moved = await api<{ deadline: { at: string } }>(a, 'PATCH', '/api/tracks/uk-eu', {
      deadline: { at: '2026-01-15T00:00:00Z', timezone: 'Europe/London' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.deadline.at).toBe('2026-01-15T00:00:00.000Z');
    const deadlineEvent = await a.db
      .selectFrom('events')
      .selectAll()
      .where('track_id', '=', 'uk-eu')
      .where('type', '=', 'deadline.changed')
      .executeTakeFirstOrThrow();
    expect(deadlineEvent.payload).toMatchObject({
      data: { to: '2026-01-15T00:00:00.000Z', evidence: [{ signal: 'deadline_set' }] },
    });
    // ...and the countdown, checked on the other, plans from the new deadline
    const fired = await b.app.get(CountdownService).check();
    expect(fired.filter((f) => f.trackId === 'uk-eu')).toEqual([
      expect.objectContaining({ milestone: '7d', deadline: '2026-01-15T00:00:00.000Z' }),
    ]);
    const view = await api<{ countdown: { nextMilestone: { id: string } | null } }>(
      b,
      'GET',
      '/api/tracks/uk-eu',
    );
    expect(view.body.countdown.nextMilestone?.id).toBe('3d');
  });
});
