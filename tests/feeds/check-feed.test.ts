import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheckFeed } from '../../apps/poller/src/cli/check-feed-command';
import { rss, startLocalServer, type LocalServer } from './local-server';

const FEED = rss([
  {
    title: 'Seoul and Washington resume tariff talks',
    link: 'https://news.example/1?utm_source=rss',
    guid: 'n-1',
    description: 'Talks resumed.',
    pubDate: 'Wed, 16 Jul 2025 07:12:00 +0900',
  },
  { title: 'Football results', link: 'https://news.example/2', guid: 'n-2', description: 'Scores.' },
]);

describe('check-feed', () => {
  let server: LocalServer;
  let dir: string;
  const run = async (
    argv: string[],
    allowPrivateNetwork = true,
  ): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const code = await runCheckFeed(argv, {
      allowPrivateNetwork,
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      tracksFiles: [join(dir, 'tracks.yaml')],
    });
    return { code, out, err };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'check-feed-'));
    writeFileSync(join(dir, 'feed.xml'), FEED);
    writeFileSync(join(dir, 'broken.xml'), '<html><body>not a feed</body></html>');
    writeFileSync(
      join(dir, 'tracks.yaml'),
      'tracks:\n  - id: kr-us\n    name: Korea\n    parties: [South Korea, United States]\n    keywords: [Korea, Seoul]\n    deadline: null\n    feeds: []\n',
    );
    server = await startLocalServer((req, res) => {
      if (req.url === '/feed') res.end(FEED);
      else {
        res.writeHead(404, 'Not Found');
        res.end();
      }
    });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints what the poller would take from a file, with the pre-filter for a track', async () => {
    const { code, out } = await run([join(dir, 'feed.xml'), '--track', 'kr-us']);
    expect(code).toBe(0);
    const output = JSON.parse(out);
    expect(output.articles).toHaveLength(2);
    expect(output.articles[0]).toMatchObject({
      url: 'https://news.example/1',
      publishedAt: '2025-07-15T22:12:00.000Z',
      trackIds: ['kr-us'],
    });
    expect(output.articles[0].raw).toBeUndefined();
    expect(output.prefilter).toEqual({ track: 'kr-us', passed: 1, of: 2 });
  });

  it('fetches a URL when private addresses are allowed', async () => {
    const { code, out } = await run([server.url('/feed')]);
    expect(code).toBe(0);
    expect(JSON.parse(out).articles).toHaveLength(2);
  });

  it.each([
    [
      'a loopback URL with the guard on',
      () => [server.url('/feed')],
      false,
      /^check-feed: refused: 127\.0\.0\.1 is a loopback address/,
    ],
    [
      'an HTTP error',
      () => [server.url('/missing')],
      true,
      /^check-feed: the server answered 404 Not Found$/,
    ],
    [
      'a file that is not a feed',
      () => [join(dir, 'broken.xml')],
      true,
      /^check-feed: the document is an HTML page, not a feed$/,
    ],
    ['a missing file', () => [join(dir, 'nope.xml')], true, /^check-feed: no such file or URL/],
    [
      'an unknown track',
      () => [join(dir, 'feed.xml'), '--track', 'xx-yy'],
      true,
      /^check-feed: unknown track "xx-yy"$/,
    ],
    ['no argument', () => [], true, /^check-feed: usage: /],
  ])('exits 1 with one line for %s', async (_label, argv, allow, message) => {
    const { code, out, err } = await run(argv(), allow);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(message);
  });
});
