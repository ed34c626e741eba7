import type { SignalRule } from './types';
import { SECURITY_TALKS, SETTLED } from './vocabulary';

/** Issues the two sides have still to settle: the talks go on without a breakthrough. */
export const OPEN_ISSUES_RULES: SignalRule[] = [
  {
    // "some points are still to be settled", "the remaining points", "several issues still need
    // coordination", "they continue to disagree on the fund": what is left open, told as it stands now.
    id: 'no-breakthrough.open-issues',
    signal: 'no_breakthrough',
    patterns: [
      'there ~1 be|remain ~1 still ~5 @issue|point|gap|difference|disagreement|matter|question',
      'still ~2 @gap|difference|disagreement',
      'remaining ~2 @issue|point|gap|difference|question|obstacle',
      '@issue|point|matter|question ~2 still? ~1 require|need ~3 coordination|review|talk|discussion|negotiation|work',
      '@continue^ ~1 to ~1 disagree|differ|clash|wrangle|spar',
      'still ~1 @disagree^|differ^',
    ],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    // Issues resolved, settled or overcome are the opposite; the alliance's or the troops' issues are another table's.
    unless: [...SETTLED, ...SECURITY_TALKS],
    confidence: 0.7,
    examples: [
      'Korea and the US agreed on most points, but there are still some issues to iron out, Yeo said on Monday.',
      'There were still wide gaps between Seoul and Washington over the fund, officials said.',
      'Officials said the still large differences between the two sides on rice were the main obstacle.',
      'Kim told reporters the remaining gaps with Washington were about the cash share.',
      'The remaining differences with the US are over the fund, Yeo said on Friday.',
      'Yeo said several issues still need further talks with the US side.',
      'Seoul and Washington continue to disagree on how the fund will be paid, officials said.',
      'Seoul and Washington continued to clash over the cash share this week, officials said.',
      'Korean and US negotiators continue to wrangle over rice, the ministry said on Monday.',
      'Korea and the US still differ on the size of the cash share, the ministry said on Friday.',
    ],
    counterexamples: [
      'The remaining issues with Washington were resolved at Friday’s meeting.',
      'Korea and the US had still differed on the fund in April.',
      'There are still issues over the troop costs with Washington, the defence ministry said.',
      'Exporters still need more support from the government, the ministry said.',
    ],
  },
];
