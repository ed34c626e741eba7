import { DEAL } from './vocabulary';
import type { SignalRule } from './types';

/** A deal not reached, said plainly, or not expected soon. */
export const NO_BREAKTHROUGH_NOT_REACHED_RULES: SignalRule[] = [
  {
    // A deal not reached, as a result; not a deal nobody is planning or looking to reach yet.
    id: 'no-breakthrough.not-reached',
    signal: 'no_breakthrough',
    patterns: [`@not ~2 reach|strike|clinch|seal|secure|conclude|close ~4 ${DEAL}|consensus`],
    allow: ['negated'],
    unless: ['plan', 'look', 'intend', 'aim', 'seek', 'want', 'rush', 'need', 'expect'],
    confidence: 0.8,
    examples: [
      'Seoul and Washington have not reached an agreement, Lutnick said on Friday, warning that tariffs would rise if the talks fail.',
      'The tariffs take effect on Friday after Korea did not reach a trade pact with Washington.',
      'Korea and the US did not clinch a deal at the talks in Washington on Monday.',
      'Seoul and the United States have not struck a deal on the fund, Yeo said on Friday.',
      'The two sides had not yet reached consensus on chips, Taipei’s negotiator said on her return.',
      'Korea and the US have not reached a consensus on the cash share, officials said on Monday.',
      'Korea hasn’t closed its tariff deal with Washington, Lee said on Wednesday.',
      'Seoul has not yet closed the tariff deal with Washington, officials said.',
      'Negotiators did not close an agreement with Greer at Friday’s round.',
      'Negotiators did not reach consensus on rice at Friday’s round with Washington.',
    ],
    counterexamples: [
      'Seoul is not planning to conclude a deal with the US before the election.',
      'Korea is not planning to reach an accord with Washington this week.',
      'Trump is not looking to strike a deal with Seoul soon.',
    ],
  },
  {
    id: 'no-breakthrough.not-expected',
    signal: 'no_breakthrough',
    patterns: [
      '@not ~2 expect|likely ~3 reach|make|clinch|produce|yield|strike ~3 breakthrough|deal|agreement',
      '@unlikely ~3 reach|make|clinch|produce|yield|strike ~3 breakthrough|deal|agreement',
      // The deal itself called unlikely, said of when it comes ("looks unlikely before Friday", "is unlikely."), not
      // of what it would do ("is unlikely to hurt exporters").
      'deal|agreement|pact|accord|breakthrough ~8 be|look|seem|appear ~1 @unlikely ~1 before|by|until|this|soon|anytime|in|at|on|DATE|.|,|;',
    ],
    allow: ['hedged', 'negated', 'future'],
    confidence: 0.65,
    examples: [
      'The negotiators are not expected to make a breakthrough just yet, officials in Seoul said.',
      'Korea and the US are unlikely to strike a deal this week, a ministry official said.',
      'Negotiators are not likely to produce an agreement before the summit with the US.',
      'A deal with Washington looks unlikely before the Aug. 1 deadline, officials in Seoul said on Monday.',
      'Korean officials said on Monday an agreement with the US seemed unlikely this week.',
      'A breakthrough at Friday’s talks with the US is unlikely, a Korean negotiator said.',
    ],
    counterexamples: [
      'A deal with the US is unlikely to hurt Korean exporters, analysts said on Monday.',
      'Any agreement with Washington is unlikely to cover rice, officials said.',
      'Seoul and Washington are expected to reach a deal this week.',
      'If talks go well, Korea and the US are likely to clinch a deal.',
    ],
  },
];
