import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SimulatedClock } from '@dw/domain';
import { ArticlesRepository, FeedsRepository, SubscribersRepository, TracksRepository } from '@dw/platform';
import { PollPlanner } from '../../apps/poller/src/poll-planner';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, tempDir } from '../support/env';
import { startLocalServer, type LocalServer } from '../support/http-server';
import { loadSeeds, rssFeed } from '../support/seeds';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/latest');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const profiles: string[] = [];

/** A fresh browser profile each time (removed after the run), so no state carries between launches. */
async function launch(options: { javaScriptEnabled: boolean; phone?: boolean }): Promise<BrowserContext> {
  const profile = tempDir('dw-chromium-');
  profiles.push(profile);
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    timezoneId: 'Asia/Seoul',
    locale: 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled,
    viewport: options.phone ? { width: 390, height: 844 } : { width: 1200, height: 900 },
    ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
}

async function countdownText(page: Page): Promise<string> {
  return page.locator('#track-kr-us [data-countdown]').innerText();
}

describe('status page in a real headless Chromium, on data that went through the pipeline', () => {
  // Four days before the deadline, a day after the seed article was published.
  const clock = new SimulatedClock('2025-07-27T09:30:00.000Z');
  let feedServer: LocalServer;
  let t: TestApp;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this).`,
      );
    }
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
    t = await startTestApp({ clock });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    for (const profile of profiles) fs.rmSync(profile, { recursive: true, force: true });
    await t?.close();
    await feedServer?.close();
  });

  it('renders countdown and status, ticks, and subscribes through the form', async () => {
    await t.app
      .get(FeedsRepository)
      .upsert({ trackId: 'kr-us', url: `${feedServer.url}/korea.xml`, source: 'Local Daily', origin: 'api' });
    await t.app.get(PollPlanner).enqueueDue();
    const [article] = await eventually(async () => {
      const latest = await t.app.get(ArticlesRepository).latestForTrack('kr-us', 5);
      if (latest.length === 0) throw new Error('not classified yet');
      return latest;
    }, 20_000);
    // The status machine records its verdict in the same job; give it the moment it needs.
    const track = await eventually(async () => {
      const row = await t.app.get(TracksRepository).find('kr-us');
      if (!row || row.status === 'unknown') throw new Error('no status yet');
      return row;
    }, 10_000).catch(async () => (await t.app.get(TracksRepository).find('kr-us'))!);

    context = await launch({ javaScriptEnabled: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${t.url}/`);

    const kr = page.locator('#track-kr-us');
    await kr.locator('h2').waitFor();
    expect(await kr.locator('h2').innerText()).toBe('South Korea – United States tariff negotiations');
    const badge = kr.locator('.status-line [data-status]');
    expect(await badge.getAttribute('data-status')).toBe(track.status);
    expect(await kr.locator('.articles').innerText()).toContain(article.title);

    // Four days and 18 hours to go on the server's (simulated) clock; the browser counts from there.
    const first = await countdownText(page);
    expect(first).toMatch(/^4\s+days\s+18\s+hours\s+\d\d\s+min\s+\d\d\s+sec$/i);
    await page.waitForTimeout(2_100);
    const later = await countdownText(page);
    expect(later).not.toBe(first);
    expect(await kr.locator('[data-remaining]').innerText()).toMatch(/^4 days 18 hours left$/);

    // The deadline in its own zone, and in the viewer's.
    expect(await kr.locator('.deadline').innerText()).toContain('Friday 1 August 2025, 00:01 EDT');
    const local = kr.locator('[data-local-time]');
    expect(await local.isVisible()).toBe(true);
    expect(await local.innerText()).toMatch(/1 August 2025.*13:01.*Asia\/Seoul/);

    await page.screenshot({ path: path.join(ARTIFACTS, 'status-page.png'), fullPage: true });
    await kr.screenshot({ path: path.join(ARTIFACTS, 'status-page-kr-us.png') });

    // Subscribe with JavaScript: JSON to the API, the notice comes from its answer.
    await page.getByLabel('Email address').fill('browser@example.org');
    await page.getByLabel('Digest').selectOption('daily');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    const notice = page.locator('#subscribe-notice');
    await notice.filter({ hasText: 'Check your inbox' }).waitFor({ timeout: 10_000 });
    expect(await notice.getAttribute('class')).toBe('notice');
    const subscriber = await t.app.get(SubscribersRepository).findByEmail('browser@example.org');
    expect(subscriber).toMatchObject({ timezone: 'Asia/Seoul', digest: 'daily', confirmed_at: null });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, 'status-page-subscribed.png') });
    expect(errors).toEqual([]);
  }, 60_000);

  it('works on a phone without JavaScript: the form posts and the page says what happens next', async () => {
    const phone = await launch({ javaScriptEnabled: false, phone: true });
    try {
      const page = await phone.newPage();
      await page.goto(`${t.url}/`);
      expect(await page.locator('#track-kr-us [data-countdown]').innerText()).toMatch(/days/i);
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: path.join(ARTIFACTS, 'status-page-phone.png') });
      await page.getByLabel('Email address').fill('phone@example.org');
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.waitForURL(/subscribed=1/);
      expect(await page.locator('#subscribe-notice').innerText()).toMatch(/^Almost done: check your inbox/);
      expect(await t.app.get(SubscribersRepository).findByEmail('phone@example.org')).toBeDefined();
    } finally {
      await phone.close();
    }
  }, 60_000);

  it('says plainly when the deadline has passed, with the status at it', async () => {
    clock.set('2025-08-02T10:00:00.000Z');
    const desk = await launch({ javaScriptEnabled: true });
    try {
      const page = await desk.newPage();
      await page.goto(`${t.url}/`);
      const kr = page.locator('#track-kr-us');
      expect(await kr.locator('[data-countdown]').count()).toBe(0);
      const passed = await kr.locator('.passed').innerText();
      expect(passed).toContain('The deadline has passed.');
      expect(passed).toMatch(/It fell on Friday 1 August 2025, 00:01 EDT \(passed 1 day 5 hours ago\)/);
      expect(passed).toMatch(/At the deadline the status was \w/);
      await kr.screenshot({ path: path.join(ARTIFACTS, 'status-page-passed.png') });
    } finally {
      await desk.close();
    }
  }, 60_000);
});
