import { CALLED_OFF, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** Talks to come, told by the meeting itself: it will take place or be held, or is named as scheduled. */
export const SCHEDULED_TAKE_PLACE_RULES: SignalRule[] = [
  {
    id: 'scheduled.will-take-place',
    signal: 'talks_scheduled',
    patterns: [
      `${MEETING} ~8 @take ~1 place`,
      `${MEETING} ~8 @hold|convene|resume|begin|start|open`,
      // "Further talks will continue on Friday": a day named for more of them.
      // "continue on a deeper deal" names a topic, not a day: the day itself must follow.
      `${MEETING} ~6 @continue ~3 next|tomorrow|DATE`,
      // "they plan to continue the consultations next week".
      `@continue|resume ~2 ${MEETING} ~3 next|tomorrow|DATE`,
    ],
    require: ['future'],
    forbid: ['hedged'],
    needs: ['counterpart'],
    unless: [...CALLED_OFF, 'press/NOUN', 'briefing', 'cabinet'],
    // What resumes or starts after the talks may be trade itself: "the summit's outcome: a pledge to resume purchases".
    // Talks that "continue until Wednesday" are a round under way told with its end, not a meeting still to come.
    unlessObject: [
      'until',
      'till',
      'purchase',
      'import',
      'export',
      'shipment',
      'sale',
      'delivery',
      'production',
      'flight',
      'order',
    ],
    confidence: 0.75,
    examples: [
      // The meeting named with who meets, before "will take place".
      'A fresh session of tariff negotiations between Seoul’s and Washington’s delegations will take place on Monday in Geneva.',
      'Talks between Korea’s trade minister and Lutnick will take place on Friday.',
      'Consultations between the two sides’ chief negotiators will take place next Tuesday in Seoul.',
      'Yeo said they plan to continue consultations with the US next week.',
      'Negotiators plan to resume talks with the US next week.',
      'Korea and the US are now set to continue talks tomorrow in Washington.',
      'The 2+2 meeting on tariffs will take place in Washington on Friday.',
      'The next round of Korea-US talks will be held in Seoul next month.',
      'Negotiations between both sides are expected to resume on Monday.',
      'Seoul says further talks with Washington will continue on Friday.',
      'The tariff negotiations with Washington will continue next week in Seoul.',
      'Talks between both sides will continue on Tuesday, officials said.',
      // A round ranked among the rounds: the infinitive after it is its plan, not who did something first.
      'Third round of Korea-US talks to begin Monday in Seoul',
      'Korea, US second round of tariff negotiations to start today',
      'Latest round of Korea-US tariff talks to start on Tuesday',
    ],
    counterexamples: [
      'The meeting with the US would have taken place on Friday.',
      // A round under way, told with the day it ends.
      'The dialogue with the US is due to continue until Wednesday.',
      'The negotiations with the US, which began on Monday, are set to continue till Thursday.',
      'Consultations with Washington will continue until Friday, the ministry said.',
      'The Korea-US talks took place in Washington last week.',
      'Talks with the US will continue, the minister said.',
      // "continue on" a topic names no day.
      'Talks with the US will continue on a deeper economic prosperity deal, officials said.',
      'Negotiations with Washington will continue on the remaining issues, the ministry said.',
      'The talks with Washington will continue on investment and currency matters.',
      // A meeting planned, then called off or scrapped, is no meeting to come.
      'Their meeting with Lutnick, scheduled to take place in Ottawa on Friday, was called off.',
      'The 2+2 talks slated to be held on Friday in Washington were called off on Thursday.',
      'Korea-US talks set to begin on Monday in Seoul have been scrapped, officials said.',
      // What the meeting brought resumes: trade, not talks.
      'A key outcome of the Lee-Trump meeting was Korea’s pledge to resume large-scale purchases of US corn.',
      'After the talks, Seoul will resume imports of US beef next month, the ministry said.',
      'Following the summit with Trump, Korea will start exports of chips to the US on Monday.',
    ],
  },
  {
    // "at the scheduled summit with Trump on Aug. 19": the meeting named as scheduled, with its day to come
    // (a meeting once scheduled and held since names a past day).
    id: 'scheduled.named-scheduled',
    signal: 'talks_scheduled',
    // A planned or upcoming meeting is scheduled.set-for's; a planned or upcoming visit or trip, with its date, is this rule's.
    patterns: [
      'scheduled ~2 @talk|negotiation|meeting|consultation|summit|visit|trip',
      'planned|upcoming ~2 @visit|trip',
    ],
    needs: ['counterpart', 'futureDate'],
    unless: [
      'cancel',
      'reschedule',
      'postpone',
      'scrap',
      'call/VERB',
      'back/ADV',
      'delay/VERB',
      'press/NOUN',
      'briefing',
    ],
    confidence: 0.72,
    examples: [
      'Lee will raise the fund at the scheduled summit with Trump on Aug. 19.',
      'Chips will top the agenda of the scheduled talks with Greer on Aug. 19, Yeo said.',
      'Officials are preparing for the scheduled talks between Yeo and Greer in Seoul next week.',
      'The investment fund tops the agenda of the scheduled Lee-Trump summit on Aug. 25.',
      // A visit or a trip to the other side, scheduled, planned or upcoming, with its date.
      'Officials are preparing for the president’s planned visit to the White House on Aug. 19.',
      'Lee will raise the fund during his upcoming trip to Washington next week.',
      'Lee’s scheduled visit to the White House on Aug. 25 will cover the tariffs, aides said.',
    ],
    counterexamples: [
      'The scheduled round of Yeo and Greer on Aug. 19 was cancelled.',
      'Kim returned from the scheduled talks with Lutnick in Washington last week.',
      'Yeo attended the scheduled meeting with Greer on Monday.',
    ],
  },
];
