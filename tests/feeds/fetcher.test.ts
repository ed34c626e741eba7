import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { SimulatedClock } from '@dw/domain';
import { FeedFetcher, FeedFetchError, type FetchFeedResult } from '@dw/feeds';
import { rss, startLocalServer, type LocalServer } from './local-server';

const FEED = rss([{ title: 'Talks resume in Washington', link: 'https://news.example/1', guid: 'a-1' }]);

function ok(result: FetchFeedResult): Extract<FetchFeedResult, { status: 'ok' }> {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result;
}

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedFetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('FeedFetcher against a local server (allowPrivateNetwork: true)', () => {
  let server: LocalServer;
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchers: FeedFetcher[] = [];
  const make = (options: ConstructorParameters<typeof FeedFetcher>[0] = {}): FeedFetcher => {
    const fetcher = new FeedFetcher({
      allowPrivateNetwork: true,
      publicUrl: 'https://watch.example',
      ...options,
    });
    fetchers.push(fetcher);
    return fetcher;
  };

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      const path = req.url ?? '/';
      if (path === '/feed') {
        if (
          req.headers['if-none-match'] === '"v1"' ||
          req.headers['if-modified-since'] === 'Tue, 01 Jul 2025 00:00:00 GMT'
        ) {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Tue, 01 Jul 2025 00:00:00 GMT',
        });
        res.end(FEED);
      } else if (path.startsWith('/hop/')) {
        const left = Number(path.slice(5));
        res.writeHead(left % 2 ? 301 : 307, { location: left > 0 ? `/hop/${left - 1}` : '/feed' });
        res.end();
      } else if (path === '/hang') {
        // accepts the request and never answers
      } else if (path === '/drip') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<rss version="2.0"><channel>');
        const timer = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(timer));
      } else if (path === '/endless') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(16 * 1024, 'a');
        const pump = (): void => {
          while (res.write(chunk));
        };
        res.on('drain', pump);
        pump();
      } else if (path === '/declared-huge') {
        res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
        res.write('<rss>');
      } else if (path.startsWith('/encoded/')) {
        const encoding = path.slice(9);
        const body = Buffer.from(FEED);
        const encoded =
          encoding === 'gzip'
            ? gzipSync(body)
            : encoding === 'deflate'
              ? deflateSync(body)
              : brotliCompressSync(body);
        res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'application/rss+xml' });
        res.end(encoded);
      } else if (path === '/gzip-bomb') {
        res.writeHead(200, { 'content-encoding': 'gzip' });
        res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')));
      } else if (path === '/gzip-unannounced') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(gzipSync(Buffer.from(FEED)));
      } else if (path === '/busy') {
        res.writeHead(429, { 'retry-after': '120' });
        res.end();
      } else if (path === '/down') {
        res.writeHead(503, { 'retry-after': 'Tue, 01 Jul 2025 12:10:00 GMT' });
        res.end();
      } else if (path === '/broken') {
        res.writeHead(500);
        res.end('oops');
      } else if (path === '/slow') {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        setTimeout(() => {
          inFlight--;
          res.end(FEED);
        }, 80);
      } else if (path === '/ua') {
        res.end(String(req.headers['user-agent']));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  afterAll(async () => {
    fetchers.forEach((f) => f.close());
    await server.close();
  });

  it('fetches a feed and reports its validators', async () => {
    const result = ok(await make().fetch({ url: server.url('/feed') }));
    expect(result.statusCode).toBe(200);
    expect(result.body.toString('utf8')).toContain('Talks resume in Washington');
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
    expect(result.contentType).toContain('rss');
  });

  it('answers not-modified to a conditional GET (ETag and If-Modified-Since)', async () => {
    const fetcher = make();
    expect((await fetcher.fetch({ url: server.url('/feed'), etag: '"v1"' })).status).toBe('not-modified');
    expect(
      (await fetcher.fetch({ url: server.url('/feed'), lastModified: 'Tue, 01 Jul 2025 00:00:00 GMT' }))
        .status,
    ).toBe('not-modified');
  });

  it('follows a bounded number of redirects and reports the final URL', async () => {
    const result = ok(await make().fetch({ url: server.url('/hop/3') }));
    expect(result.url).toBe(server.url('/feed'));
    expect(result.redirects).toHaveLength(4);
    const error = await failure(make({ maxRedirects: 2 }).fetch({ url: server.url('/hop/3') }));
    expect(error.code).toBe('too-many-redirects');
  });

  it('ends a server that never answers within the total timeout', async () => {
    const started = Date.now();
    const error = await failure(make({ totalTimeoutMs: 300 }).fetch({ url: server.url('/hang') }));
    expect(error.code).toBe('timeout');
    expect(error.message).toMatch(/did not finish downloading within 0.3 s/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('ends a connection attempt that does not complete within the connect timeout', async () => {
    const neverResolves = (): void => undefined;
    const started = Date.now();
    const error = await failure(
      make({ lookup: neverResolves, connectTimeoutMs: 200, totalTimeoutMs: 5000 }).fetch({
        url: 'http://stuck.test/feed',
      }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('could not connect to stuck.test within 0.2 s');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('ends a slow-drip body within the total timeout', async () => {
    const started = Date.now();
    const error = await failure(make({ totalTimeoutMs: 400 }).fetch({ url: server.url('/drip') }));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops reading an endless body at the size cap', async () => {
    const error = await failure(make({ maxBytes: 256 * 1024 }).fetch({ url: server.url('/endless') }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/larger than the 0.3 MB limit/);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    const error = await failure(make({ maxBytes: 1024 * 1024 }).fetch({ url: server.url('/declared-huge') }));
    expect(error.code).toBe('too-large');
  });

  it.each(['gzip', 'deflate', 'br'])('decompresses %s', async (encoding) => {
    const result = ok(await make().fetch({ url: server.url(`/encoded/${encoding}`) }));
    expect(result.body.toString('utf8')).toBe(FEED);
  });

  it('caps the size after decompression (a gzip bomb)', async () => {
    const error = await failure(make({ maxBytes: 1024 * 1024 }).fetch({ url: server.url('/gzip-bomb') }));
    expect(error.code).toBe('too-large');
    expect(error.message).toContain('once decompressed');
  });

  it('undoes gzip a server did not announce', async () => {
    const result = ok(await make().fetch({ url: server.url('/gzip-unannounced') }));
    expect(result.body.toString('utf8')).toBe(FEED);
  });

  it('returns Retry-After in seconds or as a date instead of sleeping', async () => {
    const clock = new SimulatedClock('2025-07-01T12:00:00Z');
    const fetcher = make({ clock });
    expect(await fetcher.fetch({ url: server.url('/busy') })).toMatchObject({
      status: 'retry-later',
      statusCode: 429,
      retryAfterMs: 120_000,
    });
    expect(await fetcher.fetch({ url: server.url('/down') })).toMatchObject({
      status: 'retry-later',
      statusCode: 503,
      retryAfterMs: 600_000,
    });
  });

  it('reports other HTTP errors with their status', async () => {
    const error = await failure(make().fetch({ url: server.url('/broken') }));
    expect(error).toMatchObject({ code: 'http-status', details: { statusCode: 500 } });
    expect(error.message).toBe('the server answered 500 Internal Server Error');
  });

  it('reports a refused connection in words', async () => {
    const closed = await startLocalServer(() => undefined);
    const url = closed.url('/feed');
    await closed.close();
    const error = await failure(make().fetch({ url }));
    expect(error.code).toBe('network');
    expect(error.message).toContain('refused the connection');
  });

  it('limits concurrent fetches per host', async () => {
    const fetcher = make({ perHostConcurrency: 2 });
    maxInFlight = 0;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => fetcher.fetch({ url: server.url('/slow') })),
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(maxInFlight).toBe(2);
  });

  it('identifies itself honestly', async () => {
    const result = ok(await make().fetch({ url: server.url('/ua') }));
    expect(result.body.toString()).toBe('DeadlineWatch/0.1 (+https://watch.example)');
  });
});
