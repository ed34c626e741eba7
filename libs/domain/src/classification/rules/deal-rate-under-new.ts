import { DEAL } from './vocabulary';
import type { SignalRule } from './types';

/** A deal reached, reported with the rate it sets: a rate under a new deal. */
export const DEAL_RATE_UNDER_NEW_RULES: SignalRule[] = [
  {
    // A rate set "under a new agreement", "in latest deal": the deal reported with the rate it sets, which is
    // told in the future ("will pay", "would impose") though the deal is made.
    id: 'deal.rate-under-new',
    signal: 'deal_reached',
    patterns: [`RATE ~12 under|in a|an|the|its|his|their? new|latest trade|tariff? @${DEAL}`],
    allow: ['future', 'hedged'],
    // A new deal hoped for, wanted or still sought is not made.
    unless: ['hope', 'want', 'seek', 'aim', 'any', 'push', 'propose', 'expect', 'if'],
    needs: ['counterpart'],
    confidence: 0.75,
    examples: [
      'Trump said on Tuesday the US would charge Korean products a 15 percent duty under a new agreement with Seoul.',
      'Trump sets 15% tariff on Korean goods in latest deal',
      'Korean cars will pay a 15% levy under the new trade deal with Washington, a US official said on Monday.',
    ],
    counterexamples: [
      'Seoul hopes to pay a 15% tariff under a new deal with Washington.',
      'Korea wants a 15% rate in any new agreement with the US, Yeo said.',
      'Seoul is pushing for a 10% levy in a new trade deal with Washington.',
    ],
  },
];
