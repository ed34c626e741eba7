import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, TracksRepository } from '@dw/platform';
import { runCheckFeed } from '../../apps/poller/src/cli/check-feed-command';
import { closeTestDatabase, openTestDatabase, testConfig } from '../support/env';
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
  {
    title: 'Brazil and India open talks on a trade pact',
    link: 'https://news.example/3',
    guid: 'n-3',
    description: 'Brasilia and New Delhi began talks.',
  },
]);

interface Output {
  status: string;
  url: string;
  feed: { format: string; recovered: boolean };
  articles: { id: string; url: string; trackIds?: string[]; raw?: Record<string, unknown> }[];
  prefilter?: { track: string; passed: number; of: number };
}

describe('check-feed', () => {
  let server: LocalServer;
  let dir: string;
  let db: Database | undefined;
  const run = async (
    argv: string[],
    allowPrivateNetwork = true,
    database?: Database,
  ): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const config = testConfig({
      ALLOW_PRIVATE_NETWORK: String(allowPrivateNetwork),
      TRACKS_FILE: join(dir, 'tracks.yaml'),
    });
    const code = await runCheckFeed(argv, {
      config,
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      ...(database ? { database } : {}),
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
      else if (req.url === '/busy') {
        res.writeHead(503, { 'retry-after': '120' });
        res.end();
      } else {
        res.writeHead(404, 'Not Found');
        res.end();
      }
    });
  });
  afterAll(async () => {
    if (db) await closeTestDatabase(db);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints what the poller would take from a file, with the pre-filter for a track', async () => {
    const { code, out } = await run([join(dir, 'feed.xml'), '--track', 'kr-us']);
    expect(code).toBe(0);
    const output = JSON.parse(out) as Output;
    expect(output.articles).toHaveLength(3);
    expect(output.articles[0]).toMatchObject({
      url: 'https://news.example/1',
      publishedAt: '2025-07-15T22:12:00.000Z',
      trackIds: ['kr-us'],
    });
    expect(output.articles[0].raw).toBeUndefined();
    expect(output.feed).toMatchObject({ format: 'rss', recovered: false });
    expect(output.prefilter).toEqual({ track: 'kr-us', passed: 1, of: 3 });
  });

  it("fetches a URL from a local server through the poller's reader, and --raw keeps each item as the feed gave it", async () => {
    const { code, out } = await run([server.url('/feed'), '--raw']);
    expect(code).toBe(0);
    const output = JSON.parse(out) as Output;
    expect(output).toMatchObject({ status: 'ok', url: server.url('/feed'), feed: { format: 'rss' } });
    expect(output.articles.map((a) => a.id)).toEqual([
      expect.stringMatching(/^g-/),
      expect.stringMatching(/^g-/),
      expect.stringMatching(/^g-/),
    ]);
    // without --track nothing is judged: trackIds would claim a pre-filter that did not run
    expect(output.articles[0].trackIds).toBeUndefined();
    expect(output.articles[0].raw).toMatchObject({ guid: 'n-1' });
  });

  it('judges with the tracks in the database when there is one, a track added at run time included', async () => {
    db = await openTestDatabase('postgres');
    const tracks = new TracksRepository(db);
    const now = new Date('2026-03-01T00:00:00Z');
    await tracks.upsertDefinitions(
      [
        {
          id: 'kr-us',
          name: 'Korea',
          parties: [{ name: 'South Korea' }, { name: 'United States' }],
          keywords: ['Korea', 'Seoul'],
          deadline: null,
          feeds: [],
        },
      ],
      now,
    );
    await tracks.create(
      {
        id: 'br-in',
        name: 'Brazil and India',
        parties: [{ name: 'Brazil' }, { name: 'India' }],
        keywords: [],
        deadline: null,
      },
      now,
    );
    const { code, out } = await run([server.url('/feed'), '--track', 'br-in'], true, db);
    expect(code).toBe(0);
    const output = JSON.parse(out) as Output;
    expect(output.articles.map((a) => a.trackIds)).toEqual([['kr-us'], [], ['br-in']]);
    expect(output.prefilter).toEqual({ track: 'br-in', passed: 1, of: 3 });
    // the file does not know it
    const fromFile = await run([server.url('/feed'), '--track', 'br-in']);
    expect(fromFile).toMatchObject({ code: 1, err: 'check-feed: unknown track "br-in"\n' });
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
    [
      'a server that asks to come back later',
      () => [server.url('/busy')],
      true,
      /^check-feed: the server asked us to come back later \(in 120 s\)$/,
    ],
  ])('exits 1 with one line for %s', async (_label, argv, allow, message) => {
    const { code, out, err } = await run(argv(), allow);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err.trimEnd()).toMatch(message);
  });

  it('prints its usage for --help and exits 0, fetching nothing', async () => {
    const { code, out, err } = await run(['--help'], true);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run check-feed -- URL_OR_FILE/);
    expect(err).toBe('');
  });
});
