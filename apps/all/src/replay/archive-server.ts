import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '@dw/domain';
import type { ArchivedArticle } from './archive';

export interface ArchiveServer {
  url: string;
  /** One feed per outlet, so independent sources stay independent. */
  feeds: { source: string; url: string }[];
  webhookUrl: string;
  webhooksReceived: () => number;
  close(): Promise<void>;
}

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Serves the archive as a live RSS feed on loopback: at each moment of the simulated clock it holds
 * only what had been published by then. Also the demo webhook receiver.
 */
export async function startArchiveServer(articles: ArchivedArticle[], clock: Clock): Promise<ArchiveServer> {
  let webhooks = 0;
  let base = '';
  let feeds: { source: string; url: string }[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const feed = feeds.find((f) => new URL(f.url).pathname === url.pathname);
    if (feed) {
      const now = clock.now().getTime();
      const visible = articles
        .filter((a) => a.source === feed.source && Date.parse(a.published) <= now)
        .reverse();
      const items = visible
        .map(
          (a) =>
            `<item><title>${xml(a.title)}</title><link>${xml(a.url ?? `${base}/articles/${encodeURIComponent(a.id)}`)}</link>` +
            `<guid isPermaLink="false">archive:${xml(a.id)}</guid><pubDate>${new Date(a.published).toUTCString()}</pubDate>` +
            `<description>${xml(a.text)}</description></item>`,
        )
        .join('\n');
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(feed.source)}</title>` +
          `<link>${xml(base)}/</link><description>Archived coverage</description>${items}</channel></rss>`,
      );
      return;
    }
    const article = url.pathname.startsWith('/articles/')
      ? articles.find((a) => a.id === decodeURIComponent(url.pathname.slice('/articles/'.length)))
      : undefined;
    if (article) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`${article.title}\n\n${article.text}\n`);
      return;
    }
    if (url.pathname === '/webhook' && req.method === 'POST') {
      req.resume();
      req.on('end', () => {
        webhooks++;
        res.writeHead(204).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sources = [...new Set(articles.map((a) => a.source))];
  feeds = sources.map((source, i) => ({ source, url: `${base}/feeds/${i + 1}.xml` }));
  return {
    url: base,
    feeds,
    webhookUrl: `${base}/webhook`,
    webhooksReceived: () => webhooks,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
