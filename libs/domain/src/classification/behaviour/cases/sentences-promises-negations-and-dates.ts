import type { BehaviourCase } from '../harness';
import { fromSentences, fromStories } from '../harness';

/** Talks promised, negations and saying clauses, and dates that are not the time of telling. */
export const SENTENCES_PROMISES_NEGATIONS_AND_DATES: BehaviourCase[] = [
  // Talks vowed, pledged or promised are talks to come, not a round held, in a headline as in the text.
  ...fromStories('talks promised, not held', 'has-lacks', [
    {
      published: '2025-08-11',
      title: 'Seoul vows closer talks with Washington on steel',
      text: 'Seoul will keep pressing Washington over the 50% levy on its steel, the trade ministry said on Monday.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-11',
      title: 'Seoul promises tougher talks with Washington over fund',
      text: 'Korean officials said on Monday that the $350 billion fund remains the main sticking point with the US.',
      relevant: true,
      lacks: ['talks_held'],
    },
    {
      published: '2025-08-11',
      title: 'Korea-US tariff negotiations',
      text: 'Seoul pledged more talks with Washington on Friday. The 15% tariff on Korean goods stays in place for now.',
      relevant: true,
      lacks: ['talks_held'],
    },
  ]),
  // "May" after a preposition or before its day is the month, not the modal: it hedges nothing.
  ...fromSentences('the month of May', 'Korea-US tariff negotiations', '2025-05-02', 'has-lacks', [
    ['From May 12 to May 14, Yeo will meet Greer in Washington.', ['talks_scheduled'], []],
    ['Yeo, in Washington until May 14, will meet Greer on Tuesday.', ['talks_scheduled'], []],
    ["Between May 12 and May 14, Seoul's envoy will sit down with Lutnick.", ['talks_scheduled'], []],
  ]),
  // ", officials said ..." after a match opens a clause of its own: its words do not overrule the match.
  ...fromSentences(
    'a saying clause after the match',
    'Korea-US tariff negotiations',
    '2025-10-07',
    'has-lacks',
    [
      [
        'In Washington, where Yeo met Greer on Monday for two hours, officials said the talks went further than previous rounds.',
        ['talks_held'],
        [],
      ],
      [
        "Yeo met Greer on Tuesday, Seoul's envoy told reporters after a year of setbacks.",
        ['talks_held'],
        [],
      ],
      [
        'Kim met Lutnick in Washington on Friday, Korean officials said after a year of stalled talks.',
        ['talks_held'],
        [],
      ],
    ],
  ),
  // What a meeting held was for ("to discuss next steps") does not make it a meeting still to come.
  ...fromSentences("a past meeting's purpose", 'Korea-US tariff negotiations', '2025-09-17', 'has-lacks', [
    [
      'US envoy Lynch held a useful meeting in Seoul with his Korean counterpart on Tuesday to discuss next steps.',
      ['talks_held'],
      [],
    ],
    ['Yeo held talks with Greer in Washington on Monday to set up the next round.', ['talks_held'], []],
    ['Kim met Lutnick on Friday in New York to get ready for the coming summit.', ['talks_held'], []],
  ]),
  // A negation of the verb before "and" is that verb's: the tensed verb joined after it is affirmed.
  ...fromSentences('negation of a joined verb', 'Korea-US tariff negotiations', '2025-07-30', 'has-lacks', [
    [
      'Trump said the deal with Seoul was not finalised and warned of higher tariffs on Korea.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Lutnick said the pact had yet to be signed and threatened Seoul with a 25% tariff.',
      ['tariff_threatened'],
      [],
    ],
    [
      'Trump did not sign the order and warned Korea of steep new tariffs on Monday.',
      ['tariff_threatened'],
      [],
    ],
  ]),
  // A tariff's implementation announced from a day to come is a threat with its date, not a tariff in force.
  ...fromSentences(
    'an implementation from a day to come',
    'Korea-US tariff negotiations',
    '2025-07-09',
    'has-lacks',
    [
      [
        'Washington announced on Friday the implementation of a 25% levy on Korean goods from Aug. 1.',
        ['tariff_threatened'],
        ['tariff_imposed'],
      ],
    ],
  ),
  // A leading "As ..." clause with a verb of its own ends at its comma: its negation is not the main clause's.
  ...fromSentences('a leading as-clause', 'Korea-US tariff negotiations', '2025-10-14', 'has-lacks', [
    [
      'As both governments failed to close their gaps, Seoul said it handed Washington a revised offer.',
      ['proposal'],
      [],
    ],
    ['As talks did not move forward, Korea submitted a new proposal to the US on Monday.', ['proposal'], []],
    ['As the sides could not agree on the fund, Yeo met Greer in Washington on Friday.', ['talks_held'], []],
    ['As expected, Korea did not present a new offer on Monday.', [], ['proposal']],
  ]),
  ...fromSentences('deadline and cancellation wording', 'Korea-US tariff negotiations', '2025-07-08', 'has', [
    ['Trump on Monday set Aug. 1 as the new deadline for Korea to reach a tariff deal.', ['deadline_set']],
    [
      'Korea won a three-week extension of the tariff deadline on Monday, to Aug. 1.',
      ['deadline_extended', 'deadline_set'],
    ],
    [
      'The planned 2+2 tariff talks in Washington have been put on hold, officials said on Monday.',
      ['talks_cancelled'],
    ],
  ]),
  ...fromSentences(
    'dates that are not the time of telling',
    'Korea-US tariff negotiations',
    '2025-07-24',
    'has',
    [
      [
        'Trump extended the deadline for Korea to August 1 from July 9.',
        ['deadline_extended', 'deadline_set'],
      ],
      [
        'The White House moved the tariff deadline from July 8 to August 12 on Monday.',
        ['deadline_extended'],
      ],
      [
        'Lee is expected to meet Trump later this month at the APEC gathering in Gyeongju.',
        ['talks_scheduled'],
      ],
      [
        'Yeo will travel to Washington later in the week for another round of tariff talks.',
        ['talks_scheduled'],
      ],
    ],
  ),
  ...fromSentences(
    'background clauses and what did not happen',
    'Korea-US tariff negotiations',
    '2025-07-24',
    'has-lacks',
    [
      [
        'The meeting on Thursday was the first tariff negotiation between the allies since Trump’s tariffs took effect.',
        [],
        ['tariff_imposed'],
      ],
      [
        'The talks took place a mere four days after Seoul and Washington reached an agreement on autos in Geneva.',
        [],
        ['deal_reached'],
      ],
      [
        'Without the extension, US tariffs on Korean goods would have risen to 50% on Friday.',
        [],
        ['tariff_threatened'],
      ],
      [
        'The announcement came after negotiators from Seoul and Washington held a seven-hour meeting on Wednesday.',
        ['talks_held'],
        [],
      ],
    ],
  ),
];
