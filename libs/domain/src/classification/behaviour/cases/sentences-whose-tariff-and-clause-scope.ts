import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Whose tariff a sentence names, and how far a clause, a denial or a number reaches. */
export const SENTENCES_WHOSE_TARIFF_AND_CLAUSE_SCOPE: BehaviourCase[] = [
  // One tariff for the whole world is no threat or tariff of the partner's own; a rate named for the partner still is.
  ...fromSentences('a tariff on every partner', 'Korea-US tariff negotiations', '2026-02-23', 'has-lacks', [
    [
      'After the ruling, Trump put a 10% levy on goods from all countries, Korea among them, from Tuesday.',
      [],
      ['tariff_threatened', 'tariff_imposed', 'deadline_set'],
    ],
    [
      'The White House on Saturday put a temporary 15% levy on goods from nearly every nation.',
      [],
      ['tariff_threatened', 'tariff_imposed'],
    ],
    [
      'Trump said on Sunday he would raise the new global tariff to 15% before the week is out.',
      [],
      ['tariff_threatened'],
    ],
    [
      'Washington slapped a 10% duty on goods from all trading partners, including Korea, on Tuesday.',
      [],
      ['tariff_imposed'],
    ],
    [
      'Trump on Saturday imposed a 10% levy on all countries and a 25% tariff on Korean products.',
      ['tariff_imposed'],
      [],
    ],
    ['Trump on Saturday imposed a 25% tariff on every import from Korea.', ['tariff_imposed'], []],
  ]),
  // A relative clause opened by a preposition and "which" describes the noun before it: no tariff imposed today.
  ...fromSentences(
    'relative clauses opened by a preposition',
    'Korea-US tariff negotiations',
    '2026-02-21',
    'lacks',
    [
      [
        'The court ruled that the act, under which Trump imposed 25% tariffs on Korean goods, does not allow them.',
        ['tariff_imposed'],
      ],
      [
        'The emergency powers act, under which the 25% tariff on Korean goods was imposed, was struck down on Friday.',
        ['tariff_imposed'],
      ],
      [
        'Judges said the law, under which Washington slapped a 25% levy on Korean cars, gives no such power.',
        ['tariff_imposed'],
      ],
    ],
  ),
  // The purpose of a stay told in the past was a plan then; the meeting is no longer ahead.
  ...fromSentences('a stay told in the past', 'Korea-US tariff negotiations', '2025-07-16', 'has-lacks', [
    ['Yeo was in Washington on Tuesday to meet Lutnick about the tariffs.', [], ['talks_scheduled']],
    [
      'Two Korean vice ministers were in Seoul last week to hold tariff talks with US envoys.',
      [],
      ['talks_scheduled'],
    ],
    ['Koo was at the Treasury on Tuesday to meet Bessent over the tariff package.', [], ['talks_scheduled']],
    ['The trade minister was in Washington yesterday to sit down with Greer.', [], ['talks_scheduled']],
    ['Yeo will be in Washington next week to meet Lutnick about the tariffs.', ['talks_scheduled'], []],
  ]),
  // "Other tariffs" are other partners' when the subject names none of the track's.
  ...fromSentences('other tariffs', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    ['Many other tariffs were cut by the order on Thursday.', [], ['tariff_reduced']],
    ['Several other levies were lowered to 10% in the revision on Thursday.', [], ['tariff_reduced']],
    ['Other levies were reduced by the new order on Thursday.', [], ['tariff_reduced']],
    ['Some other duties were lowered by Thursday’s revision.', [], ['tariff_reduced']],
    ['Other tariffs on Korean goods were lowered to 10% by the order on Thursday.', ['tariff_reduced'], []],
  ]),
  // A pattern's words after a conjunction whose clause has its own verb belong to that clause, not to the verb before.
  ...fromSentences(
    'a later clause keeps its own words',
    'Korea-US tariff negotiations',
    '2026-03-10',
    'has-lacks',
    [
      [
        'Korean car shipments to America dropped sharply after the 25% duty took effect last week.',
        ['tariff_imposed'],
        ['tariff_reduced'],
      ],
      [
        'Korean carmakers cut output after the 25% tariff on their vehicles took effect on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Orders for Korean steel dropped before the 50% tariff on the metal came into force on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Car exports to the US fell when the 25% levy on Korean vehicles kicked in on Monday.',
        [],
        ['tariff_reduced'],
      ],
      [
        'Washington cut the tariff on Korean cars to 15% after the two sides signed the deal.',
        ['tariff_reduced'],
        [],
      ],
    ],
  ),
  // After a denial, "let alone" or ", still less" adds something even less so: it is denied too.
  ...fromSentences('even less so', 'Korea-US tariff negotiations', '2026-03-10', 'has-lacks', [
    [
      'Seoul has not met Washington this month, still less reached a deal on the tariff.',
      [],
      ['deal_reached'],
    ],
    ['Korea has not been invited to talks, let alone handed a new proposal by the US.', [], ['proposal']],
    [
      'The US has not replied to Seoul, much less agreed to cut the tariff on Korean cars.',
      [],
      ['tariff_reduced'],
    ],
    ['Korea and the US reached a much less ambitious deal on Friday.', ['deal_reached'], []],
  ]),
  // A number that counts the subject's things ("since the two largest economies imposed ...") is no time.
  ...fromSentences(
    'a number in a background clause',
    'China-US tariff negotiations',
    '2025-05-11',
    'has-lacks',
    [
      [
        'He met Bessent in their first talks since the two largest economies imposed tariffs above 100% on each other.',
        ['talks_held'],
        ['tariff_imposed'],
      ],
    ],
  ),
  ...fromSentences(
    'a number in a background clause',
    'Korea-US tariff negotiations',
    '2025-05-11',
    'has-lacks',
    [
      [
        'Yeo met Greer on Friday in their first meeting since the two governments struck a tariff deal.',
        ['talks_held'],
        ['deal_reached'],
      ],
      [
        'Yeo met Greer again, the first meeting since both sides’ two top envoys reached a deal.',
        ['talks_held'],
        ['deal_reached'],
      ],
      ['The talks were the first since 12 nations signed the pact with Washington.', [], ['deal_reached']],
    ],
  ),
  // Any meeting word names the talks an extension is the topic of ("consultations cover extending the truce").
  ...fromSentences(
    'an extension as the topic of talks',
    'China-US tariff negotiations',
    '2025-09-12',
    'has-lacks',
    [
      ['The two sides’ consultations cover soybeans and extending the truce.', [], ['deadline_extended']],
      ['Next week’s round will take up extending the pause on tariffs.', [], ['deadline_extended']],
      [
        'A summit later this month is set to include extending the truce.',
        ['talks_scheduled'],
        ['deadline_extended'],
      ],
      [
        'Their discussions will cover chip controls, fentanyl and extending the truce.',
        [],
        ['deadline_extended'],
      ],
      ['Trump extended the truce at the summit on Monday.', ['deadline_extended'], []],
    ],
  ),
  // "According to" reports; it is not the noun "accord", so what it reports reached is no deal unless it names one.
  ...fromSentences('according to is no accord', 'Korea-US tariff negotiations', '2026-01-20', 'has-lacks', [
    ['According to traders, the purchase target was reached on Monday.', [], ['deal_reached']],
    ['According to officials, the 90% mark was secured on Friday.', [], ['deal_reached']],
    ['According to Yonhap, the plan was announced on Friday.', [], ['deal_reached']],
    ['According to Yonhap, the trade accord was signed on Friday.', ['deal_reached'], []],
  ]),
];
