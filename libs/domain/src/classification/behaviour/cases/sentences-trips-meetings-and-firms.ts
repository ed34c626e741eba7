import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Trips and meetings told past or to come, deals not struck, conditions, and the partner's firms. */
export const SENTENCES_TRIPS_MEETINGS_AND_FIRMS: BehaviourCase[] = [
  // The purpose of a trip told in the past was met on it, not planned; a trip still to come is a plan.
  ...fromSentences('a trip told in the past', 'Korea-US tariff negotiations', '2025-09-14', 'has-lacks', [
    ['Kim rushed to New York to meet Lutnick at his home.', [], ['talks_scheduled']],
    ['Kim drove four hours to New York to meet Lutnick.', [], ['talks_scheduled']],
    ['Kim rushed from Seoul to meet Lutnick in person.', [], ['talks_scheduled']],
    ['Kim is traveling to Washington to meet Lutnick.', ['talks_scheduled'], []],
    // Arriving to meet tells the meeting still to come.
    ['Yeo arrived in Washington on Sunday to meet Greer.', ['talks_scheduled'], []],
  ]),
  // A meeting named with "at" or "during" took place, whatever the verb before it denies.
  ...fromSentences(
    'a meeting the clause presupposes',
    'Korea-US tariff negotiations',
    '2025-06-17',
    'has-lacks',
    [
      ['Lee and Trump reached no deal during their talks in Canada on Monday.', ['talks_held'], []],
      ['Kim won no concession from Lutnick at their meeting on Friday.', ['talks_held'], []],
      ['The two sides failed to narrow gaps during talks in Washington on Thursday.', ['talks_held'], []],
      ['Kim did not attend the meeting with Lutnick on Monday.', [], ['talks_held']],
    ],
  ),
  // "said he would meet": the reported "will meet" is a meeting planned, dated or not; one left open is not.
  ...fromSentences(
    'a meeting reported as to come',
    'Korea-US tariff negotiations',
    '2025-09-15',
    'has-lacks',
    [
      [
        'Yeo told reporters he would meet Greer to go through the fine print of the pact.',
        ['talks_scheduled'],
        [],
      ],
      ['The minister said she would meet her US counterpart to discuss the fund.', ['talks_scheduled'], []],
      ['Lee said he would meet Trump to settle the terms of the investment.', ['talks_scheduled'], []],
      ['Kim said he would meet Lutnick in the near future.', [], ['talks_scheduled']],
    ],
  ),
  // Unsuccessful in striking a deal is a deal not struck, as "failed to strike" is.
  ...fromSentences(
    'a deal not struck, told with an adjective',
    'Korea-US tariff negotiations',
    '2025-07-31',
    'has-lacks',
    [
      [
        'Seoul has so far been unsuccessful in sealing an accord with Washington on the levy.',
        [],
        ['deal_reached'],
      ],
      [
        'Seoul was unsuccessful in clinching an agreement with Washington at the talks on Monday.',
        [],
        ['deal_reached'],
      ],
      [
        'Kim has been unsuccessful in finalising the trade agreement with Lutnick, he said.',
        [],
        ['deal_reached'],
      ],
      ['After an unsuccessful first round, Korea and the US reached a deal on Friday.', ['deal_reached'], []],
    ],
  ),
  // What was announced or confirmed "would" happen is a decision made public, dated or not; what was only said
  // "would" happen, undated, may be a hope.
  ...fromSentences('a move announced as to come', 'Korea-US tariff negotiations', '2025-11-03', 'has-lacks', [
    ['Trump announced that he would lower the levy on Korean cars to 15% from 25%.', ['tariff_reduced'], []],
    [
      'The White House confirmed that it would trim the duty on Korean steel from 50% to 25%.',
      ['tariff_reduced'],
      [],
    ],
    ['Washington announced it would halve the 50% tariff on Korean goods.', ['tariff_reduced'], []],
    [
      'Lutnick said he would like to bring the tariff on Korean cars down to 15% from 25%.',
      [],
      ['tariff_reduced'],
    ],
  ]),
  // "the two biggest economies", "both major economies": the pair the track is about, adjectives between.
  ...fromSentences('the pair with its adjectives', 'China-US trade talks', '2025-10-26', 'has-lacks', [
    ['The two largest nations will hold trade talks in Madrid on Sunday.', ['talks_scheduled'], []],
    ['Both major economies struck a deal on Monday to extend their tariff truce.', ['deal_reached'], []],
    [
      'The two biggest economies held a fresh round of trade talks in Geneva on Saturday.',
      ['talks_held'],
      [],
    ],
    ['Other large economies struck deals with Washington on Monday.', [], ['deal_reached']],
  ]),
  // "had Seoul agreed", "were the US to cut": the auxiliary before its subject opens a condition.
  ...fromSentences('a condition by inversion', 'Korea-US tariff negotiations', '2025-06-17', 'lacks', [
    ['Had the two sides reached a deal, the tariff would have fallen to 15%.', ['deal_reached']],
    ['Had Seoul and Washington struck a pact in July, the levy would be 15% now.', ['deal_reached']],
    ['Washington would have cut the tariff to 10% had Seoul agreed to pay cash.', ['deal_reached']],
  ]),
  // "on the 11th of the same month" takes the month named before it: a pause in April is no news in July.
  ...fromSentences('a day of the same month', '', '2025-07-14', 'lacks', [
    [
      'The US set a 25% levy on Korean products on April 2, and on the 11th of the same month it delayed the tariff for 90 days.',
      ['deadline_extended'],
    ],
    [
      'Trump announced tariffs on Korean goods on April 2. He paused the Korean tariff for 90 days on the 11th of the same month.',
      ['deadline_extended'],
    ],
    [
      'Korea was hit with a 25% rate on April 2. Trump then suspended the Korean tariff for 90 days on the 11th of the same month.',
      ['deadline_extended'],
    ],
  ]),
  // A company the partner's name owns ("South Korea's Samsung Electronics") is not the partner.
  ...fromSentences('the partner’s firms', 'Korea-US tariff negotiations', '2025-10-27', 'has-lacks', [
    [
      'South Korea’s Samsung Electronics signed a supply deal with US chipmaker Nvidia on Monday.',
      [],
      ['deal_reached'],
    ],
    [
      'Korea’s Hyundai Motor Group struck an agreement with a US battery maker this week.',
      [],
      ['deal_reached'],
    ],
    [
      'Korea’s POSCO Holdings has sealed a pact with an American steel mill to build a plant.',
      [],
      ['deal_reached'],
    ],
    ['South Korea’s trade ministry signed a tariff deal with the US on Monday.', ['deal_reached'], []],
  ]),
  ...fromSentences('company visits are not talks', 'Korea-US tariff negotiations', '2025-07-20', 'lacks', [
    [
      'Kim Jung-kwan, the industry minister, will visit Samsung’s chip plant in Texas next week amid the US tariff talks.',
      ['talks_scheduled'],
    ],
    ['Kim met Samsung Chairman Lee Jae-yong on Monday to discuss the impact of US tariffs.', ['talks_held']],
  ]),
];
