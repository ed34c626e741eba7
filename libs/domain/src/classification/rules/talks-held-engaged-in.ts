import { HOME_MEETING_WORDS, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** Talks held, told by the sides that engaged in them on a day. */
export const TALKS_HELD_ENGAGED_IN_RULES: SignalRule[] = [
  {
    // "engaged in frank discussions in Washington on Friday": a round told by the sides taking part, on a day.
    id: 'held.engaged-in',
    signal: 'talks_held',
    patterns: [`@engage^ ~1 in ~5 ${MEETING}`],
    require: ['past'],
    needs: ['counterpart', 'anchored'],
    // "has engaged in sincere negotiations" tells a stance kept, not a round.
    unless: [...HOME_MEETING_WORDS, 'have/AUX', 'phone', 'call/NOUN', 'month', 'year'],
    confidence: 0.72,
    examples: [
      'Korean and US negotiators engaged in intensive talks in Seoul on Tuesday.',
      'Both delegations engaged in frank discussions in Washington on Friday.',
      'Seoul and Washington engaged in a fresh round of tariff talks on Monday.',
    ],
    counterexamples: [
      'Korea will engage in talks with the US on tariffs next week.',
      'Korea has engaged in patient talks with Washington over tariffs, officials said on Friday.',
      'Seoul is ready to engage in discussions with Washington on the fund.',
      'Yeo engaged in months of negotiations with Greer before the deal was struck on Friday.',
    ],
  },
];
