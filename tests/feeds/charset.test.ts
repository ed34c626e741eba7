import iconv from 'iconv-lite';
import { SystemClock } from '@dw/domain';
import { HttpFeedReader } from '../../apps/poller/src/http-feed-reader';
import { resolvePollerSettings } from '../../apps/poller/src/poller-settings';
import { startLocalServer, type LocalServer } from './local-server';

const TITLE = 'Café “déjà vu” – 25% tariff €';

function feed(encodingDeclaration: string | null): string {
  const declaration = encodingDeclaration
    ? `<?xml version="1.0" encoding="${encodingDeclaration}"?>`
    : '<?xml version="1.0"?>';
  return `${declaration}\n<rss version="2.0"><channel><title>Charset test</title><item><title>${TITLE}</title><link>https://news.example/1</link><description>${TITLE}</description></item></channel></rss>`;
}

const BODIES: Record<string, { body: Buffer; contentType: string; expected: string }> = {
  'windows-1252 named in the HTTP header': {
    body: iconv.encode(feed(null), 'windows-1252'),
    contentType: 'application/rss+xml; charset=windows-1252',
    expected: TITLE,
  },
  'ISO-8859-1 named in the XML declaration': {
    body: iconv.encode(feed('ISO-8859-1').replaceAll(TITLE, 'Café à Séoul'), 'latin1'),
    contentType: 'application/rss+xml',
    expected: 'Café à Séoul',
  },
  'UTF-16 LE with a BOM': {
    body: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(feed('UTF-16'), 'utf-16le')]),
    contentType: 'application/xml',
    expected: TITLE,
  },
  'UTF-16 BE with a BOM': {
    body: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(feed('UTF-16'), 'utf-16be')]),
    contentType: 'application/xml',
    expected: TITLE,
  },
  'UTF-8 under a wrong ISO-8859-1 declaration': {
    body: Buffer.from(feed('ISO-8859-1'), 'utf8'),
    contentType: 'text/xml',
    expected: TITLE,
  },
  'a BOM overriding a wrong header charset': {
    body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed('UTF-8'), 'utf8')]),
    contentType: 'text/xml; charset=iso-8859-1',
    expected: TITLE,
  },
  'undeclared windows-1252 bytes': {
    body: iconv.encode(feed(null), 'windows-1252'),
    contentType: 'text/xml',
    expected: TITLE,
  },
};

describe("charsets through the poller's feed reader", () => {
  let server: LocalServer;
  let reader: HttpFeedReader;
  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      const entry = BODIES[decodeURIComponent((req.url ?? '/').slice(1))];
      if (!entry) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': entry.contentType });
      res.end(entry.body);
    });
    reader = new HttpFeedReader(
      { allowPrivateNetwork: true, publicUrl: 'http://localhost:3000' },
      new SystemClock(),
      resolvePollerSettings(),
    );
  });
  afterAll(async () => {
    await reader.onApplicationShutdown();
    await server.close();
  });

  it.each(Object.keys(BODIES))('%s', async (name) => {
    const result = await reader.read({
      feedId: 1,
      url: server.url(`/${encodeURIComponent(name)}`),
      source: null,
      etag: null,
      lastModified: null,
    });
    if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0].title).toBe(BODIES[name].expected);
    expect(result.articles[0].text).toBe(BODIES[name].expected);
  });
});
