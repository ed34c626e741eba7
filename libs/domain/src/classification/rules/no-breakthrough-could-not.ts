import { DEAL, SECURITY_TALKS } from './vocabulary';
import type { SignalRule } from './types';

/** Sides that could not agree, and talks called stalled. */
export const NO_BREAKTHROUGH_COULD_NOT_RULES: SignalRule[] = [
  {
    // "could not agree": the modal is the past of "cannot", part of the wording, not a hedge on it.
    id: 'no-breakthrough.could-not',
    signal: 'no_breakthrough',
    patterns: [
      'could|can ~1 not ~2 @agree|settle|bridge|resolve|narrow|close',
      // "No agreement could be reached": the negation on the noun.
      `no ~2 ${DEAL}|consensus|compromise ~4 could|can ~1 be ~1 @reach|strike|find|agree`,
      // "did not narrow their differences", "failed to agree on the details", "have been unable to agree".
      'do ~1 not ~2 @narrow|bridge|close ~3 gap|difference|divide|disagreement',
      '@fail|unable ~1 to ~2 agree|settle ~3 on|over|term|difference',
      // "did not agree on the conditions for steel", "have not agreed the terms".
      'do|have ~1 not ~2 @agree^ ~3 on|over|condition|term|detail',
    ],
    allow: ['hedged', 'negated'],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'Seoul and Washington did not agree on the conditions for Korean steel, officials said.',
      'Korea and the US have not agreed the terms for the fund yet, Yeo said.',
      'The two sides did not agree on the details of the rice quota at Friday’s round.',
      // One wording more per pattern, so each has three of its own.
      'Korea and Washington failed to agree on the fund’s terms at the talks on Friday.',
      'Negotiators were unable to agree over rice during the meeting with Greer.',
      'Seoul and Washington failed to settle their differences on autos on Monday.',
      'No agreement could be reached at the talks with Trump, the Swiss president said on Friday.',
      'No compromise on the fund could be found during Monday’s meeting with Lutnick.',
      'No consensus could be reached on autos at the talks with Greer on Monday.',
      'Negotiators did not bridge the gap on rice during the talks with the US.',
      'The two sides did not close their differences over the fund, officials said.',
      'The two countries have been largely unable to agree on the terms of the investment.',
      'US and Korean officials failed to agree on the fund’s details.',
      'The two sides did not narrow their differences at Monday’s talks.',
      'The two sides could not agree on the size of Korea’s investment fund, officials said on Friday.',
      'Seoul and Washington could not settle their differences over autos during the talks.',
      'Negotiators could not bridge the gap on rice and beef, the ministry said on Friday.',
    ],
    counterexamples: [
      'If no agreement can be reached by Aug. 1, the tariff will rise.',
      'If both sides fail to agree on the fund, the tariff will rise.',
      'If the two sides could not agree, the 25% tariff would take effect.',
      'The two sides could not agree on autos in April but closed the gap in July.',
      'Nobody knows whether the two sides could not agree or did not try.',
    ],
  },
  {
    // Talks named as stalled: "the stalled negotiations with Washington", "long-stalled talks". Only after a determiner
    // or a hyphen, so a side that is "stalling the talks" is not read; talks resumed or revived are stalled no more.
    id: 'no-breakthrough.stalled-talks',
    signal: 'no_breakthrough',
    patterns: ['the|their|its|these|those|- ~1 @stall|deadlock|stalemate ~2np talk|negotiation|discussion'],
    // The participle describes the talks, so the clause reads it as attributive and non-finite.
    allow: ['attributive', 'nonfinite'],
    forbid: ['pluperfect', 'negated'],
    needs: ['counterpart'],
    unless: [
      'resume',
      'restart',
      'reopen',
      'revive',
      'restore',
      'unblock',
      'once',
      'previously',
      'formerly',
      'breakthrough',
      'labour',
      'labor',
      'union',
      'wage',
      'nuclear',
      ...SECURITY_TALKS,
    ],
    confidence: 0.68,
    examples: [
      'The long-stalled tariff negotiations between Seoul and Washington topped the agenda on Monday.',
      'Yeo arrives in Washington on Monday for the stalled talks with the US.',
      'The deadlocked tariff talks of Seoul and Washington turn on the fund, Yeo said.',
      'Officials in Seoul blamed the cash demand for the stalemated negotiations with Washington.',
      'Lutnick said on Friday that more cash was the key to the stalled tariff discussions with Korea.',
    ],
    counterexamples: [
      'Korea and the US resumed the stalled talks on Friday in Washington.',
      'The stalled tariff talks with Washington restarted on Monday.',
      'Yeo flew to Washington to revive the stalled negotiations with the US.',
      'Seoul accused Washington of trying to stall the talks over the fund.',
      'The once-stalled negotiations with Washington produced a deal on Friday.',
      'The stalled labour talks at Hyundai’s US plant resume on Monday.',
      'The stalled wage negotiations at the US plant of a Korean carmaker dragged on.',
    ],
  },
];
