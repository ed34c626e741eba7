import { HOME_MEETING_WORDS, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** Talks broken off or ending are no plan for talks ("terminating trade talks ... in response to Seoul’s plan"). */
const SET_FOR_UNLESS = [
  'cancel',
  'reschedule',
  'postpone',
  'scrap',
  // One side's own sessions: a cabinet or countermeasure meeting, a briefing, lawmakers, chief executives.
  ...HOME_MEETING_WORDS,
  'terminate',
  'end',
  'halt',
  'break',
  'shelve',
  'suspend',
  // "pulled out of a planned meeting": a withdrawal, not a plan.
  'pull',
  'withdraw',
  'skip',
  // Talks "set to conclude on Thursday" or "expected to continue" are under way, not planned.
  'conclude',
  'wrap',
  'finish',
  'continue',
  // ... and so are talks "slated to last into Sunday" or "expected to drag on": the length of talks under way.
  'last/VERB',
  'drag',
  // "as new talks open in Seoul": a new round opening now, not planned.
  'open',
  // "were called off"; calling something crucial or a meeting "called" for Friday is rare beside a plan.
  'call/VERB',
  // "have been pushed back", "was delayed": the plan moved, not made.
  'back/ADV',
  'delay/VERB',
];

/** Talks to come, told as set for a time, as the next round, or as a meeting being readied for. */
export const SCHEDULED_SET_FOR_RULES: SignalRule[] = [
  {
    // "another round of talks" is to come unless it is what was held: "held another round on Tuesday" reports it.
    id: 'scheduled.next-round',
    signal: 'talks_scheduled',
    patterns: [
      // The meeting named by the phrase itself, not a verb after another noun ("another agreement after meeting Xi").
      '@next|another|fresh|new ~2np talk|negotiation|meeting|consultation|summit',
      '@next|another|fresh|new round|set|series of talk|negotiation|meeting|consultation',
      'talk|negotiation|meeting|consultation|summit ~5 @next|tomorrow|later',
    ],
    forbid: ['hedged'],
    needs: ['counterpart'],
    unless: SET_FOR_UNLESS,
    unlessObjectOf: ['hold', 'have', 'begin', 'start', 'attend'],
    confidence: 0.75,
    examples: [
      // Another meeting, or another round of them, planned.
      'Seoul is getting ready for another tough meeting with Lutnick on Friday.',
      'Officials are bracing for fresh talks with Washington in July.',
      'Korea plans new consultations with the US on the fund in August.',
      'Seoul and Washington scheduled another round of talks for next Tuesday.',
      'Lee announced another round of negotiations with Washington for August.',
      'The two sides agreed on another round of consultations in Washington in July.',
      'Korea and the US will hold another round of talks next week.',
      'Officials said they plan another round of talks with the US next week.',
      'Korea will hold another round of talks with Washington next week.',
      'Korea and the US agreed on Friday to hold another round of talks next week.',
      'Officials are preparing for next week’s talks with the US.',
    ],
    counterexamples: [
      // "another" or "new" describes another noun; the meeting after it is a verb, and past.
      'Seoul signed another accord after meeting US officials on Monday.',
      'Korea announced new investments after meeting Lutnick on Friday.',
      'Washington sent another letter after meeting Korean officials this week.',
      // A fresh round launched is one under way (held), not one planned.
      'Seoul and Washington launch into a fresh round of trade negotiations on Monday.',
      'Kim held another round of talks with Lutnick on Tuesday in Washington, the ministry said.',
      'Seoul and Washington began another round of negotiations on the fund on Friday.',
      'Yeo attended another meeting with Greer on Friday.',
      'The two sides have held a new round of consultations on autos this week, officials said.',
      // The talks a deadline is for: the time beside them is the deadline's.
      'Seoul is racing against the deadline for the tariff talks with Washington next month.',
      'Korean negotiators are bracing for the deadline of the negotiations with Washington next week.',
      'Officials are getting ready before the deadline for the Korea-US trade negotiations on the first day of next month.',
    ],
  },
  {
    // Readying for a meeting says it is ahead ("the two sides readied themselves for a key meeting on Sunday").
    id: 'scheduled.readying',
    signal: 'talks_scheduled',
    // Headlines tag "gear" and "brace" as nouns: no verb mark here.
    patterns: [`@prepare|brace|gear ~1 up? ~1 for ~4np ${MEETING}`],
    forbid: ['hedged'],
    needs: ['counterpart'],
    unless: SET_FOR_UNLESS,
    confidence: 0.75,
    examples: [
      'Seoul and Washington gear up for pivotal tariff meeting',
      'Korean negotiators are preparing for Thursday’s talks with Lutnick.',
      'Seoul is bracing for a tough round of negotiations with Greer next week.',
      'Korea prepares for next week’s meeting with Lutnick in Washington.',
      'On Saturday, Korean and US negotiators kept talking while the two sides prepared for a key meeting in Seoul.',
    ],
    counterexamples: [
      'Yeo had braced for a tough meeting with Greer, which went well on Monday.',
      'Months ago, Seoul prepared for the talks with Lutnick that ended in July.',
      'Korea braces for US tariffs as talks stall.',
    ],
  },
  {
    id: 'scheduled.set-for',
    signal: 'talks_scheduled',
    patterns: [
      // The verbs, not a "revised plan to" put at the talks.
      `${MEETING} ~7 set^|schedule^|slate^|plan^|due|expect^ ~2 for|to|on`,
      // The passive after a long subject: "a meeting between the two vice premiers has been set for this weekend".
      `${MEETING} ~16 be ~1 @set^|schedule^|slate^|arrange^ ~2 for`,
      // "A summit between Lee and Trump is expected later this month".
      `${MEETING} ~7 @set|schedule|slate|plan|due|expect ~1 later|next|this|early|soon`,
      // A stretch of time ahead instead of a day: "scheduled during the coming weeks", "planned within the next fortnight".
      `${MEETING} ~7 @set^|schedule^|slate^|plan^|expect^ ~1 in|over|within|during ~2 coming|next`,
      // "is due in Washington on Thursday for tariff talks": a negotiator expected at the talks.
      `@due|expect ~1 in ~6 for ~2 ${MEETING}`,
      // ... or who "will be in" the other side's capital for them.
      `will ~1 @be ~1 in ~8 for ~2 ${MEETING}`,
      // A meeting named as planned is the head itself: "ahead of the upcoming summit" has no verb of its own.
      'upcoming|planned ~2 @talk|negotiation|meeting|consultation|summit',
      // "ahead of Prabowo's meeting with Trump": a meeting still to come.
      'ahead ~1 of ~4 @talk|negotiation|meeting|consultation|summit ~2 with|between',
    ],
    forbid: ['hedged'],
    needs: ['counterpart'],
    unless: SET_FOR_UNLESS,
    confidence: 0.75,
    examples: [
      // The passive after a long subject.
      'A meeting between Finance Minister Koo and Treasury Secretary Bessent has been set for this weekend in Tokyo.',
      'A session of the two governments’ chief negotiators on the fund has been arranged for Friday.',
      'A round of consultations between the trade ministries of Korea and the US has been scheduled for Aug. 5.',
      'Korean firms signed deals on Friday ahead of President Lee’s meeting with Trump.',
      'Markets rose ahead of the summit between Lee and Trump.',
      'Shares climbed ahead of the meeting between Yeo and Greer.',
      'The next round of Korea-US tariff talks is scheduled for Aug. 5 in Washington.',
      'The summit between Lee and Trump is set for late October in Gyeongju.',
      // Readying for a meeting, or a meeting named by what it will be, says it is planned.
      'Markets rallied ahead of the upcoming summit between Lee and Trump next week.',
      'Korea prepares for the planned meeting with Lutnick on Friday.',
      'A summit between Lee and Trump is expected later this month.',
      'The next meeting of Korean and US negotiators is planned for early August.',
      'Talks between Yeo and Greer are scheduled next week in Washington.',
      'Korea’s trade minister is due in Washington on Thursday for tariff talks.',
      'Yeo is expected in Washington next week for a new round of negotiations with Greer.',
      'Korean negotiators are due in Washington tomorrow for the talks with the USTR.',
      // Who "will be in" a capital for the talks.
      'Kim will be in Seoul next Thursday for a sit-down meeting with Lutnick.',
      'The minister will be in Geneva from Monday for the negotiations with Greer.',
      'Yeo will be in Washington from Tuesday to Friday for tariff talks with his US counterparts.',
      // A stretch of time to come instead of a day.
      'Two more meetings with Greer are scheduled during the coming weeks, Yeo said on Monday.',
      'More bilateral talks with the US are planned within the next fortnight, the ministry said on Friday.',
      'A fresh round of negotiations between Seoul and Washington is expected within the next month, officials said.',
    ],
    counterexamples: [
      'A meeting between the two finance chiefs had been set for Friday, but it was called off.',
      'The Lee-Trump summit that was arranged for last month was a success, officials said.',
      // Talks expected to drag on are under way; no meeting is set.
      'Negotiations with the US on whisky are expected to drag past the summer.',
      'The talks with Washington are expected to drag on into next month.',
      'Talks with Washington on the fund are set to drag on for weeks, officials said.',
      // A meeting word that qualifies "deadline" names the deadline, not talks.
      'The talks deadline is set for Friday, officials in Seoul said.',
      'Korea faces a negotiation deadline scheduled for July 9 with Washington.',
      'Seoul and Washington have a negotiations deadline planned for August 1.',
      // One side's own session on the talks, set for a day, is no meeting of the two sides.
      'A countermeasures meeting on the US tariffs is scheduled for Jan. 27, the ministry said.',
      'An extraordinary meeting on the tariff talks with Washington is set for Friday, officials said.',
      "A contingency meeting on Washington's tariff demands is planned for next week.",
      // A new round opening now is under way, not planned.
      'Korea is set to sign the trade pact with Washington while fresh talks open in Seoul on Monday.',
      'Fresh Korea-US tariff talks open in Washington on Monday, officials said.',
      'Another round of talks with Lutnick opened in Seoul on Tuesday.',
      // The length of a round under way, not a plan: "slated to last into Sunday".
      'Yeo and Greer met in Geneva on Saturday, and their round is slated to last into Sunday.',
      'A new round began on Monday; the negotiations are expected to last three days.',
      'The meeting between Kim and Lutnick, which began on Tuesday, is scheduled to last until Thursday.',
      // A plan as a noun put at the talks is no talks planned.
      'At Monday’s talks, Kim presented a revised plan to Lutnick.',
      'During the talks, Yeo handed Greer a new plan on farm imports.',
      'At the meeting with Lutnick, Kim set out a plan for the fund.',
      // A plan named inside the subject of a clause that calls it off or moves it.
      'The meeting between Koo and Bessent, planned for Friday, was called off.',
      'The 2+2 meeting, scheduled for Thursday, has been delayed by a week.',
      'Talks with the US, set for next week, were moved back to August.',
      'Trump said the US is terminating trade talks with Korea in response to Seoul’s plan to tax US tech firms.',
      'Trade talks with Korea in Washington end with a plan to ease export controls',
      'The US halted the talks with Korea after Seoul’s plan for a digital tax.',
      'The talks with Washington scheduled for next week were postponed.',
      'The talks with the US are set to conclude by Thursday.',
      'Talks with Washington are expected to continue this week in the US capital, officials said.',
      'The negotiations with the US are due to wrap up on Friday.',
      'Trade talks that were scheduled for next week between Korea and the US were called off.',
      'The meeting with Lutnick that had been planned for Friday was shelved.',
      'Korea said it could seek another round of talks with the U.S. if needed.',
      'Korean exports are due to rise this month, well before the talks with the US.',
      'Lee is expected in Washington for talks with Trump, if the tariff dispute is settled.',
      'The minister held a cabinet meeting on the upcoming U.S. tariff talks.',
      'Korea is preparing to make a new offer at the talks with the US.',
      'Bessent withdrew from a planned meeting with Korea’s ministers on Friday.',
      'Lutnick will skip the upcoming meeting with Korea’s trade minister.',
      // Rescheduled talks were put off: called off for now, not set.
      'Bessent’s tariff talks with Seoul are being rescheduled because of a clash in his calendar, a spokesperson said.',
      'The Korea-US meeting due on Friday has been rescheduled, officials said.',
      'Seoul said the 2+2 talks with Washington set for Thursday would be rescheduled.',
    ],
  },
];
