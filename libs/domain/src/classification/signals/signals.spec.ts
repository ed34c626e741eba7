import { classifyArticle } from '../classify';
import type { SignalType } from '../../model/signals';

/** Wraps one sentence of ours in a minimal Korea–US trade article published on 2025-07-20 (a Sunday). */
function signalsOf(sentence: string, published = '2025-07-20'): SignalType[] {
  const result = classifyArticle({
    id: 't',
    title: 'Korea-US tariff negotiations',
    text: sentence,
    published,
  });
  return result.signals.map((signal) => signal.type);
}

describe('signal rules over single sentences', () => {
  it.each<[string, SignalType[], SignalType[]]>([
    // talks_scheduled: future meetings and departures, not past plans
    [
      'Trade Minister Yeo Han-koo will meet US Trade Representative Jamieson Greer in Washington next week.',
      ['talks_scheduled'],
      ['talks_held'],
    ],
    ['Seoul said a new round of tariff talks with Washington is set for Thursday.', ['talks_scheduled'], []],
    [
      'Korea’s finance minister left for Washington on Monday for tariff talks with Treasury Secretary Scott Bessent.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Koo was to attend the meeting with Bessent before it was called off.',
      ['talks_cancelled'],
      ['talks_scheduled'],
    ],
    // talks_held: past and ongoing meetings
    [
      'Industry Minister Kim Jung-kwan met Commerce Secretary Howard Lutnick on Thursday to discuss tariffs.',
      ['talks_held'],
      ['talks_scheduled'],
    ],
    [
      'Korean and US negotiators wrapped up two days of tariff talks in Washington on Friday.',
      ['talks_held'],
      [],
    ],
    // talks_cancelled
    [
      'The planned "2+2" trade meeting between Seoul and Washington was abruptly postponed on Wednesday.',
      ['talks_cancelled'],
      ['deadline_extended'],
    ],
    [
      'Washington called off Friday’s tariff consultations with Korean ministers, citing a scheduling conflict.',
      ['talks_cancelled'],
      [],
    ],
    // proposal
    [
      'Seoul presented a revised proposal on US investment and shipbuilding cooperation to Lutnick on Friday.',
      ['proposal'],
      [],
    ],
    [
      'The US is demanding that Korea open its beef and rice markets as part of the trade deal.',
      ['proposal'],
      ['deal_reached'],
    ],
    [
      'There was speculation that Washington might want Seoul to offer more concessions on autos.',
      [],
      ['proposal'],
    ],
    // no_breakthrough
    [
      'The Korea-US tariff talks ended on Friday without a breakthrough.',
      ['no_breakthrough', 'talks_held'],
      ['deal_reached'],
    ],
    [
      'Korean officials said negotiations with Washington over the investment fund remain at an impasse.',
      ['no_breakthrough'],
      [],
    ],
    ['The breakthrough ends a long standoff between Korea and the US over tariffs.', [], ['no_breakthrough']],
    // deal_reached, with negation and modality
    [
      'South Korea and the United States reached a trade deal on Wednesday that sets a 15% tariff on Korean goods.',
      ['deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korean and US officials failed to reach a deal on tariffs on Thursday.',
      ['no_breakthrough'],
      ['deal_reached'],
    ],
    [
      'If no deal is reached by Aug. 1, a 25 percent tariff will be imposed on Korean products.',
      ['tariff_threatened'],
      ['deal_reached', 'tariff_imposed'],
    ],
    [
      'Seoul denied reports that an agreement with Washington on tariffs had been reached.',
      [],
      ['deal_reached'],
    ],
    ['Korea is racing to finalize a trade agreement with the US before the deadline.', [], ['deal_reached']],
    [
      'As other major economies have struck trade deals with Washington, Seoul feels the pressure to act.',
      [],
      ['deal_reached'],
    ],
    // tariffs
    [
      'Trump warned that Korean goods would face a 25% tariff from Aug. 1 if there is no deal.',
      ['tariff_threatened'],
      ['tariff_imposed'],
    ],
    [
      'The 25 percent tariff on Korean goods took effect on Friday.',
      ['tariff_imposed'],
      ['tariff_threatened'],
    ],
    [
      'Under the deal announced on Wednesday, US tariffs on Korean goods will be cut from 25% to 15%.',
      ['tariff_reduced', 'deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korea asked Washington to lower the tariff on Korean cars to 15 percent.',
      ['proposal'],
      ['tariff_reduced'],
    ],
    [
      'Trump plans to impose a 100 percent tariff on semiconductors, he said on Wednesday.',
      [],
      ['tariff_threatened'],
    ],
    // deadlines
    [
      'Washington postponed the start of the reciprocal tariffs on Korea to Aug. 1 on Monday.',
      ['deadline_extended', 'deadline_set'],
      [],
    ],
    [
      'Trade Minister Yeo said he might request an extension of the tariff deadline for Korea.',
      [],
      ['deadline_extended'],
    ],
    [
      'The White House said the Aug. 1 deadline for Korea is firm and will not be extended.',
      ['deadline_set'],
      ['deadline_extended'],
    ],
  ])('%s', (sentence, present, absent) => {
    const found = signalsOf(sentence);
    for (const type of present) expect(found).toContain(type);
    for (const type of absent) expect(found).not.toContain(type);
  });
});

describe('recaps and attribution', () => {
  it.each<[string, string, SignalType[]]>([
    [
      'Korea and the US reached a trade deal in late July, under which Seoul pledged $350 billion in US investment.',
      '2025-09-20',
      ['deal_reached'],
    ],
    ['Korea and the US held their first round of tariff talks on April 24.', '2025-07-20', ['talks_held']],
    [
      'Trump had imposed a 25 percent tariff on Korean cars earlier this year.',
      '2025-07-20',
      ['tariff_imposed'],
    ],
  ])('%s (published %s) is a recap', (sentence, published, absent) => {
    const found = signalsOf(sentence, published);
    for (const type of absent) expect(found).not.toContain(type);
  });

  it('gives a benchmark deal to its own track, not to the main one', () => {
    const result = classifyArticle({
      id: 't',
      title: 'Korea presses on with tariff talks',
      text: [
        'Korean Trade Minister Yeo Han-koo met Commerce Secretary Howard Lutnick on Friday for tariff talks.',
        'Lutnick cited Japan’s recent tariff agreement with the United States as a model for Seoul.',
        'Japan agreed on Tuesday to cut its tariffs on US cars, and Tokyo reached a trade deal that lowers US tariffs on Japanese goods from 25% to 15%.',
        'Tokyo also pledged $550 billion in investment in the United States under the trade deal.',
      ].join('\n'),
      published: '2025-07-26',
    });
    expect(result.tracks).toEqual(['kr-us', 'jp-us']);
    expect(result.signals.map((signal) => signal.type)).toEqual(['talks_held']);
    expect(result.tariff_rates).toEqual([]);
  });

  it.each<[string, string]>([
    [
      'The Bank of Korea held its key rate on Thursday, citing progress in trade talks with Washington and housing prices in Seoul.',
      'central bank',
    ],
    ['The US and Mexico reached an agreement on Tuesday to clean up a polluted border river.', 'river deal'],
    [
      'Seoul and Washington held a new round of defense cost-sharing talks in Honolulu on Tuesday.\nThe negotiators discussed how much Korea pays for the upkeep of US troops, and the two sides will meet again next month.',
      'defense talks',
    ],
    [
      'Hyundai announced a $20 billion investment in US factories on Monday, its chief executive said in Seoul.',
      'company investment',
    ],
  ])('%s is not a tracked negotiation (%s)', (text) => {
    const result = classifyArticle({ id: 't', title: '', text, published: '2025-07-20' });
    expect(result.relevant).toBe(false);
    expect(result.signals).toEqual([]);
  });
});
