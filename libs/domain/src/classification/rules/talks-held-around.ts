import { HOME_MEETING_WORDS, MEETING, STILL_TO_COME } from './vocabulary';
import type { SignalRule } from './types';

/** A round held, read from what surrounds it: a trip for talks, talks that failed, a deal struck at a meeting, what came after one. */
export const TALKS_HELD_AROUND_RULES: SignalRule[] = [
  {
    id: 'held.talks-failed',
    signal: 'talks_held',
    patterns: [`${MEETING} ~6 @fail|collapse|break ~3 to|down|without|over`],
    allow: ['subordinate'],
    needs: ['counterpart'],
    confidence: 0.7,
    examples: [
      'Switzerland was hit with the tariff on Thursday after last-minute talks with Washington failed to produce a deal.',
      'The negotiations between Seoul and Washington collapsed over the investment fund on Friday.',
      'Talks with the U.S. broke down over rice and beef, Korean officials said.',
    ],
    counterexamples: [
      'Talks with the U.S. could fail if Washington insists on cash.',
      'The talks with Washington had failed in 2019.',
    ],
  },
  {
    id: 'held.in-capital',
    signal: 'talks_held',
    patterns: [
      '@be|remain|stay in ~3 for ~6 talk|negotiation|push|consultation|meeting|round',
      // "have been in Kuala Lumpur since Sunday to finalise the text": there, at the table, since a day.
      '@be|remain|stay in ~3 since ~3 to ~1 negotiate|finalise|finalize|discuss|hammer|work|conclude',
      // There on a day to meet: "was in Washington on Tuesday to hold talks with his US counterparts".
      '@be|remain|stay now|still? in ~5 to ~1 hold|negotiate|meet|discuss|continue|finalise|finalize ~4 talk|negotiation|meeting|consultation|with|counterpart|PARTY|lutnick|greer|bessent',
    ],
    needs: ['anchored', 'counterpart'],
    // "is in a position to hold talks" is able to, not there.
    unless: ['position'],
    confidence: 0.66,
    examples: [
      "South Korea's top economic ministers are in Washington this week for a final push to clinch a tariff deal with the U.S.",
      'Korean negotiators are in Washington for a third day of tariff talks with US officials.',
      'The US trade team is in Seoul this week for consultations on the tariff package.',
      'Korea’s trade minister remains in Washington this week for a fourth round of negotiations with US officials.',
      'US negotiators have been in Seoul since Sunday to finalise the wording of the agreement with Korea.',
      'Korea’s trade team has been in Washington since Monday to negotiate the fund with Lutnick.',
      'Korean officials have been in Washington since Tuesday to hammer out the details with US negotiators.',
      'The Korean delegation stayed in Washington on Monday for more talks with Lutnick.',
      'Yeo was in Washington on Tuesday to hold talks with his US counterparts on the fund.',
      'Korea’s trade minister is in Washington this week to negotiate with Greer on the tariff terms.',
      'Kim was in the US capital on Friday to meet Lutnick for a seventh round.',
    ],
    counterexamples: [
      'Korean officials will be in Washington next week for talks with the US.',
      'Korean officials were in Washington in May for talks with the US.',
      'Korean officials will stay in Washington next week for another round with the US.',
      'Yeo was in Washington in March to hold talks with Greer.',
      'Korea is now in a position to hold talks with Washington on the fund.',
    ],
  },
  {
    // A round named by the participle with its recent day: "at the talks held in Seoul on Monday".
    id: 'held.named-held',
    signal: 'talks_held',
    patterns: [`${MEETING} ~2 @hold^ ~6 DATE|week|weekend|yesterday|today`],
    allow: ['attributive'],
    needs: ['counterpart', 'anchored'],
    unless: ['next', 'upcoming'],
    confidence: 0.7,
    examples: [
      'Tariffs topped the agenda of the talks held in Seoul on Monday between Yeo and Greer.',
      'In the meeting held with Lutnick on Friday, Kim pressed for a lower auto tariff.',
      'Korea pressed for a lower rate during the two-day consultations held with US officials in Washington this week.',
    ],
    counterexamples: [
      'The talks to be held in Seoul next week will focus on autos.',
      'The meeting held with Lutnick in May set the tone for the fund.',
      'Korea will raise autos at the upcoming talks held in Washington on Friday.',
    ],
  },
  {
    id: 'held.in-talks',
    signal: 'talks_held',
    patterns: [
      // Under way at a place: a round sitting now. "Negotiations are under way with Washington" is the negotiation.
      `@talk|negotiation|meeting ~7 be ~2 under|underway|ongoing ~4 in|at`,
      // ... or begun there: "talks on the first tranche got under way in New Delhi on Tuesday".
      `@talk|negotiation|meeting|round ~12 get^ ~1 under|underway ~4 in|at`,
      // A round held at a place, after a long subject: "a fresh round of talks between the two sides was held in Hanoi".
      `${MEETING} ~14 be ~1 @hold^ ~2 in|at`,
    ],
    allow: [],
    // "Talks are ongoing" with no time is the state of the negotiation, not a round taking place.
    needs: ['counterpart', 'anchored'],
    confidence: 0.7,
    examples: [
      'Negotiations between Seoul and Washington are under way in Washington this week.',
      'Talks between the two delegations are ongoing at the Commerce Department on Tuesday.',
      'Negotiations with Greer were under way in Geneva on Sunday, officials said.',
      'Seoul’s tariff talks with Washington got under way in Geneva on Monday.',
      'The second round of talks with the US on the fund got underway at the Commerce Department on Tuesday.',
      'A new round of the levy negotiations between Seoul and the US side was held in Washington this week.',
      'The last session of the consultations with Greer’s team was held at the USTR on Friday.',
      'Fresh consultations between the two governments’ trade teams were held in Seoul this week.',
      'Talks between the Korean and American trade teams on the auto levy got under way at the USTR on Monday.',
    ],
    counterexamples: [
      'The minister on Monday stressed the role of farm goods in the tariff talks with Washington.',
      'Seoul decided on Friday not to use rice as a bargaining chip in negotiations with the US.',
      'Kim spoke on Tuesday about the progress made in talks with the US.',
      'Trade talks between the two countries are still under way, with each side stressing a mutually beneficial agreement.',
      // Negotiations under way with the other side, at no place: the negotiation at large.
      'Ramaphosa said on Friday that intensive negotiations are under way with Washington.',
      'Korea’s minister confirmed on Monday that negotiations are underway with the US on the fund.',
      'Talks with the US are ongoing, Yeo said on Tuesday, adding that a deal was near.',
      // Being in talks is the negotiation at large, as shared/news labels it, even in a week named.
      'Seoul is currently in intensive negotiations with Washington this week, officials said on Monday.',
      'Seoul has been in negotiations with the US side all week, the ministry said on Friday.',
      'Seoul and Washington are in talks with each other on a tariff package this week, officials said.',
      'Korea is not in talks with Washington on currency, the ministry said.',
      'Negotiations with the US could be under way by next month.',
      'Since April Korea had been in talks with Washington.',
      'The next round of the talks with the US will be held in Seoul next week.',
      'Talks with the US could get under way in Geneva next month.',
    ],
  },
  {
    // A deal sealed at a summit or a round of talks tells that the meeting took place.
    id: 'held.deal-at-meeting',
    signal: 'talks_held',
    patterns: [
      // The verbs: "a first sign of movement in the talks" signs nothing.
      `@reach^|strike^|clinch^|seal^|finalize^|finalise^|sign^|conclude^|agree^|unveil^|announce^ ~8 at|during|in ~3 ${MEETING}|visit`,
      // Terms settled at the meeting: "hammered out the text during the meeting in Seoul".
      `@work^|hammer^ ~1 out ~8 at|during|in ~3 ${MEETING}|visit`,
    ],
    require: ['past'],
    needs: ['counterpart', 'anchored'],
    // What was announced "in talks" may be their end: "announced the breakdown in talks".
    unless: [
      'phone',
      'call/NOUN',
      'press/NOUN',
      'briefing',
      'virtual',
      'video',
      'breakdown',
      'collapse',
      'halt',
      'deadlock',
      'impasse',
      'stalemate',
      'suspension',
      // Agreeing to engage, take part or join in talks agrees to the talks themselves.
      'engage',
      'participate',
      'part',
      'join',
    ],
    confidence: 0.72,
    examples: [
      // Terms worked out at the meeting.
      'The pact’s last terms got worked out at a meeting between Lee and Trump at the White House.',
      'Yeo and Lutnick worked out the details at the talks in Washington on Friday.',
      'The two sides hammered out the text during the meeting in Seoul on Monday.',
      // "in" talks as "at" or "during" them.
      'Korea and the US reached a framework agreement in talks in Washington on Friday.',
      'Seoul and Washington clinched the deal in negotiations in London this week.',
      'The two sides agreed on the tariff cut in a meeting between Yeo and Greer on Tuesday.',
      'Lee and Trump finalised their trade deal at the Gyeongju summit on Wednesday.',
      'The two sides reached the agreement during talks with Lutnick in Washington on Friday.',
      'Trump signed the tariff pact with Korea during his visit to Seoul on Thursday.',
      'Seoul and Washington sealed the deal at a meeting between Yeo and Greer this week.',
    ],
    counterexamples: [
      'Officials will work out the details at the talks in Washington next week.',
      // "sign" the noun.
      'Officials saw a first sign of a thaw in the negotiations with Washington on Friday.',
      'The week brought a first sign of movement in the talks with Lutnick.',
      'Markets took the sign of goodwill at the meeting with Greer on Monday as a good omen.',
      'Korea and the US agreed in principle on Friday to cut tariffs.',
      'Korea and the US agreed on the deal in a phone call between Lee and Trump on Monday.',
      'Lee and Trump hope to finalise their trade deal at the Gyeongju summit next week.',
      'Trump is expected to sign the deal with Korea at the APEC summit on Friday.',
      'Korea and the US agreed on the deal during a phone call between Lee and Trump on Monday.',
      'Yeo and Greer announced the deal at a press briefing in Seoul on Tuesday.',
      'Greer announced a sudden breakdown in talks with Korea on Friday.',
      'Seoul announced a halt in negotiations with Washington on Monday.',
      'Greer announced a deadlock in the talks with Korea on Tuesday.',
      'Korea announced an impasse in its tariff negotiations with the US on Monday.',
      'Korea agreed to engage in tariff negotiations with Washington on Monday.',
      'Seoul agreed on Friday to take part in negotiations with Washington.',
      'Korea agreed to participate in talks with the US on Tuesday.',
    ],
  },
  {
    // "The deal was announced after talks in Washington on Monday": the talks are reported in the clause
    // that dates them, a subordinate one.
    id: 'held.after-meeting',
    signal: 'talks_held',
    patterns: [
      // "after a meeting between both leaders": a meeting between two names both sides, whoever they are.
      `@after|following ~4 ${MEETING} ~8 PARTY|counterpart|lutnick|greer|bessent|DATE|weekend|in|at|between`,
      // Back from the talks: "after returning from the fifth round of negotiations in Washington".
      `@return^ ~1 home? ~1 from ~5 ${MEETING}`,
      // ... or fresh from them: "fresh off two days of talks with Lutnick, Kim said ...".
      `@fresh ~1 from|off ~5 ${MEETING}`,
      // The meeting over: "after the hour-long session ended, nobody spoke of tariffs".
      `@after|when ~5 ${MEETING} ~4 end^|conclude^|finish^|wrap^`,
    ],
    allow: ['subordinate', 'nonfinite'],
    needs: ['counterpart', 'anchored'],
    // A meeting still to come, called off or halted ("after the talks set for Thursday were scrapped";
    // "after Trump suspended discussions") is not one held.
    unless: [
      ...STILL_TO_COME,
      'month',
      'year',
      // "after protracted negotiations": the months of talks behind a deal, not a round held.
      'protracted',
      'prolonged',
      'phone',
      'call/NOUN',
      ...HOME_MEETING_WORDS,
      // A session at home that happens to come before a remark: "said after a panel at a symposium".
      'panel',
      'symposium',
      'planned',
      'slate',
      'suspend',
      'halt',
      'scrap',
      // "following previous talks in London and Geneva": earlier rounds named as background.
      'previous',
      'previously',
      'prior',
    ],
    confidence: 0.72,
    examples: [
      // Back from the talks.
      'Kim briefed reporters on Monday after returning from the fifth round of negotiations in Washington.',
      'Kim returned from the talks in Washington on Sunday.',
      'Returning from two days of negotiations with Lutnick, Kim briefed Lee on Monday.',
      // Fresh from the talks.
      'Fresh from his Oval Office talks with Trump, Lee told Korean reporters the deal was close.',
      'Fresh off two days of talks with Lutnick, Kim said the gaps had narrowed.',
      'Yeo, fresh from his meeting in Washington with Greer, briefed lawmakers on Monday.',
      'The agreement was reached after a meeting between Yeo and Greer on Monday in Washington.',
      // A meeting between two, whoever they are named as.
      'The joint statement was issued after a private meeting between the two leaders.',
      'Seoul announced the fund terms after a two-hour meeting between the finance chiefs of both countries.',
      'Seoul softened its rice stance right after a tense session between the two delegations.',
      'Trump announced the deal on Wednesday following talks at the White House with the Korean delegation.',
      'The statement came after two days of negotiations with Lutnick in Washington this week.',
      // Pressing for something at the meeting is no press conference.
      'Korea reached the deal on Friday after a meeting with Greer in which Yeo pressed for a cut.',
      'The two sides struck the deal after talks with Lutnick on Monday where Kim pressed his case.',
      // The meeting over.
      'After the hour-long session ended, Trump’s aides gave no word on whether the tariff on Korean cars would fall.',
      'When the talks wrapped up late on Friday, Kim told reporters that the gaps with Washington had narrowed.',
      'After the negotiations concluded, Yeo flew home to brief Lee on what Washington had offered.',
      'Korea’s delegation left the Commerce Department after the long round of talks finished, officials said.',
    ],
    counterexamples: [
      'Korea and the US signed the pact following protracted negotiations, Korean officials said.',
      'The accord with Washington was sealed after prolonged talks over the fund, Seoul said on Friday.',
      'Following protracted consultations with the US, Korea announced the fund terms on Monday.',
      'Kim will return home from the talks with Lutnick next week.',
      // Earlier rounds named as background.
      'The Seoul meeting is the third round, following previous talks with Greer in Washington and Geneva.',
      'The deal comes after previous rounds of talks with Lutnick in Washington.',
      'Yeo meets Greer again on Friday, after prior negotiations with the US in Geneva.',
      'The fund terms Seoul previously described after talks with Lutnick still hold, Kim said.',
      'The deal the ministry previously explained following negotiations in Washington is unchanged.',
      'Korea sticks to the terms its negotiators previously set out after the talks in Washington.',
      // A session at home before a remark.
      'Yeo said after a panel session at a trade forum in Seoul that the talks would go on.',
      'Kim told reporters after a session at a chip symposium in Seoul on Friday that the talks would go on.',
      'Akazawa told reporters after a panel meeting at an economic forum in Tokyo that the tariff talks would go on.',
      'Yeo said after a session at an industry symposium in Busan on Thursday that the tariff talks would continue.',
      'Lee spoke after a meeting at a trade symposium in Seoul on Friday, saying the talks would go on.',
      'The deal came after months of negotiations between Seoul and Washington.',
      'Kim will fly home after the meeting with Lutnick next week.',
      'Lee spoke to Trump after a phone call with American officials on Monday.',
      'Lutnick met Kim on Friday after the talks with Korea scheduled for Thursday were postponed.',
      'Kim flew home on Friday after the talks with Lutnick set for Thursday were scrapped.',
      'Korean stocks fell on Monday after Trump suspended the negotiations with Seoul over the digital tax.',
      'Seoul protested on Thursday after Washington halted the talks with Korea in Geneva.',
      'Kim will brief reporters when the talks with Lutnick conclude next week.',
      // The verb is the main clause's: the talks come before what was expected of them.
      'After the last negotiations, the two delegations were expected to conclude a Korea–US text with Lutnick.',
      'After the trade talks ended in a deal last spring, Korean exports to the US rose for a year.',
    ],
  },
];
