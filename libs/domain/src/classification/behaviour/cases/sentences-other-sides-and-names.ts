import type { BehaviourCase } from '../harness';
import { fromSentences, fromStories } from '../harness';

/** Deals and tariffs of other sides or the whole world, names that are no round, and what is only sought. */
export const SENTENCES_OTHER_SIDES_AND_NAMES: BehaviourCase[] = [
  // One partner's deal "with" another partner, and no counterpart in the clause, is between two other sides.
  ...fromStories('a deal with another partner', 'has-lacks', [
    ...[
      [
        'London and Washington resume tariff negotiations',
        'This round opens just as Britain unveiled a big new trade deal with Canada on Tuesday',
      ],
      [
        'UK, US press on with tariff talks',
        'Negotiators meet as Britain sealed a major new trade pact with Japan this week',
      ],
      [
        'British team in Washington for tariff talks',
        'The visit opens as the UK signed a landmark free trade accord with India on Monday',
      ],
    ].map(([title, lead]) => ({
      published: '2025-05-07',
      title,
      text: `${lead}\n\nBritish and American officials are still working on terms to ease the tariffs.`,
      relevant: true,
      has: [],
      lacks: ['deal_reached'],
    })),
    {
      published: '2025-05-07',
      title: 'UK and US edge closer to an economic deal',
      text: 'This round opens just as Britain clinched a tariff pact with the US on Tuesday\n\nBritish and American officials are still working on terms to ease the tariffs.',
      relevant: true,
      has: ['deal_reached'],
      lacks: [],
    },
  ]),
  // ", which ..." after a deal dated weeks ago tells what that deal did then, unless it names a time of its own.
  ...fromSentences('what an old deal did', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    [
      'Talks build on a pact the two sides signed in March, which lowered the duty on Korean autos to 15%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul wants more than the framework settled in May, which cut the levy on Korean steel to 25%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Officials reviewed the accord reached in April, which reduced the tariff on Korean goods to 15%.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul and Washington signed the pact on Thursday, which lowered the duty on Korean autos to 15%.',
      ['tariff_reduced'],
      [],
    ],
  ]),
  // A participle before its noun, as the object of a verb still to be done, describes what is sought.
  ...fromSentences('lowered tariffs sought', 'Korea-US tariff negotiations', '2025-08-01', 'has-lacks', [
    [
      'Korean ministers are touring Washington to negotiate lowered U.S. duties for Korean goods.',
      [],
      ['tariff_reduced'],
    ],
    ['Seoul’s team is visiting the US to win reduced U.S. levies on Korean chips.', [], ['tariff_reduced']],
    [
      'Korean officials are heading for Washington to secure lowered U.S. duties on Korean steel.',
      [],
      ['tariff_reduced'],
    ],
    [
      'Seoul’s negotiators are visiting the capital to obtain reduced U.S. levies for Korean ships.',
      [],
      ['tariff_reduced'],
    ],
    ['The US has lowered its tariff on Korean autos to 15%.', ['tariff_reduced'], []],
  ]),
  // A tariff on all imported or foreign goods of a kind is one for the whole world, not the partner's own.
  ...fromStories(
    'a tariff on whatever is imported',
    'has-lacks',
    [
      'Trump has also threatened a 25% levy on all imported vehicles.',
      'Trump has also threatened a 25% levy on all foreign cars.',
      'Trump also threatened 25% tariffs on all foreign-made cars.',
      'Trump threatened on Friday a 25% tariff on all Korean imports.',
    ].map((threat, i) => ({
      published: '2025-03-01',
      title: `Korea-US tariff talks, day ${i + 1}`,
      text: `Korean steel faces a 25% US tariff from March 12, Seoul said. ${threat}`,
      relevant: true,
      has: i === 3 ? ['tariff_threatened'] : [],
      lacks: i === 3 ? [] : ['tariff_threatened'],
    })),
  ),
  // A tariff "covering" all countries targets the whole world, as one "on" all countries does.
  ...fromSentences(
    'a tariff covering every country',
    'Korea-US tariff negotiations',
    '2025-04-07',
    'has-lacks',
    [
      ['Washington imposed a 10% tariff covering all trading partners on Saturday.', [], ['tariff_imposed']],
      [
        'The administration slapped a 10% duty covering almost every country on Saturday.',
        [],
        ['tariff_imposed'],
      ],
      ['On Saturday the US applied a 10% levy covering virtually all nations.', [], ['tariff_imposed']],
      ['Washington imposed a 25% tariff covering all Korean cars on Saturday.', ['tariff_imposed'], []],
    ],
  ),
  // Emergency talks with the other side are talks planned; an emergency meeting is not one side's own by its name.
  ...fromSentences(
    'emergency talks with the other side',
    'Korea-US tariff negotiations',
    '2025-07-08',
    'has-lacks',
    [
      ['Yeo will hold emergency talks with Greer in Washington on Friday.', ['talks_scheduled'], []],
      ['Kim will meet Lutnick for emergency talks on Friday.', ['talks_scheduled'], []],
      ['Korea and the US will convene an emergency meeting on the fund on Monday.', ['talks_scheduled'], []],
    ],
  ),
  // A round of something other than talks (investigations, tariffs, retaliation) is no round of talks.
  ...fromSentences('a round of something else', 'Korea-US tariff negotiations', '2026-03-12', 'has-lacks', [
    ['The Commerce Department launched a further round of trade probes on Friday.', [], ['talks_held']],
    ['The administration opened a new round of steel inquiries on Monday.', [], ['talks_held']],
    ['Washington started a fresh round of export curbs on Friday.', [], ['talks_held']],
    ['The US began another round of retaliation on Friday.', [], ['talks_held']],
    ['Washington completed a second round of duty reviews on Korean steel on Monday.', [], ['talks_held']],
    ['Korea and the US held a fifth round of senior-level tariff talks on Monday.', ['talks_held'], []],
  ]),
  // A time to come left open ("at some point", "eventually") is no plan and no cut made.
  ...fromSentences('a time left open', 'Korea-US tariff negotiations', '2025-10-11', 'has-lacks', [
    ['Trump said he will lower the duties on Korean goods at some point.', [], ['tariff_reduced']],
    ['The US will eventually cut the levy on Korean cars, Lutnick said.', [], ['tariff_reduced']],
    ['Trump will meet Lee at some point, the White House said.', [], ['talks_scheduled']],
    ['Kim expects to hold more talks with Lutnick in the near future.', [], ['talks_scheduled']],
    [
      'Lee is to fly to Washington for a summit at an appropriate time, his office said.',
      [],
      ['talks_scheduled'],
    ],
    [
      'Lee plans a trip to Washington to hold a summit with Trump at a convenient time.',
      [],
      ['talks_scheduled'],
    ],
    ['The two sides plan to hold another round of tariff talks at a later date.', [], ['talks_scheduled']],
    ['The two sides plan to hold another round of tariff talks next week in Seoul.', ['talks_scheduled'], []],
    ['The US eventually cut the levy on Korean cars on Friday.', ['tariff_reduced'], []],
  ]),
  // What one side warns the other against is what it wants not to happen.
  ...fromSentences('warned against', 'China-US tariff negotiations', '2025-04-21', 'has-lacks', [
    [
      'Beijing sent a pointed warning to other nations against sealing trade pacts with the US.',
      [],
      ['deal_reached'],
    ],
    ['Beijing warned Washington against imposing new tariffs on Chinese goods.', [], ['tariff_threatened']],
    ['Beijing warned the US against slapping higher tariffs on Chinese cars.', [], ['tariff_threatened']],
    ['Trump warned on Friday that he would impose new tariffs on China.', ['tariff_threatened'], []],
  ]),
  // "New" that begins a place's name ("a New York meeting") is no new meeting; a likelihood after the match hedges it.
  ...fromStories(
    'new as part of a name',
    'has-lacks',
    [
      [
        'Goyal’s New York meeting with Lutnick went well on Tuesday',
        'India and the US are in tariff talks with Washington officials.',
      ],
      [
        'Greer’s New York meeting with Yeo went smoothly on Monday',
        'Korea and the US are in tariff talks with Washington officials.',
      ],
      [
        'The New Zealand meeting with Greer was brief, Wellington said on Tuesday',
        'New Zealand and the US are in tariff talks with Washington officials.',
      ],
    ].map(([title, text]) => ({
      published: '2025-09-25',
      title,
      text,
      relevant: true,
      has: ['talks_held'],
      lacks: ['talks_scheduled'],
    })),
  ),
  // A country's name before its firms ("Korean carmakers") names the firms; what they agree is no deal of the sides.
  ...fromSentences(
    'firms named by their country',
    'Korea-US tariff negotiations',
    '2025-08-12',
    'has-lacks',
    [
      ['Korean carmakers have agreed to invest $20 billion in US plants.', [], ['deal_reached']],
      ['Korean shipbuilders agreed to build a yard in Pennsylvania on Friday.', [], ['deal_reached']],
      ['Korean battery makers have agreed to build two more plants in Georgia.', [], ['deal_reached']],
      [
        'US chip companies agreed on Monday to pay a share of their sales to the government.',
        [],
        ['deal_reached'],
      ],
      [
        'Seoul and Washington settled on a pact that lowers the duty for Korean carmakers.',
        ['deal_reached'],
        [],
      ],
    ],
  ),
  // The UN's General Assembly is a forum abroad where the two sides meet, not the partner's legislature.
  ...fromSentences('a forum abroad', 'Korea-US tariff negotiations', '2025-09-15', 'has-lacks', [
    ['Yeo will meet Greer at next week’s General Assembly session in New York.', ['talks_scheduled'], []],
    [
      'Korea’s trade minister is set to hold talks with Lutnick at the General Assembly on Tuesday.',
      ['talks_scheduled'],
      [],
    ],
    ['Kim will sit down with Bessent at the UN General Assembly on Thursday.', ['talks_scheduled'], []],
    [
      'Yeo will meet the National Assembly’s trade committee next week to explain the tariff talks.',
      [],
      ['talks_scheduled'],
    ],
  ]),
];
