import { MEETING_WORDS } from '../nlp/words';
import { MEETING, PUT_OFF_VERBS } from './vocabulary';
import type { SignalRule } from './types';

/** The verbs of calling a meeting off or putting it off, one list for every pattern that reads them. */
/** As verbs only ("any delay in the talks" calls nothing off), with the words some patterns add. */
const putOffVerbs = (...more: string[]) => [...PUT_OFF_VERBS, ...more].map((lemma) => `${lemma}^`).join('|');

/** Talks, meetings and trips for them called off or postponed. */
export const CANCELLED_RULES: SignalRule[] = [
  {
    id: 'cancelled.called-off',
    signal: 'talks_cancelled',
    patterns: [
      // The verb: "any delay in the talks would hurt" calls nothing off. The talks are its object, in a noun phrase:
      // "suspended them to give the talks time" puts off something else.
      `@${putOffVerbs('terminate', 'abandon')} ~4np ${MEETING}|visit|trip|meet`,
      `${MEETING}|visit|trip ~8 @put ~2 on ~1 hold|ice`,
      // "has put trade talks with Seoul on ice": the talks as the object, put on hold.
      `@put^ ~5 ${MEETING} ~4 on ~1 hold|ice`,
      // The verb: "talks opened after a tariff delay" are not what was delayed.
      `${MEETING}|visit|trip ~10 @${putOffVerbs('terminate')}`,
      // A passive with a long subject: "A meeting of the two finance chiefs to go over the tariff package has
      // been postponed".
      `${MEETING}|visit|trip ~20 be ~1 @${putOffVerbs('terminate')}`,
      `@call|put|break ~1 off ~3 ${MEETING}|visit|trip|meet`,
      // ... and in the passive: "the meeting planned for Thursday has been called off".
      `${MEETING}|visit|trip ~20 be ~1 @call|put ~1 off`,
      `${MEETING}|visit|trip ~20 be ~1 @push^|move^ ~1 back`,
      // Said of a planned meeting: "will not take place as scheduled", "will no longer go ahead".
      `${MEETING}|visit|trip ~12 will|would ~1 @not ~1 take ~1 place`,
      `${MEETING}|visit|trip ~12 will|would ~1 @no ~1 longer ~1 go|take ~1 ahead|place`,
      // Deciding to call a meeting off calls it off: "the two sides agreed to postpone the 2+2 meeting".
      `@decide^|agree^ ~2 to ~1 ${PUT_OFF_VERBS.join('|')} ~9 ${MEETING}|visit|trip`,
      // Not turning up: "skips the meeting", "pulled out of a planned meeting".
      `@skip^|miss^|snub^ ~3 ${MEETING}`,
      `@pull^|back^|drop^ ~1 out ~1 of ~4 ${MEETING}|visit|trip`,
      `@cancellation|cancelation|postponement|deferment|deferral ~2 of ~8 ${MEETING}|visit|trip`,
      `@end^|terminate^ ~2 all ~3 ${MEETING}`,
      // One side ending its talks with the other ends the negotiation ("ended trade talks with Seoul"); a round
      // ended is told with its article or its length ("ended the talks in Geneva", "ended two days of talks").
      `@end^ its|their|his|her|all? ongoing|current|bilateral? trade|tariff? ${MEETING} with`,
      `abruptly ~2 @end^|terminate^|halt^ ~4 ${MEETING}`,
    ],
    // A called-off meeting told as an adjective ("the scrapped visit") still reports that it was called off; a
    // call-off announced ("will postpone", "said it would suspend the talks") is news of one.
    allow: ['nonfinite', 'subordinate', 'attributive', 'future'],
    // A cancellation threatened or warned of is still to be decided: "threatened to cancel the summit".
    unless: ['threaten', 'warn'],
    // What was put off is the verb's own object: "the talks came after the US delayed the levy", "talks ran on,
    // postponing his return"; "cancelled plans to meet" puts off the meeting.
    objectOnly: [...MEETING_WORDS, 'visit', 'trip', 'meet', 'plan'],
    // ... and what a cancellation is of: "the deferral of the levy before the talks".
    unlessObject: [
      'levy',
      'duty',
      'imposition',
      'hike',
      'increase',
      'implementation',
      'countermeasure',
      'retaliation',
      'retaliatory',
    ],
    confidence: 0.8,
    examples: [
      // Called or put off, in the passive.
      'The Korea-US trade meeting planned for Thursday has been called off, the ministry said on Monday.',
      'Yeo’s visit to Washington was called off on Friday, officials said.',
      'The meeting with Lutnick was put off until next month, the ministry said on Friday.',
      // Pushed or moved back in the passive, or said not to go ahead.
      'Thursday’s meeting between Yeo and Greer was pushed back by a week, officials said.',
      'The talks with the US trade office set for Friday have been moved back to next month.',
      'The 2+2 meeting with Washington will not take place this week as planned, Seoul said on Monday.',
      'The fourth tariff round with Washington will no longer go ahead on Friday, officials said.',
      'Seoul has put the scheduled 2+2 meeting with Washington on hold, officials said on Monday.',
      'The US has put the trade talks with Seoul on hold until further notice.',
      // Deferred or rescheduled: put off as well.
      'Korea and the US have rescheduled the meeting of their chief negotiators set for this week.',
      'Both sides agreed to defer the minister’s visit to Washington, officials said on Monday.',
      'The trade talks with Lutnick planned for Thursday were deferred at Seoul’s request.',
      // Talks terminated, told with the talks first.
      // Announced: the side's decision, told in the future or reported with "would".
      'The US told Seoul on Friday it would suspend the tariff negotiations until further notice.',
      'Washington will postpone next week’s trade talks with Seoul, officials said on Monday.',
      'Korea said on Friday it would call off the minister’s trip to Washington.',
      'Trump announced on Thursday that trade talks with Korea were terminated.',
      'Trump said on Friday that all talks with Seoul are hereby terminated.',
      'The tariff negotiations with Korea have been terminated, the White House said on Monday.',
      'The 2+2 talks between Korea and the US planned for Thursday were postponed at the last minute.',
      'The cancelled meeting with Lutnick was to settle the investment fund, officials said on Friday.',
      'Seoul blamed a scheduling clash for the postponed talks with Greer, the ministry said on Monday.',
      'Officials blamed a clash of schedules for the abruptly scrapped visit to Washington by Korea’s trade minister.',
      'Washington abruptly cancelled the trade meeting with Seoul, citing scheduling issues.',
      'Washington postponed the meeting with Korean negotiators until further notice.',
      'Seoul postponed the 2+2 talks with Washington until further notice on Monday.',
      'Korea suspended the trade minister’s trip to Washington until further notice.',
      'Korea called off the minister’s trip to Washington for the tariff negotiations.',
      'Trump said on Thursday he is ending all trade talks with Korea over a television ad.',
      'Washington abruptly ended the tariff talks with Seoul on Friday, citing a new Korean tax.',
      // One side ends its negotiation with the other.
      'Trump ended trade negotiations with Seoul on Friday over a television advertisement.',
      'Shares fell a day after Washington ended its tariff talks with Korea.',
      'The White House said the president is ending talks with South Korea, effective immediately.',
      // A plan to meet, called off, is a meeting called off.
      'Trump canceled plans to meet President Lee after Seoul tightened its export controls.',
      'Lutnick called off his plan to meet Korea’s trade minister on Friday.',
      'Yeo postponed his plans to meet Lutnick in Washington, the ministry said on Monday.',
      'A US trade team’s planned visit to Seoul later this month has been put on hold, sources said on Saturday.',
      // The subject stands before a relative clause between commas.
      'The meeting, which had been scheduled for Friday, was cancelled after Bessent cited a scheduling conflict.',
      'The 2+2 talks, which were to be held in Washington, were postponed on Thursday.',
      'Bessent skipped the meeting with Korean officials on Friday, citing a scheduling conflict.',
      'Bessent has pulled out of a planned meeting with Korea’s finance minister on Friday.',
      'Lutnick missed the talks with Korea’s trade minister on Friday, officials said.',
      'Korea’s trade minister backed out of the trip to Washington on Monday.',
      'Lutnick snubbed the meeting with Korea’s trade minister on Friday.',
      'Korea dropped out of the planned meeting with US officials on Monday.',
      'The Korean trade minister’s trip to Washington has been put on hold, officials said on Friday.',
      'A meeting of Korea’s finance chief and the US Treasury secretary to go over the tariff package has been postponed, Seoul said.',
      'The meeting of the two countries’ finance and trade ministers in Washington on Friday has been cancelled.',
      'A visit by Korea’s trade minister and officials from three ministries to Washington next week has been postponed indefinitely.',
      'Seoul and Washington decided on Thursday to postpone the ministerial meeting set for Friday.',
      'The two sides agreed to delay the high-level trade talks because of the Treasury secretary’s schedule.',
      'Korea decided to cancel the minister’s trip to Washington after the US raised tariffs.',
      'Both governments agreed to postpone the “Korea-US High-Level Trade Consultation” planned for next week.',
      // An adverb of old times before the participle that describes the meeting dates the plan, not the news.
      'Korea and the US postponed the trade talks originally scheduled for Friday.',
      'The US called off the meeting with Korea’s finance minister initially planned for next week.',
      // The nouns of putting off.
      'Officials confirmed the deferment of the ministerial meeting with Washington on Monday.',
      'A deferral of the Korea-US trade talks was announced by both governments on Friday.',
      'The deferment of Lutnick’s visit to Seoul leaves the fund in limbo.',
      // A notice after its day whose relative clause halts the talks.
      'Washington posted a notice Thursday that halts the trade talks with Seoul.',
      // Put on ice, as on hold.
      'Trump put the tariff talks with Korea on ice on Monday.',
      'Washington put the negotiations with Seoul on ice on Friday.',
      'The talks with Korea were put on ice after the row.',
    ],
    counterexamples: [
      // The talks beside a verb that puts off something of its own: its object is what was put off.
      'The talks with Washington dragged on into Friday, postponing the minister’s return to Seoul.',
      'After negotiations with Washington, Korea agreed to suspend its shipments of the chemicals.',
      'The meeting with Lutnick ran long and forced Kim to cancel his dinner with Korean business leaders.',
      'The talks will take place in Seoul next week, officials said on Monday.',
      'Korea pushed back against the US demands at the talks on Friday.',
      // What is put off to give the talks time is something else: the talks sit in the purpose, not the object.
      'Korea approved retaliatory tariffs in April, but these were suspended to give the talks a chance.',
      'Seoul drew up levies on US goods but shelved them to let the negotiations run.',
      'Korea readied its response but halted it to give tariff talks more time.',
      'Seoul’s counter-tariffs took shape in May; they were delayed to allow the talks to finish.',
      // A cancellation denied is recorded as denied, not tagged.
      'Korea and the US keep negotiating, Seoul’s trade ministry stressed on Thursday, denying claims that the negotiations were suspended.',
      'Talks with Washington go on as planned, Seoul said on Tuesday, dismissing reports that the meeting had been cancelled.',
      'The round with Greer goes ahead, Korean officials said on Monday, rejecting reports that it had been postponed.',
      // Glued into a compound, the participle describes the noun: the meeting goes ahead.
      'The talks with the US are going ahead after the much-delayed arrival of the American team in Seoul.',
      'Yeo opened the long-delayed meeting with Greer in Washington on Monday.',
      'The twice-postponed visit by Lutnick to Seoul finally took place on Friday.',
      // Threatened or warned of, not done.
      'Trump threatened on Friday to cancel his summit with Lee.',
      'Seoul threatened to pull out of the talks with Washington on Monday.',
      'Trump warned on Friday that he would call off the meeting with Lee.',
      'Lee threatened to scrap the planned meeting with Trump on Monday.',
      'Korea deferred its decision on the fund until after the talks with Lutnick.',
      // What was put off is one side's retaliation, to give the talks time.
      'Seoul will suspend its countermeasures so talks get a chance.',
      'Korea delayed its countermeasures to allow talks to go on.',
      'Korea shelved its retaliation to keep negotiations going.',
      'Korea postponed its retaliatory tariffs to make room for negotiations.',
      // What was deferred is a tariff, not the talks.
      'Seoul welcomed the deferral of the levy on its steel before the talks.',
      'Officials said a deferment of the tariff increase gives room for more negotiations with Seoul.',
      // A round ended, told with its article or its length: held, not called off.
      'Yeo and Greer ended the talks with a handshake in Washington on Friday.',
      'Korea’s delegation ended two days of talks with Greer on Friday.',
      // A delay, the noun, of a tariff after talks named first is not the talks called off.
      'Korea, US to launch trade talks following tariff delay',
      'Korean negotiators head to Washington for talks after the tariff delay',
      'Talks between Seoul and Washington resume after a delay of the tariff hike',
      // A risk is a possibility, like a chance: nothing was called off.
      'Yeo faces the risk of missing out on talks with Greer next week.',
      'Korea runs the risk of having its meeting with Lutnick postponed again.',
      'There is a risk the talks with the US get delayed, officials said.',
      'Korea said the talks with the U.S. would definitely not be postponed.',
      'The talks with Washington may be delayed if the ministers cannot travel.',
      'The talks between Seoul and Washington had been postponed once in May.',
      // The delayed thing and the talks sit in two clauses: "as" with a subject and verb opens the second.
      'The tariff hike on Korean goods was delayed again as negotiations with Seoul continued.',
      'Washington postponed the levies on Korean steel as the talks dragged on into August.',
      'Trump said he would not cancel his plans to meet Lee in Gyeongju.',
      'The talks with Washington may be called off if Seoul does not improve its offer.',
      'Korea did not skip the meeting with Lutnick, the ministry said.',
      'Any delay in the talks with the US would be costly for Korea, the minister warned.',
      'A postponement risk hangs over the talks with Washington after the row over the fund.',
      'Seoul missed the deadline to submit its offer before the talks.',
      'Talks between officials of Korea and the US on the tariffs and the investment fund were not postponed, the ministry said on Thursday.',
      'Korea may decide to postpone the talks with the US if the fund issue is not settled.',
      'The two sides did not agree to delay the trade talks, officials said.',
      'The US originally postponed the trade talks with Korea in May.',
      'The talks came after Trump decided to delay imposing tariffs on Korean goods for 90 days.',
      'Seoul’s negotiators held talks in Washington after the US delayed the levy on Korean cars.',
      'The meeting with Greer followed Washington’s move on Monday to suspend the tariff hike on Korean steel.',
    ],
  },
];
