import type { BehaviourCase } from '../harness';
import { fromSentences } from '../harness';

/** Deals and tariffs of other partners, and the partner's own duties on US goods. */
export const SENTENCES_OTHER_PARTNERS: BehaviourCase[] = [
  ...fromSentences('other partners as the subject', 'Korea-US tariff negotiations', '2025-07-24', 'lacks', [
    [
      'Japan and Vietnam have struck tariff deals with Washington, while Korea is still negotiating.',
      ['deal_reached'],
    ],
    [
      'After Vietnam reached a trade deal on Tuesday, Korean officials flew to Washington for talks.',
      ['deal_reached'],
    ],
    // The partner's possessive after the list belongs to an apposition, not to the list.
    [
      'Washington has sealed tariff pacts with Japan and the EU, Seoul’s main rivals in cars.',
      ['deal_reached'],
    ],
    [
      'The White House inked deals with Vietnam and Indonesia, Seoul’s export rivals, last week.',
      ['deal_reached'],
    ],
    [
      'Washington reached accords with the EU and Japan, South Korea’s competitors, in July.',
      ['deal_reached'],
    ],
    ['Trump clinched deals with Britain and Japan, Seoul’s rivals, on Tuesday.', ['deal_reached']],
  ]),
  // The partner's own duties on US goods, and US tariffs on another partner's goods, are no US tariff on Korea's.
  ...fromSentences(
    'tariffs on goods that are not the partner’s',
    'Korea-US tariff negotiations',
    '2025-08-06',
    'lacks',
    [
      [
        'Korea will remove duties on nearly every tariff line for US imports, the minister said on Monday.',
        ['tariff_reduced'],
      ],
      [
        'Korea has agreed to lower import duties on 90% of tariff lines for American imports.',
        ['tariff_reduced'],
      ],
      [
        'Seoul has agreed to remove duties on 99% of tariff lines for U.S. products, Yeo said.',
        ['tariff_reduced'],
      ],
      [
        'Korean exporters grew wary as Washington on Tuesday slapped 25% duties on Indian goods and 50% on Brazilian ones.',
        ['tariff_imposed'],
      ],
      [
        'Seoul fears more as Washington on Friday slapped 40% tariffs on Brazilian coffee.',
        ['tariff_imposed'],
      ],
      [
        'Korean carmakers fear more as Washington on Thursday imposed 35% tariffs on Mexican cars.',
        ['tariff_imposed'],
      ],
    ],
  ),
];
