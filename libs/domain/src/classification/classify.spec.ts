import { classifyArticle } from './classify';
import { CLASSIFIER_VERSION } from './version';

const types = (result: ReturnType<typeof classifyArticle>) =>
  result.signals.map((signal) => signal.type).sort();

describe('classifyArticle on whole articles we wrote', () => {
  it('a follow-up story: the July deal is background, talks are stuck, a new round is planned', () => {
    const result = classifyArticle({
      id: 'a',
      title: 'Seoul, Washington remain apart on investment fund as trade minister heads to US',
      text: [
        'SEOUL, Sept. 20 (Wire) -- South Korea’s trade minister will fly to Washington next week for a further round of talks on the $350 billion investment fund, officials said Saturday.',
        'The two countries struck a broad tariff agreement in late July, under which Washington brought its tariff on Korean goods down to 15 percent from the earlier 25 percent.',
        'But follow-up negotiations on how the fund will be financed have stalled, with Seoul worried about the impact on its foreign exchange reserves.',
        'Officials said gaps remain over the share of cash in the package.',
        'Trump has insisted that the money be paid upfront.',
      ].join('\n'),
      published: '2025-09-20',
    });
    expect(result.relevant).toBe(true);
    expect(result.tracks[0]).toBe('kr-us');
    expect(types(result)).toEqual(['no_breakthrough', 'talks_scheduled']);
    expect(result.tariff_rates).toEqual([15, 25]);
    expect(result.investments_usd).toContain(350e9);
    expect(result.classifier_version).toBe(CLASSIFIER_VERSION);
  });

  it('a Japan story that mentions Korea in passing belongs to jp-us', () => {
    const result = classifyArticle({
      id: 'b',
      title: 'Japan’s negotiator Akazawa to make eighth trip to Washington',
      text: [
        'TOKYO -- Japan’s chief tariff negotiator Akazawa will visit Washington again this week to press Washington to cut tariffs on Japanese cars, the government said on Monday.',
        'On Thursday Akazawa is expected to meet Howard Lutnick, the commerce secretary.',
        'South Korea is also negotiating with Washington ahead of the deadline.',
      ].join('\n'),
      published: '2025-07-14',
    });
    expect(result.tracks[0]).toBe('jp-us');
    expect(types(result)).toContain('talks_scheduled');
  });

  it('a market report is not about the negotiation', () => {
    const result = classifyArticle({
      id: 'c',
      title: 'KOSPI closes higher on chip rally',
      text: [
        'Seoul shares rose 1.2 percent on Tuesday, led by chipmakers, as investors awaited the outcome of trade talks with Washington.',
        'The Korean won strengthened against the US dollar.',
        'Foreign investors were net buyers for a third straight session.',
      ].join('\n'),
      published: '2025-07-22',
    });
    expect(result.relevant).toBe(false);
    expect(result.signals).toEqual([]);
  });

  it('a denial is recorded as such and is not a deal', () => {
    const result = classifyArticle({
      id: 'd',
      title: 'Presidential office denies report of tariff deal with US',
      text: [
        'The presidential office on Tuesday denied a media report that Seoul and Washington had reached a tariff deal.',
        '"Negotiations with Washington are still under way and nothing has been decided," a spokesperson told reporters.',
        "Seoul's trade chief, Yeo Han-koo, is in Washington for talks with Jamieson Greer, who represents the US on trade.",
      ].join('\n'),
      published: '2025-07-22',
    });
    expect(types(result)).not.toContain('deal_reached');
    expect(result.denied?.map((signal) => signal.type)).toContain('deal_reached');
    expect(types(result)).toContain('talks_held');
  });

  it('an extension that names its new date sets the deadline too', () => {
    const result = classifyArticle({
      id: 'e',
      title: 'Trump pushes back tariff start to Aug. 1, sends letter to Seoul',
      text: [
        'On Monday, Donald Trump postponed the start of higher reciprocal tariffs on Seoul and several other trading partners to Aug. 1.',
        'In his letter to Lee Jae Myung, South Korea’s president, Trump said Korean goods would face a 25 percent tariff from that date.',
        'The tariffs had originally been due to take effect on July 9.',
      ].join('\n'),
      published: '2025-07-08',
    });
    expect(types(result)).toEqual(['deadline_extended', 'deadline_set', 'tariff_threatened']);
    expect(result.deadline).toBe('2025-08-01');
    expect(result.deadline_evidence).toBeDefined();
    expect(result.tariff_rates).toEqual([25]);
    expect(result.officials?.map((official) => official.name)).toEqual(
      expect.arrayContaining(['Donald Trump', 'Lee Jae Myung']),
    );
  });

  it('returns an empty verdict for an empty article', () => {
    expect(classifyArticle({ id: 'f', title: '', text: '', published: null })).toMatchObject({
      id: 'f',
      relevant: false,
      tracks: [],
      signals: [],
      deadline: null,
      tariff_rates: [],
    });
  });

  // Labels' convention: a deal that sets a rate below the one threatened or applied is a cut.
  it.each([
    [
      'a deal rate below the threatened rate is a cut',
      'Trump said on Wednesday that Washington and Seoul struck a trade deal setting a 15% tariff on Korean goods. Korean exports had been due to face a 25% tariff from Aug. 1.',
      true,
    ],
    [
      'a deal rate with no higher rate named is not',
      'Trump said on Wednesday that Washington and Seoul struck a trade deal setting a 15% tariff on Korean goods. Korea is to put $350 billion into projects on American soil.',
      false,
    ],
  ])('%s', (_what, text, reduced) => {
    const result = classifyArticle({
      id: 'r',
      title: 'Korea, US strike trade deal',
      text,
      published: '2025-07-31',
    });
    expect(types(result)).toContain('deal_reached');
    expect(types(result).includes('tariff_reduced')).toBe(reduced);
  });
});
