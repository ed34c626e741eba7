import { MET_UNLESS, MET_UNLESS_OBJECT } from './talks-held-met-unless';
import type { SignalRule } from './types';

/**
 * Talks held, told by the verb "negotiate" with the time of the round. Without a time the verb tells the negotiation
 * at large: who negotiated the deal, how a side negotiated ("in good faith", "at a higher rate").
 */
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
    require: ['past'],
    forbid: ['progressive', 'standing'],
    needs: ['counterpart', 'anchored'],
    unless: MET_UNLESS,
    unlessObject: MET_UNLESS_OBJECT,
    confidence: 0.8,
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
];
