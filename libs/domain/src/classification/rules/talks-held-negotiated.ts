import { MET_UNLESS, MET_UNLESS_OBJECT } from './talks-held-met-unless';
import { MEETING } from './vocabulary';
import type { SignalRule } from './types';

/**
 * Talks held, told by the verb "negotiate", or by talks begun or continued, with the time of the round. Without a time
 * the verb tells the negotiation at large: who negotiated the deal, how a side negotiated ("in good faith", "at a
 * higher rate"), talks started or going on ("starts intense talks in DC", "were continuing talks to seek more").
 */
/** What both rules ask of a round told with its time: done (not going on, not a stance), and the sides' own talks. */
const TOLD_WITH_ITS_TIME = {
  require: ['past'],
  forbid: ['progressive', 'standing'],
  unless: MET_UNLESS,
  unlessObject: MET_UNLESS_OBJECT,
  confidence: 0.8,
} satisfies Partial<SignalRule>;

export const TALKS_HELD_NEGOTIATED_RULES: SignalRule[] = [
  {
    id: 'held.negotiated',
    signal: 'talks_held',
    patterns: [
      '@negotiate ~4 with|tariff|deal|trade|PARTY',
      // Who negotiated named right before the verb, with nothing after it but the time and the place; not a thing
      // negotiated in the passive ("the tariff on Korean goods had been negotiated down").
      'PARTY|delegation|side|negotiator|team ~2 @negotiate^',
    ],
    ...TOLD_WITH_ITS_TIME,
    needs: ['counterpart', 'anchored'],
    examples: [
      'Yeo negotiated with Greer in Washington on Thursday.',
      'Korean officials negotiated on tariffs with their US counterparts on Monday.',
      'The two delegations negotiated over the car tariff for six hours in Seoul on Friday.',
      'On Tuesday Kim negotiated trade terms with Lutnick at the Commerce Department.',
      'The two delegations negotiated late into the night on Thursday in Seoul.',
      'Korean and US negotiators negotiated for nine hours on Friday in Geneva, officials said.',
      'Both sides negotiated through the weekend in Geneva, officials said on Monday.',
    ],
    counterexamples: [
      'The minister who negotiated Tokyo’s pact with Washington sits in the cabinet.',
      '"We negotiated in good faith and stood our ground," the Korean minister told lawmakers.',
      'Kim negotiated with Lutnick for months before the tariff deal.',
      'Both sides negotiated for months before they struck the deal in July.',
      'The Korean team will negotiate in Washington next week.',
      'The levy on Korean cars had been negotiated down to 15% by then, officials said on Friday.',
    ],
  },
  {
    id: 'held.began',
    signal: 'talks_held',
    patterns: [`@begin^|start^|continue^ ~6 ${MEETING}`],
    ...TOLD_WITH_ITS_TIME,
    // A weekday, a date or a month: "began the second round on Tuesday".
    needs: ['counterpart', 'timed'],
    examples: [
      'Seoul and Washington began a second round of tariff talks on Tuesday in Washington.',
      'Korean and US negotiators started their technical consultations in Seoul on Monday.',
      'The two sides continued the trade negotiations in Geneva on Sunday, officials said.',
      'After the signing ceremony, Lee and Trump continued their discussions for about 40 minutes on Thursday.',
    ],
    counterexamples: [
      'Korea starts intense tariff talks in Washington',
      'Negotiators of the two governments have begun technical consultations on the fund, Seoul said.',
      'Korean officials were continuing talks with the US to seek a lower rate.',
    ],
  },
];
