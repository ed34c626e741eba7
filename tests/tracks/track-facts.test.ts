import { SimulatedClock } from '@dw/domain';
import { ArticlesRepository } from '@dw/platform';
import { ClassificationService } from '../../apps/classifier/src/classification.service';
import type { TrackDetailView } from '../../apps/notifier/src/web/track-view/views';
import { startTestApp, type TestApp } from '../support/app';

jest.setTimeout(120_000);

const ARTICLES = [
  {
    id: 'facts-deal',
    url: 'https://wire.example/kr-deal',
    title: 'South Korea, US reach trade deal with 15% tariff',
    text:
      'Washington and Seoul struck a trade deal on Wednesday that puts a 15% tariff on Korean goods. ' +
      'Seoul pledged $350 billion in US investments as part of the deal, including a $150 billion shipbuilding cooperation fund, ' +
      'Yeo Han-koo, who heads trade policy in Seoul, said after talks in Washington.',
    publishedAt: '2025-07-30T22:00:00.000Z',
    source: 'Wire',
    storyId: 'story-deal',
  },
  {
    // a syndicated copy of the same story: its facts count once
    id: 'facts-deal-copy',
    url: 'https://paper.example/kr-deal',
    title: 'S. Korea, US reach trade deal with 15% tariff - Daily Paper',
    text:
      'Washington and Seoul struck a trade deal on Wednesday that puts a 15% tariff on Korean goods. ' +
      'Seoul pledged $350 billion in US investments as part of the deal, including a $150 billion shipbuilding cooperation fund, ' +
      'Yeo Han-koo, who heads trade policy in Seoul, said after talks in Washington.',
    publishedAt: '2025-07-30T23:00:00.000Z',
    source: 'Daily Paper',
    storyId: 'story-deal',
  },
  {
    id: 'facts-threat',
    url: 'https://news.example/kr-threat',
    title: 'Trump threatens 25% tariff on South Korea from August 1',
    text:
      'President Donald Trump said Washington will slap a 25% tariff on products from South Korea starting August 1 if there is no deal, ' +
      'as Seoul seeks relief for its autos and steel industries.',
    publishedAt: '2025-07-08T01:00:00.000Z',
    source: 'News',
    storyId: null,
  },
  {
    id: 'facts-japan',
    url: 'https://news.example/jp',
    title: 'Japan and US agree on 15% tariff, $550 billion investment',
    text:
      'Japan and the US struck a trade deal on Tuesday that sets a 15% tariff on goods from Japan. ' +
      'Tokyo pledged $550 billion in US investments as part of the deal, negotiator Ryosei Akazawa said after talks in Washington.',
    publishedAt: '2025-07-23T01:00:00.000Z',
    source: 'News',
    storyId: null,
  },
];

/** Stored articles through the real classifier on real PostgreSQL; their facts in the track API and on the page. */
describe('facts in the news', () => {
  const clock = new SimulatedClock('2025-07-31T06:00:00Z');
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    const articles = t.app.get(ArticlesRepository);
    for (const { storyId, ...article } of ARTICLES) {
      // the tracks the poller's pre-filter would give it
      const trackIds = article.id === 'facts-japan' ? ['jp-us'] : ['kr-us'];
      await articles.insertNew({ ...article, storyId, trackIds }, clock.now());
    }
    // an older classifier's verdict on the same article: only the latest classification counts
    await articles.saveClassification(
      {
        id: 'facts-deal',
        relevant: true,
        tracks: ['kr-us'],
        signals: [],
        deadline: null,
        tariff_rates: [99],
        investments_usd: [1e12],
      },
      'old-version',
      new Date('2025-07-30T23:30:00Z'),
    );
    const classifier = t.app.get(ClassificationService);
    for (const article of ARTICLES) await classifier.handle(article.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /api/tracks/:id gives each fact once, newest first, with the article it came from', async () => {
    const res = await fetch(`${t.url}/api/tracks/kr-us`);
    expect(res.status).toBe(200);
    const { facts } = (await res.json()) as TrackDetailView;
    expect(facts.fromArticles).toBe(3);
    expect(facts.tariffRates.map((f) => [f.percent, f.label, f.stories, f.article.articleId])).toEqual([
      [15, '15%', 1, 'facts-deal-copy'],
      [25, '25%', 1, 'facts-threat'],
    ]);
    expect(facts.investments.map((f) => [f.usd, f.label, f.stories])).toEqual([
      [350e9, '$350 billion', 1],
      [150e9, '$150 billion', 1],
    ]);
    expect(facts.investments[0].article).toEqual({
      articleId: 'facts-deal-copy',
      title: 'S. Korea, US reach trade deal with 15% tariff - Daily Paper',
      url: 'https://paper.example/kr-deal',
      source: 'Daily Paper',
      publishedAt: '2025-07-30T23:00:00.000Z',
    });
    expect(facts.sectors.map((f) => f.sector)).toEqual(
      expect.arrayContaining(['shipbuilding', 'autos', 'steel']),
    );
    expect(facts.sectors[0]).toMatchObject({ sector: 'shipbuilding', label: 'Shipbuilding' });
    expect(facts.officials.map((f) => f.name)).toContain('Yeo Han-koo');
    // the older classification's 99% and $1 trillion, and Japan's $550 billion, are not kr-us facts
    const all = JSON.stringify(facts);
    expect(all).not.toMatch(/99%|\$1 trillion|\$550 billion/);

    const jp = (await (await fetch(`${t.url}/api/tracks/jp-us`)).json()) as TrackDetailView;
    expect(jp.facts.investments.map((f) => f.label)).toEqual(['$550 billion']);
    const eu = (await (await fetch(`${t.url}/api/tracks/eu-us`)).json()) as TrackDetailView;
    expect(eu.facts).toEqual({
      tariffRates: [],
      investments: [],
      sectors: [],
      officials: [],
      fromArticles: 0,
    });
  });

  it('shows them on the status page in a "Facts in the news" block', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    const kr = html.slice(html.indexOf('id="track-kr-us"'), html.indexOf('id="track-jp-us"'));
    const block = kr.slice(
      kr.indexOf('<h3>Facts in the news</h3>'),
      kr.indexOf('<h3>Latest classified articles</h3>'),
    );
    expect(block).toContain('<dt>Tariff rates</dt>');
    expect(block).toContain(
      '<a href="https://paper.example/kr-deal" title="S. Korea, US reach trade deal with 15% tariff - Daily Paper" rel="noopener noreferrer nofollow">15%</a>',
    );
    expect(block).toContain('>$350 billion</a> <span class="muted small">Daily Paper, 30 Jul 2025</span>');
    expect(block).toContain('<dt>Investment pledges</dt>');
    expect(block).toContain('<dt>Sectors</dt>');
    expect(block).toContain('<dt>Officials</dt>');
    expect(block).toContain('latest 3 articles');
    const eu = html.slice(html.indexOf('id="track-eu-us"'));
    expect(eu.slice(0, eu.indexOf('</article>'))).not.toContain('Facts in the news');
  });
});
