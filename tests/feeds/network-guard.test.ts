import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { FeedFetcher, FeedFetchError, guardedLookup } from '@dw/feeds';
import { rss, startLocalServer, type LocalServer } from './local-server';

async function refusal(promise: Promise<unknown>): Promise<FeedFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedFetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to be refused');
}

describe('network guard (guard on)', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((_req, res) =>
      res.end(rss([{ title: 'secret', link: 'https://internal.example/' }])),
    );
  });
  afterAll(() => server.close());

  it.each([
    ['dotted', (p: number) => `http://127.0.0.1:${p}/feed`],
    ['short form', (p: number) => `http://127.1:${p}/feed`],
    ['decimal', (p: number) => `http://2130706433:${p}/feed`],
    ['hex', (p: number) => `http://0x7f000001:${p}/feed`],
    ['octal', (p: number) => `http://0177.0.0.1:${p}/feed`],
    ['IPv4-mapped IPv6', (p: number) => `http://[::ffff:127.0.0.1]:${p}/feed`],
    ['IPv6 loopback', (p: number) => `http://[::1]:${p}/feed`],
    ['localhost', (p: number) => `http://localhost:${p}/feed`],
    ['localhost with a trailing dot', (p: number) => `http://localhost.:${p}/feed`],
  ])('refuses loopback written as %s before any connection', async (_label, spell) => {
    const fetcher = new FeedFetcher();
    const error = await refusal(fetcher.fetch({ url: spell(server.port) }));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toMatch(/^refused: .* loopback .*ALLOW_PRIVATE_NETWORK=true/);
    expect(server.connections).toBe(0);
    fetcher.close();
  });

  it('refuses a name whose DNS answer is loopback, at connect time', async () => {
    const resolver = (
      _host: string,
      _options: unknown,
      callback: (err: null, addresses: LookupAddress[]) => void,
    ): void => callback(null, [{ address: '127.0.0.1', family: 4 }]);
    const fetcher = new FeedFetcher({ lookup: guardedLookup({}, resolver) });
    const error = await refusal(fetcher.fetch({ url: `http://rebinding.test:${server.port}/feed` }));
    expect(error.code).toBe('blocked-address');
    expect(error.message).toContain('127.0.0.1 is a loopback address');
    expect(error.message).toContain('rebinding.test');
    expect(server.connections).toBe(0);
    fetcher.close();
  });

  it('refuses non-http schemes and credentials', async () => {
    const fetcher = new FeedFetcher();
    await expect(fetcher.fetch({ url: 'file:///etc/passwd' })).rejects.toMatchObject({ code: 'invalid-url' });
    await expect(fetcher.fetch({ url: 'http://user:pw@example.com/' })).rejects.toMatchObject({
      code: 'invalid-url',
    });
    fetcher.close();
  });
});

describe('redirects into the private network (guard on)', () => {
  let target: LocalServer;
  let entry: LocalServer;
  let redirectTo = '';
  beforeAll(async () => {
    target = await startLocalServer((_req, res) => res.end('internal'));
    entry = await startLocalServer((_req, res) => {
      res.writeHead(302, { location: redirectTo });
      res.end();
    });
  });
  afterAll(async () => {
    await entry.close();
    await target.close();
  });

  /** Resolves "public.test" to the entry server as if it were a public host; every other name goes through the real guard. */
  function lookupWithOnePublicHost(): LookupFunction {
    const guarded = guardedLookup({}, (_host, _options, callback) =>
      callback(null, [{ address: '127.0.0.1', family: 4 }]),
    );
    return (hostname, options, callback) => {
      if (hostname !== 'public.test') return guarded(hostname, options, callback);
      if (options.all)
        (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [
          { address: '127.0.0.1', family: 4 },
        ]);
      else callback(null, '127.0.0.1', 4);
    };
  }

  it.each([
    ['a loopback literal', () => `http://127.0.0.1:${target.port}/`],
    ['a loopback literal in hex', () => `http://0x7f000001:${target.port}/`],
    ['localhost', () => `http://localhost:${target.port}/`],
    ['a name resolving to loopback', () => `http://internal.test:${target.port}/`],
  ])('refuses a redirect to %s', async (_label, location) => {
    redirectTo = location();
    const fetcher = new FeedFetcher({ lookup: lookupWithOnePublicHost() });
    const error = await refusal(fetcher.fetch({ url: `http://public.test:${entry.port}/feed` }));
    expect(error.code).toBe('blocked-address');
    expect(target.connections).toBe(0);
    expect(entry.requests.length).toBeGreaterThan(0);
    fetcher.close();
  });
});
