import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Single sentences on offers, stalls, deals, tariffs and deadlines. */
export const SENTENCES_OFFERS_DEALS_AND_DEADLINES: BehaviourCase[] = [
  ...fromSentences('single sentences', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    // proposal
    [
      'Seoul presented a revised proposal on US investment and shipbuilding cooperation to Lutnick on Friday.',
      ['proposal'],
      [],
    ],
    [
      'The US is demanding that Korea open its beef and rice markets as part of the tariff deal.',
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
      'Washington and Seoul reached a trade deal on Wednesday that sets a 15% tariff on Korean goods.',
      ['deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korean and US officials failed to reach a deal on tariffs on Thursday.',
      ['no_breakthrough'],
      ['deal_reached'],
    ],
    [
      'If there is still no deal by Aug. 1, a 25 percent levy will be imposed on Korean products.',
      ['tariff_threatened'],
      ['deal_reached', 'tariff_imposed'],
    ],
    [
      'Seoul denied reports that an agreement with Washington on tariffs had been reached.',
      [],
      ['deal_reached'],
    ],
    ['Korea is racing to finalize its trade pact with Washington before the deadline.', [], ['deal_reached']],
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
      'On Friday, the 25 percent tariff on Korean goods took effect.',
      ['tariff_imposed'],
      ['tariff_threatened'],
    ],
    [
      'Under the deal announced on Wednesday, US tariffs on Korean goods will be cut from 25% to 15%.',
      ['tariff_reduced', 'deal_reached'],
      ['tariff_threatened'],
    ],
    [
      'Korea asked Washington to lower the tariff on Korean autos to 15 percent.',
      ['proposal'],
      ['tariff_reduced'],
    ],
    [
      'Trump is planning to impose a 100 percent levy on imported semiconductors, he said on Wednesday.',
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
      'Trade Minister Yeo said he may request an extension to Korea’s tariff deadline.',
      [],
      ['deadline_extended'],
    ],
    [
      'The White House said the Aug. 1 deadline for Korea is firm and will not be extended.',
      ['deadline_set'],
      ['deadline_extended'],
    ],
  ]),
  // An offer or a demand told in a clause of background ("while", "since", "after") is the setting of other news; told
  // as the sentence's own news it is a proposal.
  ...fromSentences('an offer told as background', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    [
      'Yeo flew to Washington on Monday, while Washington is demanding that Seoul open its rice market.',
      [],
      ['proposal'],
    ],
    ['Talks resumed on Monday since Korea offered to buy more American gas.', [], ['proposal']],
    [
      'Talks stalled after Washington called on Seoul to pay most of the fund in cash.',
      ['no_breakthrough'],
      ['proposal'],
    ],
    ['The US demanded on Friday that Seoul pay the fund in cash.', ['proposal'], []],
    ['Korea offered on Monday to buy more American gas.', ['proposal'], []],
  ]),
  // A past perfect that a report shifts back ("said the talks had stalled") is the speaker's present perfect: news when
  // said now. Told by the story itself before another past, it is background.
  ...fromSentences(
    'a stall reported in the past perfect',
    'Korea-US tariff negotiations',
    '2025-07-20',
    'has-lacks',
    [
      [
        'Officials said on Friday that the negotiations had stalled over the US demand for upfront investment.',
        ['no_breakthrough'],
        [],
      ],
      ['Yeo told reporters on Friday the talks had hit a snag over the fund.', ['no_breakthrough'], []],
      [
        'The ministry said on Friday that the tariff negotiations had faltered over rice.',
        ['no_breakthrough'],
        [],
      ],
      ['The talks had stalled for weeks before the deal was struck on Friday.', [], ['no_breakthrough']],
    ],
  ),
];
