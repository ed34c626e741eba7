import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Probe sentences with their exact signals, rates and deadlines. */
export const SENTENCES_PROBES: BehaviourCase[] = [
  ...fromSentences('probe sentences', 'Korea-US tariff negotiations', null, 'exact', [
    [
      '2025-07-28',
      'Korea, US to hold last-ditch talks this week before tariff deadline',
      ['talks_scheduled'],
      null,
      [],
    ],
    [
      '2025-07-28',
      'Kim Jung-kwan arrived in Washington on Sunday for last-ditch tariff talks with Lutnick.',
      ['talks_scheduled'],
      null,
      [],
    ],
    [
      '2025-07-31',
      'Seoul and Washington have now agreed to a tariff deal, Trump posted on Truth Social.',
      ['deal_reached'],
      null,
      [],
    ],
    [
      '2025-07-31',
      'Under the deal, Washington will charge Korean goods a 15 percent tariff, instead of the 25 percent it had threatened.',
      ['tariff_reduced'],
      null,
      [15, 25],
    ],
    [
      '2025-08-02',
      'Trump on Thursday signed an executive order that sets Korea’s tariff at 15 percent.',
      ['tariff_imposed'],
      null,
      [15],
    ],
    [
      '2025-08-07',
      'A 15 percent US tariff on Korean goods went into effect on Thursday.',
      ['tariff_imposed'],
      null,
      [15],
    ],
    [
      '2025-09-15',
      'Seoul and Washington remain at odds over how the $350 billion fund will be structured.',
      ['no_breakthrough'],
      null,
      [],
    ],
    [
      '2025-10-10',
      'Korea and the US are close to a deal on the investment package, a senior official said on Friday.',
      [],
      null,
      [],
    ],
    [
      '2025-07-25',
      "The US postponed the 2+2 meeting scheduled for Friday, citing Bessent's schedule.",
      ['talks_cancelled'],
      null,
      [],
    ],
    [
      '2025-07-20',
      'Korea has proposed buying more US liquefied natural gas as part of the ongoing tariff negotiations, officials said on Sunday.',
      ['proposal'],
      null,
      [],
    ],
    [
      '2025-07-20',
      'Lutnick demanded that Korea fully open its rice market, according to officials.',
      ['proposal'],
      null,
      [],
    ],
    [
      '2025-07-09',
      'Trump said on Tuesday there would be no extensions beyond Aug. 1 for Korea’s tariffs.',
      ['deadline_set'],
      '2025-08-01',
      [],
    ],
    [
      '2025-04-09',
      'Trump paused the reciprocal tariffs on Korea for 90 days on Wednesday.',
      ['deadline_extended'],
      null,
      [],
    ],
  ]),
  ...fromSentences('deadline probes', 'Korea-US tariff negotiations', null, 'exact-deadline', [
    [
      '2025-07-31',
      'The agreement brings the tariff on Korean cars down to 15 percent.',
      ['tariff_reduced'],
      null,
    ],
    [
      '2025-11-14',
      'Washington will exempt Korean aircraft parts from tariffs under the deal announced on Friday.',
      ['deal_reached', 'tariff_reduced'],
      null,
    ],
    [
      '2025-07-08',
      'The tariff hike on Korean goods was delayed until Aug. 1 to allow more time for talks, the White House said on Monday.',
      ['deadline_extended', 'deadline_set'],
      '2025-08-01',
    ],
    [
      '2025-07-08',
      'Trump on Monday gave Korea three more weeks, moving the tariff deadline to Aug. 1.',
      ['deadline_extended', 'deadline_set'],
      '2025-08-01',
    ],
    [
      '2025-05-12',
      'The 90-day pause of the reciprocal tariffs on Korean goods runs until July 8.',
      [],
      '2025-07-08',
    ],
    [
      '2025-07-07',
      'Trump said he would not extend the July 9 tariff deadline for Korea.',
      ['deadline_set'],
      '2025-07-09',
    ],
  ]),
  ...fromSentences('future deals are not deals', 'Korea-US tariff negotiations', '2025-08-01', 'no-deal', [
    'Korea and the US will sign the trade agreement at the summit next week.',
    'The two sides will seal the tariff deal when Lee visits Washington.',
  ]),
];
