import type { StatusChangedEvent } from '@dw/domain';
import { EventsRepository, FeedsRepository } from '@dw/platform';
import { ComposeService } from '../../apps/notifier/src/compose.service';
import { PollService } from '../../apps/poller/src/poll.service';
import { startTestApp, type TestApp } from '../support/app';
import { startLocalServer, type LocalServer } from '../support/http-server';

async function metric(t: TestApp, line: RegExp): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text();
  const found = text.split('\n').find((l) => line.test(l));
  return found ? Number(found.split(' ').pop()) : 0;
}

describe('/metrics counts what happened', () => {
  let t: TestApp;
  let server: LocalServer;

  beforeAll(async () => {
    server = await startLocalServer();
    server.route('/down.xml', (_req, res) => {
      res.writeHead(500).end('boom');
    });
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
    await server?.close();
  });

  it('counts a failed feed poll by outcome', async () => {
    const feed = await t.app
      .get(FeedsRepository)
      .upsert({ trackId: 'kr-us', url: `${server.url}/down.xml`, source: 'Down Daily', origin: 'api' });
    expect(await metric(t, /^dw_poll_failures_total\{outcome="error"\}/)).toBe(0);
    const result = await t.app.get(PollService).poll(feed.id);
    expect(result.status).toBe('error');
    expect(await metric(t, /^dw_poll_failures_total\{outcome="error"\}/)).toBe(1);
  });

  it("observes the lag from an article's publication to the alert it caused", async () => {
    const event: StatusChangedEvent = {
      id: 'lag-test-1',
      type: 'status.changed',
      trackId: 'kr-us',
      occurredAt: new Date().toISOString(),
      data: {
        from: 'unknown',
        to: 'negotiating',
        evidence: [
          {
            articleId: 'a-late',
            title: 'Later report',
            url: 'https://news.example.org/late',
            source: 'Wire',
            publishedAt: new Date(Date.now() - 60_000).toISOString(),
            signal: 'talks_held',
            sentence: 'Talks were held.',
          },
          {
            articleId: 'a-first',
            title: 'First report',
            url: 'https://news.example.org/first',
            source: 'Wire',
            publishedAt: new Date(Date.now() - 300_000).toISOString(),
            signal: 'talks_held',
            sentence: 'Talks were held.',
          },
        ],
      },
    };
    await t.app.get(EventsRepository).record(event);
    await t.app.get(ComposeService).compose(event.id);
    expect(await metric(t, /^dw_article_to_alert_lag_seconds_count /)).toBe(1);
    const seconds = await metric(t, /^dw_article_to_alert_lag_seconds_sum /);
    expect(seconds).toBeGreaterThanOrEqual(300);
    expect(seconds).toBeLessThan(330);
    expect(await metric(t, /^dw_article_to_alert_lag_seconds_bucket\{le="300"\}/)).toBe(0);
    expect(await metric(t, /^dw_article_to_alert_lag_seconds_bucket\{le="900"\}/)).toBe(1);
  });
});
