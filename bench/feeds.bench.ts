import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FeedFetcher, normalizeFeed, parseFeed } from '@dw/feeds';

function generateFeed(feedIndex: number, items: number): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Seoul and Washington talks, round ${feedIndex}-${i}</title><link>https://news.example/${feedIndex}/${i}?utm_source=rss</link>` +
      `<guid>news-${feedIndex}-${i}</guid><pubDate>Wed, 16 Jul 2025 ${String(i % 24).padStart(2, '0')}:12:00 +0900</pubDate>` +
      `<description><![CDATA[<p>Negotiators for South Korea and the US sat down on Wednesday for a ${i}th round of tariff talks, ` +
      `officials in Seoul said, as the August 1 deadline nears. <a href="https://news.example/related">Related</a></p><p>Share</p>]]></description></item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench ${feedIndex}</title><link>https://news.example/</link>${entries}</channel></rss>`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
const mb = (bytes: number): number => round(bytes / 1048576, 1);

async function parseTimes(): Promise<Record<string, number>> {
  const text = generateFeed(0, 50);
  const parse: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < 20; i++) normalizeFeed(await parseFeed(text));
  for (let i = 0; i < 200; i++) {
    const started = performance.now();
    const feed = await parseFeed(text);
    const parsed = performance.now();
    normalizeFeed(feed, { feedUrl: 'https://news.example/feed' });
    parse.push(parsed - started);
    full.push(performance.now() - started);
  }
  return {
    parse_50_items_p50_ms: round(percentile(parse, 50)),
    parse_50_items_p95_ms: round(percentile(parse, 95)),
    parse_and_normalise_50_items_p95_ms: round(percentile(full, 95)),
  };
}

async function pollingThroughput(): Promise<Record<string, number>> {
  const FEEDS = 1000;
  const bodies = Array.from({ length: FEEDS }, (_, i) => generateFeed(i, 10));
  // each pass stops taking new feeds after this long, so the bench stays bounded on a slow machine
  const PASS_BUDGET_MS = 20_000;
  const server: Server = createServer((req, res) => {
    const index = Number((req.url ?? '/').slice(6));
    const etag = `"feed-${index}-v1"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
    res.end(bodies[index]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fetcher = new FeedFetcher({
    allowPrivateNetwork: true,
    perHostConcurrency: 32,
    totalTimeoutMs: 10_000,
  });
  const etags = new Map<number, string>();
  const pass = async (
    conditional: boolean,
  ): Promise<{ seconds: number; ok: number; notModified: number; done: number }> => {
    let next = 0;
    let ok = 0;
    let notModified = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < FEEDS && performance.now() - started < PASS_BUDGET_MS) {
        const index = next++;
        const result = await fetcher.fetch({
          url: `http://127.0.0.1:${port}/feed/${index}`,
          etag: conditional ? (etags.get(index) ?? null) : null,
        });
        if (result.status === 'ok') {
          ok++;
          if (result.etag) etags.set(index, result.etag);
          normalizeFeed(await parseFeed(result.body.toString('utf8')));
        } else if (result.status === 'not-modified') notModified++;
      }
    };
    await Promise.all(Array.from({ length: 64 }, worker));
    return { seconds: (performance.now() - started) / 1000, ok, notModified, done: ok + notModified };
  };
  try {
    const first = await pass(false);
    const second = await pass(true);
    global.gc?.();
    const memory = process.memoryUsage();
    return {
      feeds: FEEDS,
      first_pass_200: first.ok,
      first_pass_feeds_per_minute: Math.round((first.done / first.seconds) * 60),
      second_pass_304: second.notModified,
      second_pass_feeds_per_minute: Math.round((second.done / second.seconds) * 60),
      steady_rss_mb: mb(memory.rss),
      steady_heap_used_mb: mb(memory.heapUsed),
    };
  } finally {
    fetcher.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Feed parsing latency and how many feeds one poller process can poll per minute against local servers (200 then 304). */
export async function run(): Promise<Record<string, number | string>> {
  return {
    ...(await parseTimes()),
    ...(await pollingThroughput()),
    per_host_concurrency: 32,
  };
}
