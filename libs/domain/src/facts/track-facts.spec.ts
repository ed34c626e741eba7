import { aggregateFacts, type ClassifiedFacts, type FactArticle, formatUsd } from './track-facts';

const article = (id: string, storyId: string | null = null): FactArticle => ({
  articleId: id,
  storyId,
  title: `Article ${id}`,
  url: `https://news.example/${id}`,
  source: 'Wire',
  publishedAt: null,
});
const facts = (over: Partial<ClassifiedFacts>): ClassifiedFacts => ({ tariff_rates: [], ...over });

describe('aggregateFacts', () => {
  // newest first, as the repository reads them
  const items = [
    {
      article: article('a3'),
      facts: facts({ tariff_rates: [15], investments_usd: [350e9], sectors: ['autos'] }),
    },
    {
      article: article('a2', 's1'),
      facts: facts({
        tariff_rates: [25, 15],
        sectors: ['autos', 'shipbuilding'],
        officials: [{ name: 'Yeo Han-koo' }],
      }),
    },
    {
      article: article('a1', 's1'),
      facts: facts({
        tariff_rates: [25],
        investments_usd: [350e9],
        officials: [{ name: 'Yeo  Han-Koo', role: 'Trade Minister' }, { name: 'Howard Lutnick' }],
      }),
    },
    { article: article('a0'), facts: facts({ officials: [{ name: 'Yeo Han-koo', role: 'Trade Chief' }] }) },
  ];
  const result = aggregateFacts(items);

  it.each<[string, unknown, unknown]>([
    ['rates, newest first, each once', result.tariffRates.map((f) => f.value), [15, 25]],
    [
      'each rate points at the newest article stating it',
      result.tariffRates.map((f) => f.article.articleId),
      ['a3', 'a2'],
    ],
    ['syndicated copies (one story) count once', result.tariffRates.map((f) => f.stories), [2, 1]],
    [
      'pledges',
      result.investmentsUsd.map((f) => [f.value, f.article.articleId, f.stories]),
      [[350e9, 'a3', 2]],
    ],
    [
      'sectors',
      result.sectors.map((f) => [f.value, f.stories]),
      [
        ['autos', 2],
        ['shipbuilding', 1],
      ],
    ],
    [
      'officials by name whatever the spelling, with the newest role given',
      result.officials.map((f) => [f.value.name, f.value.role, f.article.articleId, f.stories]),
      [
        ['Yeo Han-koo', 'Trade Minister', 'a2', 2],
        ['Howard Lutnick', undefined, 'a1', 1],
      ],
    ],
    ['articles read', result.articles, 4],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('keeps the newest few of each kind', () => {
    const many = [10, 20, 25, 30, 35, 40, 50].map((rate, i) => ({
      article: article(`r${i}`),
      facts: facts({ tariff_rates: [rate] }),
    }));
    expect(aggregateFacts(many, 3).tariffRates.map((f) => f.value)).toEqual([10, 20, 25]);
  });

  it('has nothing to say without articles', () => {
    expect(aggregateFacts([])).toEqual({
      tariffRates: [],
      investmentsUsd: [],
      sectors: [],
      officials: [],
      articles: 0,
    });
  });
});

describe('formatUsd', () => {
  it.each<[number, string]>([
    [350e9, '$350 billion'],
    [16.5e9, '$16.5 billion'],
    [1.2e12, '$1.2 trillion'],
    [500e6, '$500 million'],
    [250_000, '$250,000'],
  ])('%d is %s', (usd, text) => {
    expect(formatUsd(usd)).toBe(text);
  });
});
