import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Past events retold in a later story, and sentences about no tracked negotiation. */
export const SENTENCES_RECAPS_AND_OTHER_AGENDAS: BehaviourCase[] = [
  ...fromSentences('recaps', 'Korea-US tariff negotiations', null, 'published-lacks', [
    [
      'Korea and the US reached a tariff deal in late July, in which Seoul pledged $350 billion of US investment.',
      '2025-09-20',
      ['deal_reached'],
    ],
    ['Korea and the US held their first round of tariff talks on April 24.', '2025-07-20', ['talks_held']],
    [
      'Trump had imposed a levy of 25 percent on cars from Korea earlier this year.',
      '2025-07-20',
      ['tariff_imposed'],
    ],
    // "later extended": a step told in a story's sequence of past events, not today's news.
    ['Trump later extended the pause on Korean goods to Aug. 1.', '2025-07-20', ['deadline_extended']],
    [
      'Washington later delayed the levies on Korean steel by three weeks.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    ['The White House later moved the deadline for Korea to Aug. 1.', '2025-07-20', ['deadline_extended']],
    [
      'Trump later suspended the higher tariffs on Korean goods for 90 days.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    [
      'Facing a market rout, the White House later suspended the reciprocal levies on Korea until July.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    [
      'Washington later suspended the levies on Korean cars for three months.',
      '2025-07-20',
      ['deadline_extended'],
    ],
    // A habit ("regularly", "routinely", "frequently") is the record, not this week's news.
    [
      'Trump has regularly threatened more duties on Korean goods, officials said on Monday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    [
      'Washington routinely threatens higher tariffs on Korea when talks slow, Seoul said on Friday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    [
      'Trump has frequently threatened to raise tariffs on Korean cars, analysts noted on Monday.',
      '2025-07-20',
      ['tariff_threatened'],
    ],
    // How a side has negotiated so far is its record, not a round held.
    [
      'Korea has thus far negotiated firmly with Greer, officials said on Monday.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Seoul has thus far negotiated hard with the USTR, the minister said on Friday.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Korea has negotiated skillfully with Lutnick so far, officials said on Monday.',
      '2025-07-20',
      ['talks_held'],
    ],
    // Having been first to sign a pact is a standing, told as background; "became the first" is the news.
    [
      'Korea was the first partner to conclude a tariff pact with Washington.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'Seoul, too, was among the first partners to land a framework pact with the US.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'Korea was one of the first nations to sign a trade pact with the Trump administration.',
      '2025-07-20',
      ['deal_reached'],
    ],
    // The day a move went to is no day it happened: the move itself is dated by the old day.
    [
      'Trump extended the deadline on April 9 to July 9, giving Korea time to talk.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    [
      'The White House postponed the levies on Korean goods on April 9 to July 9, giving Seoul time to negotiate.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    [
      'Washington delayed the tariff deadline on April 9 to July 9 to allow more talks with Seoul.',
      '2025-07-10',
      ['deadline_extended'],
    ],
    // "At the time" and "back then" place what follows in the story's past, whatever the tense.
    [
      'At the time, the Korean government held negotiations with Washington and agreed to a steel quota.',
      '2025-07-20',
      ['talks_held'],
    ],
    [
      'Seoul and Washington reached a tariff deal back then, officials recalled.',
      '2025-07-20',
      ['deal_reached'],
    ],
    [
      'The US cut its levies on Korean cars to 15% at that time under a framework deal.',
      '2025-07-20',
      ['tariff_reduced'],
    ],
    // "said on Monday" dates the telling: the old time in the clause dates what is told.
    [
      'The framework reached in July cut the US tariff on Korean autos to 15%, Yeo noted on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
    [
      'The agreement signed in July lowered US tariffs on cars from Korea to 15%, the ministry said on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
    [
      'The trade deal struck in late July cut the US levy on Korean steel to 15 percent, officials told reporters on Monday.',
      '2025-10-20',
      ['tariff_reduced', 'deal_reached'],
    ],
    [
      'The US lowered its levy on Korean cars to 15% in July, the ministry said on Monday.',
      '2025-10-20',
      ['tariff_reduced'],
    ],
  ]),
  ...fromSentences('not a tracked negotiation', '', '2025-07-20', 'irrelevant', [
    [
      'On Thursday the Bank of Korea left its key rate unchanged, pointing to housing prices in Seoul and progress in the trade talks with Washington.',
      'central bank',
    ],
    ['The US and Mexico reached an agreement on Tuesday to clean up a polluted border river.', 'river deal'],
    [
      'Seoul and Washington held a fresh round of defense cost-sharing talks in Honolulu on Tuesday.\nThe negotiators discussed how much Korea pays for the upkeep of US troops, and the two sides will meet again next month.',
      'defense talks',
    ],
    [
      'Hyundai announced a $20 billion investment in US factories on Monday, its chief executive said in Seoul.',
      'company investment',
    ],
  ]),
];
