import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedMode = 'ok' | '500' | 'garbage';

export interface FlappingFeed {
  url: string;
  mode: FeedMode;
  /** Items served by a good answer so far (each good answer adds one). */
  served: Map<string, string[]>;
  close(): Promise<void>;
}

export async function startFlappingFeed(): Promise<FlappingFeed> {
  const served = new Map<string, string[]>();
  const feed = { mode: 'ok' as FeedMode };
  const server = http.createServer((req, res) => {
    const name = /^\/feed\/([a-z0-9-]+)\.xml$/.exec(req.url ?? '')?.[1];
    if (!name) return res.writeHead(404).end();
    if (feed.mode === '500') return res.writeHead(500).end('upstream exploded');
    if (feed.mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(`<rss><channel><item><title>\u0000\u0001 not <<< xml ${'&'.repeat(50)}`);
    }
    const items = served.get(name) ?? [];
    const n = items.length + 1;
    items.push(`${flapFeedBase(req)}/articles/${name}/${n}`);
    served.set(name, items);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    res.end(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Zanzibar wire</title><link>http://127.0.0.1/</link><description>x</description>${items
        .map(
          (link, i) =>
            `<item><title>Zanzibar and Pemba tariff talks, round ${i + 1} (${name})</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(Date.now() - 60_000).toUTCString()}</pubDate><description>Negotiators from Zanzibar and Pemba met again to discuss the tariff deadline; round ${i + 1}.</description></item>`,
        )
        .join('')}</channel></rss>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return Object.assign(feed, {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function flapFeedBase(req: http.IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}
