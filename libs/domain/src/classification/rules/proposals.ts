import type { SignalRule } from './types';

/** Offers, proposals and demands put on the table. */
export const PROPOSAL_RULES: SignalRule[] = [
  {
    id: 'proposal.demand',
    signal: 'proposal',
    patterns: [
      '@demand|insist ~5 MONEY|cash|investment|payment|concession|access|on|that|more',
      '@urge|press|ask|request ~3 PARTY|seoul|korea|washington ~3 to ~2 submit|accept|offer|open|invest|make|lower|cut|exempt|remove|reverse|revise|lift|scrap|drop|eliminate|implement|reconsider|withdraw',
      '@propose|pledge ~4 MONEY|swap|partnership|cooperation|fund|investment|package|plan|elimination|cut|rate|RATE',
      // Asking that the other side give something: "requested that Seoul lift its ban on beef".
      '@request|ask|urge|demand ~2 that ~4 lift|accept|open|expand|buy|purchase|invest|lower|cut|remove|scrap|drop|ease|allow',
      // Pressing for a concession, not for an outcome ("pushing for looser rules on beef imports").
      '@push|press ~1 for ~6 import|access|purchase|opening|concession',
    ],
    forbid: ['hedged', 'perfect'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'Lutnick demanded that Seoul pay the $350 billion in cash, officials said.',
      'Korea proposed a currency swap line to the U.S. Treasury during the talks.',
      'Greer urged Korea to submit its best final offer before the deadline.',
      'Seoul asked the Trump administration to reverse the 25% tariff on Korean cars.',
      'The trade minister urged Washington on Monday to implement the agreed tariff cut swiftly.',
      'The US requested that South Korea lift its ban on American beef from older cattle.',
      'Washington asked that Seoul open its rice market further, officials said on Monday.',
      'U.S. negotiators urged that Korea accept more American cars under its safety rules.',
      'The US is pushing for looser rules on American beef imports in the tariff talks with Korea.',
      'Washington pressed for wider access to Korea’s rice market during the talks on Friday.',
      'US negotiators are pushing for more Korean purchases of American LNG, officials said.',
    ],
    counterexamples: [
      'Korea may propose a currency swap to the U.S. if the talks stall.',
      'The U.S. did not demand more concessions from Korea, the ministry said.',
      'Trump has insisted that the money from Korea be paid upfront.',
      'The talks will settle how to execute Seoul’s pledged $350 billion investment package with the U.S.',
      'Korea asked that the next round of talks with the U.S. be held in Seoul.',
      'Korea is pushing for a deal with Washington before the Aug. 1 deadline.',
    ],
  },
  {
    id: 'proposal.offer',
    signal: 'proposal',
    patterns: [
      '@offer|propose|present|submit|send|deliver|table|make|unveil|put|pitch|hand ~5 proposal|offer|plan|package|concession|counterproposal|counteroffer|counter-proposal|counter-offer|counter|draft|list|swap',
      '@proposal|offer|counterproposal ~5 present|submit|send|deliver|table|make',
      // An offer turned down was an offer made.
      '@proposal|offer|counterproposal ~10 be ~2 reject|rebuff|dismiss|refuse|decline',
      '@proposal|offer|counterproposal ~10 be ~2 turn ~1 down',
      '@demand|press|push|ask ~4 concession|access|open',
      '@propose|offer ~3 to ~3 invest|buy|purchase|cut|lower|open|fund',
      '@propose|offer|pledge ~2 buy|purchase|invest|import|open|cut|lower|build|increase|establish|create|set',
      // Offering a rate or a purchase: "offers zero tariffs on US goods", "offers a boost in US purchases".
      '@offer ~4 zero|zero-for-zero|RATE|MONEY|tariff|purchase|boost|investment|fund|access|elimination|removal|reduction',
    ],
    forbid: ['hedged'],
    needs: ['counterpart'],
    confidence: 0.72,
    examples: [
      'Korea offers zero tariffs on US goods as the talks with Washington open.',
      'Seoul is offering Washington a boost in US energy purchases, the ministry said on Monday.',
      'Korea offered a 0% rate on American cars during the talks with Lutnick on Friday.',
      'South Korea presented a revised trade proposal to the U.S. side on Thursday.',
      'Washington demanded further concessions on rice and beef from Seoul.',
      'Korea offered to invest $100 billion in U.S. shipbuilding as part of the talks.',
      'Seoul has proposed establishing a currency swap line with the U.S. Treasury.',
      'The Korean team presented its counterproposal to the latest U.S. requests on Friday.',
      'Her proposal for a 10% tariff rate on Korean goods was rejected by U.S. officials.',
      'Seoul’s offer of $350 billion in investment was turned down by Washington on Friday.',
      'The Korean counterproposal was rebuffed by Lutnick, officials said.',
      'Korea pitched a shipbuilding cooperation package to US negotiators on Thursday.',
      'Korea offers $100 billion shipbuilding fund to US',
      'Seoul offered a $150 billion fund for US shipyards during the talks on Friday.',
      'Korea is offering the US $350 billion in investment, officials said on Monday.',
      'Seoul on Monday handed Washington a new offer that includes more US energy purchases.',
      'Seoul made a counteroffer to Washington on Friday on the investment fund.',
      'Korea submitted a counter-proposal to the US side on Thursday, officials said.',
      'Seoul pitched a new investment plan to Washington on Monday.',
      'Korea offers zero-for-zero tariffs on industrial goods to the US',
      'Korea offered zero-for-zero tariffs on cars during the talks with Washington on Friday.',
    ],
    counterexamples: [
      'Korea will not offer zero tariffs on US rice, the minister told Greer.',
      'Korea will present a new proposal to the U.S. next week.',
      'Korea may offer more concessions if the talks with Washington stall.',
      'Korea did not make any new offer to the U.S., the ministry said.',
      // Pushing or asking "for" an outcome is the goal of the talks, not an offer or a demand on the table.
      'Negotiators in Seoul and Washington are pushing for a more lasting solution.',
      'Korea asked for more time to study the U.S. position before the next round.',
      'Both sides pressed for an early conclusion of the tariff talks on Friday.',
      'Korea’s proposal could be rejected by the U.S. if it does not add more investment.',
    ],
  },
  {
    // "Calling for" an end to the tariffs is a demand made at the table; "call" alone is a hedge word.
    id: 'proposal.call-for',
    signal: 'proposal',
    patterns: [
      '@call ~2 for ~4 elimination|removal|reduction|cut|exemption|withdrawal|reversal|lowering|scrapping',
    ],
    allow: ['hedged'],
    forbid: ['pluperfect'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'Yeo called for the elimination of U.S. tariffs on Korean cars during the talks on Friday.',
      'At the meeting with Lutnick, Korea called strongly for a reduction of the 25% tariff.',
      'Seoul is calling for an exemption from the U.S. steel tariffs, the ministry said.',
    ],
    counterexamples: [
      'Korea had called for the removal of the tariffs in April.',
      'Korea did not call for the elimination of U.S. tariffs, the ministry said.',
      'Korea could call for a reduction of the tariffs if talks resume.',
    ],
  },
];
