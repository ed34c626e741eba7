import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Word forms: "as soon as possible", "being" with a participle, "to" before a noun, an en dash. */
export const SENTENCES_WORD_FORMS: BehaviourCase[] = [
  // "as soon as possible" says how soon, not on what condition: the plan stands.
  ...fromSentences('as soon as possible', 'Korea-US tariff negotiations', '2025-07-20', 'has-lacks', [
    [
      'Kim will visit the US as soon as possible for talks with Lutnick on the levy.',
      ['talks_scheduled'],
      [],
    ],
    [
      'Seoul will send its trade minister to the US as soon as possible for talks on the tariff.',
      ['talks_scheduled'],
      [],
    ],
    [
      'The two sides will resume their talks with the US as soon as possible, Yeo said.',
      ['talks_scheduled'],
      [],
    ],
  ]),
  // "being" and a participle after a noun tells a deal still in the making, whatever time it names.
  ...fromSentences('a deal being made', 'Korea-US tariff negotiations', '2025-06-05', 'has-lacks', [
    ['Seoul is counting on the tariff pact being finalised before the July 9 cutoff.', [], ['deal_reached']],
    ['Officials in Seoul spoke of the trade agreement being concluded within weeks.', [], ['deal_reached']],
    ['Investors bet on the trade deal being struck this month.', [], ['deal_reached']],
    // Told done, the same deal is news.
    ['Both leaders signed the trade deal in Seoul on Tuesday.', ['deal_reached'], []],
  ]),
  // "to" and a plural-looking word is the preposition and a noun: an infinitive never takes the -s form.
  ...fromSentences('a noun after "to"', 'Korea-US tariff negotiations', '2026-02-01', 'has-lacks', [
    ['Trump warned Seoul of a 25% levy on its exports due to delays in the fund.', [], ['deadline_extended']],
    [
      'Trump threatened to raise the levy on Korea owing to delays at the National Assembly.',
      [],
      ['deadline_extended'],
    ],
    [
      'The president threatened Korea with a higher tariff, pointing to delays in its investments.',
      [],
      ['deadline_extended'],
    ],
  ]),
  // An en dash typed between two names ("the Korea–US pact") joins them as a hyphen does; it sets off no aside.
  ...fromSentences(
    'two names joined by an en dash',
    'Korea-US tariff negotiations',
    '2025-07-20',
    'has-lacks',
    [
      [
        'Trump on Friday unveiled the U.S.–Korea trade framework, keeping a 15% tariff.',
        ['deal_reached'],
        [],
      ],
      ['Both presidents signed the Korea–US trade agreement in Gyeongju on Wednesday.', ['deal_reached'], []],
      [
        'The two sides held a fresh round of Korea–US tariff talks in Washington on Monday.',
        ['talks_held'],
        [],
      ],
    ],
  ),
];
