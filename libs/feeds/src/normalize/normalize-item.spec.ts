import type { FeedItem, ParsedFeed } from '../parse/types';
import { normalizeFeed, normalizeItem } from './normalize-item';

const item = (over: Partial<FeedItem>): FeedItem => ({
  guid: null,
  link: null,
  title: null,
  content: null,
  summary: null,
  published: null,
  updated: null,
  author: null,
  categories: [],
  raw: {},
  ...over,
});

const feed = (items: FeedItem[]): ParsedFeed => ({
  format: 'rss',
  title: 'Example &amp; News',
  link: 'https://news.example/',
  selfUrl: null,
  hubUrl: null,
  items,
  recovered: false,
  warnings: [],
});

describe('normalizeItem', () => {
  it('turns a feed item into an Article', () => {
    const article = normalizeItem(
      item({
        guid: 'https://news.example/a?utm_source=rss',
        link: '/a?utm_source=rss&id=3#top',
        title: 'Seoul &amp;amp; Washington <b>talk</b>',
        content: '<p>First&nbsp;paragraph.</p><script>alert(1)</script><p>Second &ldquo;quoted&rdquo;.</p>',
        published: 'Wed, 16 Jul 2025 07:12:00 +0900',
      }),
      { feedId: 'f1', source: 'Example', feedUrl: 'https://news.example/rss.xml' },
    );
    expect(article).toMatchObject({
      url: 'https://news.example/a?id=3',
      title: 'Seoul & Washington talk',
      text: 'First paragraph.\n\nSecond “quoted”.',
      publishedAt: '2025-07-15T22:12:00.000Z',
      source: 'Example',
      feedId: 'f1',
      trackIds: [],
    });
    expect(article.id).toMatch(/^u-[0-9a-f]{24}$/);
    expect(article.raw.guid).toBe('https://news.example/a?utm_source=rss');
  });

  it('scopes non-URL guids to the feed, and falls back to the link, then the content', () => {
    const a = normalizeItem(item({ guid: '123', title: 'x' }), { feedId: 'one' });
    const b = normalizeItem(item({ guid: '123', title: 'x' }), { feedId: 'two' });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^g-/);
    const byLink = normalizeItem(item({ link: 'https://news.example/b?fbclid=1', title: 'x' }));
    expect(byLink.id).toBe(normalizeItem(item({ link: 'https://NEWS.example/b', title: 'y' })).id);
    expect(normalizeItem(item({ title: 'only a title' })).id).toMatch(/^h-/);
  });

  it('uses the updated date when no published date is given, and null for garbage', () => {
    expect(normalizeItem(item({ title: 't', updated: '2025-07-01T00:00:00Z' })).publishedAt).toBe(
      '2025-07-01T00:00:00.000Z',
    );
    expect(normalizeItem(item({ title: 't', published: 'soon' })).publishedAt).toBeNull();
  });

  it('names the source from the feed title when none is configured', () => {
    expect(normalizeItem(item({ title: 't' }), {}, feed([])).source).toBe('Example & News');
    expect(normalizeItem(item({ title: 't', link: 'https://www.paper.example/x' })).source).toBe(
      'paper.example',
    );
  });

  it('prefers the longer of content and summary and cuts trailing furniture', () => {
    const article = normalizeItem(
      item({
        title: 't',
        summary: 'Short.',
        content: '<p>Talks resumed on Tuesday.</p><ul><li>Share</li><li>Tweet</li><li>Email</li></ul>',
      }),
    );
    expect(article.text).toBe('Talks resumed on Tuesday.');
  });
});

describe('normalizeFeed', () => {
  it('drops empty items and repeated ids', () => {
    const articles = normalizeFeed(
      feed([
        item({ guid: 'g1', title: 'One' }),
        item({ guid: 'g1', title: 'One again' }),
        item({}),
        item({ guid: 'g2', content: 'Body only.' }),
      ]),
    );
    expect(articles.map((a) => a.title)).toEqual(['One', 'Body only.']);
  });
});
