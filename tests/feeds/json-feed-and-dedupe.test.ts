import { SystemClock } from '@dw/domain';
import { isNearDuplicate, Prefilter, StoryIndex } from '@dw/feeds';
import { HttpFeedReader } from '../../apps/poller/src/http-feed-reader';
import { resolvePollerSettings } from '../../apps/poller/src/poller-settings';
import { rss, startLocalServer, type LocalServer } from './local-server';

const STORY =
  'Seoul and Washington said on Wednesday they would meet again next week for another round of senior-level trade talks in the US capital, ' +
  'as Seoul hurries to settle terms while the tariff date President Donald Trump set, Aug. 1, draws near. ' +
  'Kim Jung-kwan, who leads the industry ministry, said the two sides narrowed differences on shipbuilding cooperation and energy purchases, ' +
  'but that agriculture and the reciprocal tariff rate remained open questions. ' +
  'Officials said a package of investment pledges worth hundreds of billions of dollars was on the table.';

const OTHER =
  'Japan’s chief negotiator Ryosei Akazawa travelled to Washington for an eighth round of talks on Friday, ' +
  'seeking relief from the 25% tariff on cars while the government weighs the political cost of concessions on rice imports ' +
  'ahead of upper house elections this month.';

const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Wire JSON',
  home_page_url: 'https://wire.example/',
  hubs: [{ type: 'WebSub', url: 'https://hub.example/' }],
  items: [
    {
      id: 'wire-1',
      url: 'https://wire.example/korea-talks?utm_source=json',
      title: 'Korea, US to hold more trade talks before deadline',
      content_html: `<p>${STORY}</p>`,
      date_published: '2025-07-16T06:00:00+09:00',
      authors: [{ name: 'Wire Staff' }],
      tags: ['trade'],
    },
    { id: 2, title: 'Numbers as ids are fine', content_text: 'Short item.' },
    { title: 42 },
  ],
};

describe('JSON Feed and near-duplicate stories', () => {
  let server: LocalServer;
  let reader: HttpFeedReader;
  const read = async (path: string, request: { feedId?: number; source?: string } = {}) => {
    const result = await reader.read({
      feedId: request.feedId ?? null,
      url: server.url(path),
      source: request.source ?? null,
      etag: null,
      lastModified: null,
    });
    if (result.status !== 'ok') throw new Error(JSON.stringify(result));
    return result;
  };
  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      if (req.url === '/wire.json') {
        res.writeHead(200, { 'content-type': 'application/feed+json' });
        res.end(JSON.stringify(JSON_FEED));
      } else if (req.url === '/paper.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(
          rss([
            {
              title: 'S. Korea, U.S. set to hold more trade talks ahead of deadline - Daily Paper',
              link: 'https://paper.example/world/2025/07/16/korea-us-talks?fbclid=xyz',
              guid: 'paper-991',
              description: `<p>(Wire) — ${STORY}</p><p>Share</p><p>Tweet</p><p>Email</p>`,
              pubDate: 'Wed, 16 Jul 2025 07:12:00 +0900',
            },
            {
              title: 'Japan envoy heads to Washington',
              link: 'https://paper.example/japan',
              guid: 'paper-992',
              description: OTHER,
            },
          ]),
        );
      } else {
        res.writeHead(404);
        res.end();
      }
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

  it('reads a JSON Feed into articles', async () => {
    const prefilter = new Prefilter([
      {
        id: 'kr-us',
        keywords: ['Korea', 'Seoul'],
        parties: [{ name: 'South Korea' }, { name: 'United States' }],
      },
    ]);
    const result = await read('/wire.json', { source: 'Wire', feedId: 7 });
    expect(result.feed.format).toBe('json');
    expect(result.hubUrl).toBe('https://hub.example/');
    expect(result.articles.map((a) => a.title)).toEqual([
      'Korea, US to hold more trade talks before deadline',
      'Numbers as ids are fine',
      '42',
    ]);
    const [first] = result.articles;
    expect(first).toMatchObject({
      url: 'https://wire.example/korea-talks',
      title: 'Korea, US to hold more trade talks before deadline',
      text: STORY,
      publishedAt: '2025-07-15T21:00:00.000Z',
      source: 'Wire',
      feedId: '7',
    });
    expect(prefilter.check(first).trackIds).toEqual(['kr-us']);
    expect(prefilter.check(result.articles[1]).trackIds).toEqual([]);
  });

  it('links a syndicated copy with another URL and a tweaked title to the same story', async () => {
    const stories = new StoryIndex();
    const storyOf = (a: { id: string; fingerprint: string }) => stories.assign(a.id, a.fingerprint);
    const wire = await read('/wire.json');
    const paper = await read('/paper.xml');
    const [original, copy, unrelated] = [wire.articles[0], paper.articles[0], paper.articles[1]].map((a) => ({
      ...a,
      storyId: storyOf(a),
    }));
    expect(copy.id).not.toBe(original.id);
    expect(copy.url).toBe('https://paper.example/world/2025/07/16/korea-us-talks');
    expect(copy.text).not.toContain('Tweet');
    expect(isNearDuplicate(original.fingerprint, copy.fingerprint)).toBe(true);
    expect(copy.storyId).toBe(original.storyId);
    expect(copy.storyId).toBe(original.id);
    expect(isNearDuplicate(original.fingerprint, unrelated.fingerprint)).toBe(false);
    expect(unrelated.storyId).toBe(unrelated.id);
  });

  it('keeps the same id for the same item on the next poll', async () => {
    const first = await read('/paper.xml', { feedId: 3 });
    const second = await read('/paper.xml', { feedId: 3 });
    expect(second.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
  });
});
