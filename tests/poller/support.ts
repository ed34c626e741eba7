import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { type Database, FeedsRepository } from '@dw/platform';
import { PollerModule } from '../../apps/poller/src/poller.module';
import { type PollerSettings, PollerSettingsOverrideModule } from '../../apps/poller/src/poller-settings';
import { PollService } from '../../apps/poller/src/poll.service';
import { startTestApp, type TestApp } from '../support/app';
import { openTestDatabase, uniqueName } from '../support/env';

export const KR_US_DEADLINE = '2025-08-01T04:01:00.000Z';

/** The poller alone (no classifier draining its queue), on a clock of the test's choosing, without jitter. */
export async function startPoller(
  options: {
    clock?: Clock;
    env?: Record<string, string>;
    db?: Database;
    settings?: Partial<PollerSettings>;
  } = {},
): Promise<TestApp> {
  const db = options.db ?? (await openTestDatabase('postgres'));
  return startTestApp({
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.env ? { env: options.env } : {}),
    db,
    features: [PollerModule, PollerSettingsOverrideModule.with({ random: () => 0.5, ...options.settings })],
  });
}

/** A PostgreSQL schema that several apps (a restart, two replicas) open, each with a handle of its own. */
export async function sharedSchema(): Promise<{ open(): Promise<Database> }> {
  const schema = uniqueName('t');
  const open = (): Promise<Database> => openTestDatabase('postgres', schema);
  const first = await open();
  await first.destroy();
  return { open };
}

export function classifyQueue(t: TestApp): Queue {
  return t.app.get<Queue>(getQueueToken(QUEUE_NAMES.classify));
}

/** Ids of every classify job in the queue, whatever its state. */
export async function classifyJobIds(t: TestApp): Promise<string[]> {
  const jobs = await classifyQueue(t).getJobs([
    'waiting',
    'active',
    'delayed',
    'completed',
    'failed',
    'prioritized',
  ]);
  return jobs.map((job) => job.id ?? '').sort();
}

export async function addFeed(
  t: TestApp,
  url: string,
  trackId: string | null = 'kr-us',
  source = 'Local Daily',
): Promise<number> {
  const feed = await t.app.get(FeedsRepository).upsert({ trackId, url, source, origin: 'api' });
  return feed.id;
}

export function poll(t: TestApp, feedId: number) {
  return t.app.get(PollService).poll(feedId);
}

export function feedRow(t: TestApp, feedId: number) {
  return t.db.selectFrom('feeds').selectAll().where('id', '=', feedId).executeTakeFirstOrThrow();
}

export function articleRows(t: TestApp) {
  return t.db.selectFrom('articles').selectAll().orderBy('id').execute();
}

export interface Item {
  title: string;
  link: string;
  guid?: string;
  pubDate: string;
  description: string;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** RSS 2.0, optionally advertising a WebSub hub and its own URL. */
export function rss(items: Item[], links: { hub?: string; self?: string } = {}): string {
  const atom = [
    links.hub ? `<atom:link rel="hub" href="${esc(links.hub)}"/>` : '',
    links.self ? `<atom:link rel="self" href="${esc(links.self)}" type="application/rss+xml"/>` : '',
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Local Daily</title><link>http://127.0.0.1/</link><description>test</description>${atom}
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.guid ?? i.link)}</guid><pubDate>${new Date(i.pubDate).toUTCString()}</pubDate><description>${esc(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

const TOPICS = [
  [
    'Seoul and Washington restart their tariff negotiations in the US capital before the August deadline',
    'shipyards',
  ],
  ['Seoul offers a shipbuilding investment package as Korea seeks relief from the 25% tariff', 'rice quotas'],
  ['Trade minister Yeo of Korea sees the US trade representative about car tariffs', 'semiconductors'],
  ['South Korea weighs opening its farm market for rice and beef in talks with Washington', 'auto parts'],
  ['Korea and US finance ministers postpone the 2+2 meeting on tariffs and currency', 'currency'],
];

/** Items the kr-us pre-filter lets through, each a different story. */
export function koreaItems(base: string, count = 3): Item[] {
  return TOPICS.slice(0, count).map(([title, subject], n) => ({
    title,
    link: `${base}/news/${n + 1}`,
    pubDate: '2025-07-20T09:00:00Z',
    description: `${title}. Officials in Seoul said on Sunday that the talks on ${subject} continued late into the night, and that negotiators exchanged new proposals on ${subject} before the next round.`,
  }));
}
