import { COUNTER_WORDS } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs cut to nothing: zero tariffs or duty-free access granted for the partner's goods. */
export const TARIFF_ZERO_GRANTED_RULES: SignalRule[] = [
  {
    // "grants zero tariffs on 1,500 Korean products", "secured duty-free access for Korean parts": a rate cut to nothing.
    id: 'tariff.zero-granted',
    signal: 'tariff_reduced',
    // On or for the partner's goods: access "to Korea's market" is what the US wins from the partner.
    patterns: [
      '@grant|give|provide|offer|secure|win|obtain|gain|allow ~5 zero|free ~2 tariff|duty|access|treatment|rate|entry ~1 on|for ~3 PARTY',
    ],
    allow: ['future'],
    // A cut told away from the lead, with no time near publication and no day to come, is the story's background.
    needs: ['mainParty', 'current'],
    // Asked for, or a market the partner opens to US goods, is no cut of the US tariff.
    unless: ['seek', 'request', 'press', 'urge', 'demand', 'want', ...COUNTER_WORDS],
    confidence: 0.7,
    examples: [
      'The deal grants zero tariffs on 1,500 Korean products, the ministry said on Friday.',
      'Under the pact, Washington will give duty-free access for Korean aircraft parts.',
      'Seoul secured tariff-free treatment for Korean generic drugs in the agreement signed on Friday.',
    ],
    counterexamples: [
      'Korea will grant zero tariffs on US cars under the deal, the White House said.',
      'Seoul is seeking duty-free access for its aircraft parts, officials said on Friday.',
      'Korean exporters urged the government to win tariff-free treatment for Korean steel.',
      'The US wins zero-tariff access to Korea’s market under the deal, Trump said on Friday.',
      'Washington gained duty-free entry to the Korean market for its beef on Monday.',
    ],
  },
];
