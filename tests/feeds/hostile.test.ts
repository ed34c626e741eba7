import { FeedParseError, parseFeed } from '@dw/feeds';
import { startLocalServer, type LocalServer } from './local-server';

function billionLaughs(levels: number): string {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE rss [', '<!ENTITY lol "lol">'];
  for (let i = 1; i <= levels; i++)
    lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  lines.push(
    ']>',
    `<rss version="2.0"><channel><title>&lol${levels};</title><item><title>x</title></item></channel></rss>`,
  );
  return lines.join('\n');
}

/**
 * Refused before any expansion: the bound here only catches a hang or an expansion (seconds); the
 * speed itself (well under 50 ms) is measured by scripts/measure-feeds and bench/, not asserted.
 */
async function refusedWithin(text: string, ms: number): Promise<FeedParseError> {
  const started = performance.now();
  try {
    await parseFeed(text);
  } catch (error) {
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(ms);
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('hostile documents', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((_req, res) => res.end('pwned'));
  });
  afterAll(() => server.close());

  it('refuses an entity bomb fast, with a reason', async () => {
    const error = await refusedWithin(billionLaughs(9), 1000);
    expect(error.code).toBe('hostile');
    expect(error.message).toMatch(/^refused: .*entit/);
  });

  it('refuses a quadratic blow-up (one large entity repeated)', async () => {
    const big = 'a'.repeat(50_000);
    const text = `<!DOCTYPE rss [<!ENTITY a "${big}">]><rss version="2.0"><channel><title>${'&a;'.repeat(10_000)}</title></channel></rss>`;
    expect((await refusedWithin(text, 1000)).code).toBe('hostile');
  });

  it('refuses external entities and never fetches them (XXE)', async () => {
    const fileEntity =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>';
    const httpEntity = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${server.url('/ping')}">]><rss version="2.0"><channel><title>&xxe;</title></channel></rss>`;
    const parameterEntity = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "${server.url('/evil.dtd')}"> %remote;]><rss version="2.0"><channel><title>x</title></channel></rss>`;
    for (const text of [fileEntity, httpEntity, parameterEntity]) {
      expect((await refusedWithin(text, 1000)).code).toBe('hostile');
    }
    expect(server.connections).toBe(0);
  });

  it('accepts an external DTD reference without fetching it (Netscape RSS 0.91)', async () => {
    const text = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "${server.url('/rss-0.91.dtd')}"><rss version="0.91"><channel><title>Old &eacute;</title><item><title>One</title><link>https://news.example/1</link></item></channel></rss>`;
    const feed = await parseFeed(text);
    expect(feed.title).toBe('Old é');
    expect(feed.items).toHaveLength(1);
    expect(server.connections).toBe(0);
  });

  it('substitutes a harmless internal entity once', async () => {
    const text =
      '<!DOCTYPE rss [<!ENTITY org "Example News">]><rss version="2.0"><channel><title>&org;</title></channel></rss>';
    expect((await parseFeed(text)).title).toBe('Example News');
  });

  it('refuses a document over the size cap', async () => {
    await expect(parseFeed(`<rss>${' '.repeat(2000)}</rss>`, { maxChars: 1000 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });

  it('recovers complete items from a truncated feed and drops the cut one', async () => {
    const text =
      '<rss version="2.0"><channel><title>Cut</title><item><title>One</title><link>https://news.example/1</link></item><item><title>Two</title><link>https://news.exa';
    const feed = await parseFeed(text);
    expect(feed.recovered).toBe(true);
    expect(feed.items.map((i) => i.title)).toEqual(['One']);
  });

  it('repairs bare ampersands and HTML entities', async () => {
    const text =
      '<rss version="2.0"><channel><title>AT&T &amp; friends&nbsp;&hellip;</title><item><title>R&D</title></item></channel></rss>';
    const feed = await parseFeed(text);
    expect(feed.title).toBe('AT&T & friends\u00a0…');
    expect(feed.items[0].title).toBe('R&D');
  });

  it('gives a clear error for HTML and for nonsense, and never hangs on deep nesting', async () => {
    await expect(parseFeed('<!doctype html><html><body>Hello</body></html>')).rejects.toThrow(
      'the document is an HTML page, not a feed',
    );
    await expect(parseFeed('\u0000\u0001garbage')).rejects.toBeInstanceOf(FeedParseError);
    const deep = `<rss version="2.0"><channel>${'<item>'.repeat(50_000)}</channel></rss>`;
    const started = performance.now();
    await parseFeed(deep).catch(() => undefined);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
