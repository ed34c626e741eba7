import { SimulatedClock } from '@dw/domain';
import { FeedsRepository, MetricsService } from '@dw/platform';
import { ComposeService } from '../../apps/notifier/src/compose.service';
import { PollService } from '../../apps/poller/src/poll.service';
import { startSmtpSink, type SmtpSink } from '../email/smtp-sink';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/env';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { rssFeed } from '../support/seeds';
import { api } from '../webhooks/support';

jest.setTimeout(90_000);

const HOUR = 3_600_000;
const OPS = 'ops@deadline-watch.test';

/** A local feed stops answering four days before a deadline, then answers again, on a simulated clock. */
describe('source.silent and source.recovered', () => {
  let server: LocalServer;
  let smtp: SmtpSink;
  let t: TestApp;
  let up = true;
  const clock = new SimulatedClock('2025-07-28T00:00:00Z');
  const received: { type: string; data: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/kr.xml', (_req, res) => {
      if (!up) {
        res.writeHead(503, { 'retry-after': '0' }).end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        rssFeed([
          {
            title: 'Korea and US trade ministers meet in Washington',
            link: `${server.url}/a/${clock.now().getTime()}`,
            pubDate: clock.now().toISOString(),
            description: 'Yeo, the South Korean trade minister, saw US officials about tariffs.',
          },
        ]),
      );
    });
    server.route('/hook', (_req, res, body) => {
      received.push(JSON.parse(body) as { type: string; data: Record<string, unknown> });
      res.writeHead(204).end();
    });
    smtp = await startSmtpSink();
    t = await startTestApp({ clock, env: { OPS_EMAIL: OPS, SMTP_URL: smtp.url } });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
    await server?.close();
  });

  it('raises source.silent once when the feed has failed for 6 h, and source.recovered when it answers', async () => {
    const hook = await api(t, 'POST', '/api/webhooks', {
      url: `${server.url}/hook`,
      events: ['source.silent', 'source.recovered'],
    });
    expect(hook.status).toBe(201);
    const feed = await t.app.get(FeedsRepository).upsert({
      trackId: 'kr-us',
      url: `${server.url}/kr.xml`,
      source: 'Local',
      origin: 'api',
      createdAt: clock.now(),
    });
    const polls = t.app.get(PollService);
    expect((await polls.poll(feed.id)).status).toBe('ok');

    up = false;
    for (let hour = 1; hour <= 8; hour++) {
      clock.advance(HOUR);
      await polls.poll(feed.id);
    }
    const events = () =>
      t.db.selectFrom('events').select(['id', 'type', 'payload']).where('type', 'like', 'source.%').execute();
    const silent = await events();
    expect(silent.map((e) => e.type)).toEqual(['source.silent']);
    expect(silent[0].payload).toMatchObject({
      trackId: 'kr-us',
      data: { scope: 'feed', reason: 'failing', feedId: feed.id, since: '2025-07-28T00:00:00.000Z' },
    });

    const health = await api<
      { id: number; silent: boolean; silentSince: string | null; lastError: string }[]
    >(t, 'GET', '/api/feeds');
    const row = health.body.find((f) => f.id === feed.id)!;
    expect(row).toMatchObject({ silent: true, silentSince: '2025-07-28T00:00:00.000Z' });
    expect(row.lastError).toMatch(/503|later/);
    const metrics = await (await fetch(`${t.url}/metrics`)).text();
    expect(metrics).toMatch(/dw_source_alerts_total\{type="source.silent",reason="failing"\} 1/);

    up = true;
    clock.advance(HOUR);
    expect((await polls.poll(feed.id)).status).toBe('ok');
    expect((await events()).map((e) => e.type).sort()).toEqual(['source.recovered', 'source.silent']);
    expect(t.app.get(MetricsService)).toBeDefined();

    await eventually(
      () => expect(received.map((r) => r.type).sort()).toEqual(['source.recovered', 'source.silent']),
      20_000,
    );
    expect(received.find((r) => r.type === 'source.silent')?.data).toMatchObject({
      scope: 'feed',
      url: `${server.url}/kr.xml`,
    });

    // The operator hears of each once, even when composition runs again.
    const notices = () => smtp.to(OPS).map((m) => m.parsed.headers.get('x-deadline-watch-notice'));
    await eventually(() => expect(notices().sort()).toEqual(['source.recovered', 'source.silent']), 20_000);
    for (const event of await events()) await t.app.get(ComposeService).compose(event.id);
    await new Promise((r) => setTimeout(r, 1500));
    expect(notices().sort()).toEqual(['source.recovered', 'source.silent']);
    const [silentMail, recoveredMail] = ['source.silent', 'source.recovered'].map((type) =>
      smtp.to(OPS).find((m) => m.parsed.headers.get('x-deadline-watch-notice') === type)!,
    );
    expect(silentMail.parsed.subject).toBe(`[Deadline Watch] source.silent: ${server.url}/kr.xml`);
    expect(silentMail.parsed.text).toContain('has been silent since 2025-07-28T00:00:00.000Z');
    expect(silentMail.parsed.text).toMatch(/503|later/);
    expect(recoveredMail.parsed.text).toContain('is heard again at 2025-07-28T09:00:00.000Z');
    expect(recoveredMail.parsed.text).toContain(`${t.config.publicUrl}/api/feeds`);
    // Subscribers get no mail about sources.
    expect(smtp.mails.filter((m) => !m.to.includes(OPS))).toHaveLength(0);
  });
});
