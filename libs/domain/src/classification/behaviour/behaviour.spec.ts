import { classifyArticle } from '../classify';
import { SENTENCE_CASES, STORY_CASES } from './cases';
import { departures } from './harness';
import { KNOWN_GAPS } from './known-gaps';

const cases = [...SENTENCE_CASES, ...STORY_CASES];

describe('classifier behaviour on text we wrote', () => {
  const passing = cases.filter((item) => !KNOWN_GAPS.has(item.name));
  const gaps = cases.filter((item) => KNOWN_GAPS.has(item.name));

  it.each(passing.map((item) => [item.name, item] as const))('%s', (_name, item) => {
    expect(departures(item)).toEqual([]);
  });

  // Behaviour the rule tables do not show yet: listed so a fix shows up (the test then fails: remove it from the list).
  it.failing.each(gaps.map((item) => [item.name, item] as const))('known gap: %s', (_name, item) => {
    expect(departures(item)).toEqual([]);
  });

  it('names every case once', () => {
    expect(new Set(cases.map((item) => item.name)).size).toBe(cases.length);
  });
});

describe('whole-article behaviour', () => {
  it('gives a benchmark deal to its own track, not to the main one', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea presses on with tariff talks',
      text: [
        'Korean trade chief Yeo met Lutnick, the US commerce secretary, on Friday for tariff talks.',
        'Lutnick cited Japan’s recent tariff agreement with Washington as a model for Seoul.',
        'Japan agreed on Tuesday to cut its tariffs on US cars, and Tokyo reached a trade deal that takes US tariffs on Japanese autos from 25% down to 15%.',
        'Tokyo also pledged $550 billion of US investment under the trade deal.',
      ].join('\n'),
      published: '2025-07-26',
    });
    expect(result.tracks).toEqual(['kr-us', 'jp-us']);
    expect(result.signals.map((signal) => signal.type)).toEqual(['talks_held']);
    expect(result.tariff_rates).toEqual([]);
  });

  describe('configured tracks and inferred dates', () => {
    it('extends the lexicon with a track definition’s keywords', () => {
      const text =
        'Negotiator Jane Roe met Greer on Monday for tariff talks.\nRoe said the tariff talks with Washington would continue.';
      const without = classifyArticle({ id: 't', title: '', text, published: '2025-07-20' });
      const track = {
        id: 'xx-us',
        name: 'Testland–US',
        parties: [{ name: 'Testland' }, { name: 'United States' }],
        keywords: ['Testland', 'Jane Roe', 'Roe', 'Lutnick'],
        deadline: null,
        feeds: [],
      };
      const withTrack = classifyArticle(
        { id: 't', title: '', text, published: '2025-07-20' },
        { tracks: [track] },
      );
      expect(without.relevant).toBe(false);
      expect(withTrack.tracks[0]).toBe('xx-us');
      expect(withTrack.signals.map((signal) => signal.type)).toContain('talks_held');
    });

    it('reads the publication date from the URL when the feed gave none', () => {
      const result = classifyArticle({
        id: 't',
        title: 'Korea-US tariff negotiations',
        text: 'Seoul hopes to close a tariff deal before the Aug. 1 deadline.',
        published: null,
        url: 'https://news.example/2025/07/20/korea-tariffs',
      });
      expect(result.deadline).toBe('2025-08-01');
    });
  });

  describe('deadline named by a weekday', () => {
    it('resolves "before Friday\'s deadline" against the publication day', () => {
      const result = classifyArticle({
        id: 'w',
        title: 'Seoul makes final push to clinch deal',
        text: "South Korea's senior economic officials are in Washington this week for a final push to clinch a tariff deal with Washington before Friday's deadline for a 25 percent tariff.",
        published: '2025-07-30',
      });
      expect(result.deadline).toBe('2025-08-01');
    });
  });

  describe('deadline named by the weekday a tariff takes effect', () => {
    it('resolves "before a 25% tariff takes effect on Friday"', () => {
      const result = classifyArticle({
        id: 'w2',
        title: 'Korea-US tariff talks go down to the wire',
        text: 'South Korean officials were locked in talks in Washington on Wednesday with U.S. counterparts, racing to clinch a deal before a 25% tariff takes effect on Friday.',
        published: '2025-07-30',
      });
      expect(result.deadline).toBe('2025-08-01');
      // The tariff due on Friday is the backdrop of the talks, told by no one: no new threat (the labels'
      // convention for a threat that stands, as in the shared news set).
      const types = result.signals.map((signal) => signal.type);
      expect(types).toContain('talks_held');
      expect(types).not.toContain('tariff_threatened');
    });
  });

  it('a central bank story that cites the talks is not relevant', () => {
    const result = classifyArticle({
      id: 't',
      title: 'BOK keeps rate steady amid trade uncertainty',
      text: 'On Thursday the Bank of Korea kept its policy rate at 2.5 percent, citing uncertainty over U.S. tariff negotiations and housing prices.\nGovernor Rhee Chang-yong said how the tariff talks with Washington turn out would be a key variable for exports.\nThe central bank also raised its growth forecast.',
      published: '2025-08-28',
    });
    expect(result.relevant).toBe(false);
  });

  describe('background-heavy stories', () => {
    it('an explainer that retells the spring does not report talks or deals', () => {
      const result = classifyArticle({
        id: 'x',
        title: 'Explainer: what is at stake as Korea races to beat Washington’s tariff deadline',
        text: [
          'Korea has under two weeks to reach a trade pact with Washington before a 25 percent tariff on its goods takes effect on Aug. 1.',
          'Trump first announced reciprocal tariffs on April 2, with Korea’s rate set at 25 percent.',
          'Seoul and Washington held their first high-level talks in late April and agreed to work out a package deal by July 8.',
          'But the talks were disrupted by the June 3 presidential election in Korea.',
          'Analysts say Korea could offer cooperation in shipbuilding and more purchases of US energy.',
        ].join('\n'),
        published: '2025-07-20',
      });
      const found = result.signals.map((signal) => signal.type);
      for (const type of ['talks_held', 'deal_reached', 'proposal', 'talks_cancelled'])
        expect(found).not.toContain(type);
      expect(result.deadline).toBe('2025-08-01');
    });

    it('a business lobby urging its own government is not a proposal', () => {
      const result = classifyArticle({
        id: 'y',
        title: 'Korean exporters brace for tariff hit',
        text: 'Korean exporters are bracing for a hit as the US tariff’s Aug. 1 deadline approaches.\nThe Korea International Trade Association urged the government to settle a deal with Washington as quickly as it can.',
        published: '2025-07-22',
      });
      expect(result.signals.map((signal) => signal.type)).not.toContain('proposal');
    });
  });
});

describe('money amounts inside a trigger phrase', () => {
  it.each([
    'Seoul proposed a $100 billion shipbuilding cooperation package to the US side on Thursday, officials said.',
    'South Korea offered a $350 billion investment package to Washington on Friday.',
    'Seoul presented a ₩500 trillion investment plan to Lutnick, the US commerce secretary, on Friday.',
  ])('%s → proposal', (text) => {
    const result = classifyArticle({ id: 't', title: 'Korea tariff talks', text, published: '2025-07-24' });
    expect(result.signals.map((s) => s.type)).toContain('proposal');
    expect(result.signals.find((s) => s.type === 'proposal')?.evidence).toBe(text);
  });
});
