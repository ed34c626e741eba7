import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { SimulatedClock } from '@dw/domain';
import { FeedsRepository } from '@dw/platform';
import { PollService } from '../../apps/poller/src/poll.service';
import { startTestApp, type TestApp } from '../support/app';
import { tempDir } from '../support/env';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '../../test-artifacts/latest');

/** A loopback port with nothing listening: a feed there fails at once, like a machine with no network. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

jest.setTimeout(90_000);

describe('status page on a fresh start with no reachable feed, in headless Chromium', () => {
  const clock = new SimulatedClock('2026-01-10T09:00:00.000Z');
  let t: TestApp;
  let context: BrowserContext | undefined;
  const profile = tempDir('dw-chromium-');

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM))
      throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium`);
    t = await startTestApp({ clock });
    const port = await closedPort();
    const feeds = t.app.get(FeedsRepository);
    const polls = t.app.get(PollService);
    for (const name of ['yonhap', 'herald', 'times']) {
      const feed = await feeds.upsert({
        trackId: 'kr-us',
        url: `http://127.0.0.1:${port}/${name}.xml`,
        source: name,
        origin: 'config',
        createdAt: clock.now(),
      });
      await polls.poll(feed.id);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await t?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('says the feeds could not be reached, counts them, and a passed deadline reads calmly', async () => {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
      ],
      headless: true,
      timezoneId: 'UTC',
      locale: 'en-GB',
      viewport: { width: 1200, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(t.url);
    const kr = page.locator('#track-kr-us');
    await expect(kr.locator('[data-sources]').innerText()).resolves.toMatch(
      /Watching 3 feeds: 0 healthy, 3 failing\. Last polled .*; next .*\./,
    );
    await expect(kr.locator('[data-empty]').innerText()).resolves.toMatch(
      /^No feed could be reached: check the network\./,
    );
    await expect(kr.locator('a[href="#replay"]').count()).resolves.toBe(1);
    await expect(kr.locator('a[href="/feed.atom?track=kr-us"]').count()).resolves.toBe(1);
    await expect(kr.locator('a[href="/calendar.ics?track=kr-us"]').count()).resolves.toBe(1);
    // the 2025 deadline has passed with no news: said plainly, in the calm style
    await expect(kr.locator('.passed.quiet').innerText()).resolves.toMatch(
      /No news about these negotiations/,
    );
    // a track with no feed at all says so
    await expect(page.locator('#track-jp-us [data-empty]').innerText()).resolves.toMatch(
      /No feed is watched/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'status-page-empty.png'), fullPage: false });

    const atom = await fetch(`${t.url}/feed.atom?track=kr-us`);
    expect(atom.status).toBe(200);
    expect((await fetch(`${t.url}/calendar.ics?track=kr-us`)).status).toBe(200);
    expect((await fetch(`${t.url}/calendar.ics?track=zz-zz`)).status).toBe(404);
  });
});
