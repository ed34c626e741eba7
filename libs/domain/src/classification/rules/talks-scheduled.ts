import { BUSINESS_HEADS, HOME_MEETING_WORDS, MET_AS_SATISFIED, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** A trip to the other side: "will fly to Washington", "to visit Seoul". */
const TRIP = '@visit|travel|fly|head ~3 washington|seoul|PARTY|for|to';
/** Places visited that are not the other side's capital or government: a base, a plant, a shipyard. */
const VISITED_SITES = ['base/NOUN', 'plant/NOUN', 'factory', 'facility', 'shipyard', 'mill/NOUN', 'carrier'];
/** A meeting called off, postponed or scrapped is no meeting to come, whatever schedule the sentence names. */
const CALLED_OFF = ['cancel', 'postpone', 'delay', 'call/VERB', 'scrap'];

/** Talks broken off or ending are no plan for talks ("terminating trade talks ... in response to Ottawa's plan"). */
/** A company head flying to Washington to back the talks lobbies; the negotiators are the government's. */
const BUSINESS_TRAVELLERS = [...BUSINESS_HEADS, 'chair', 'chairman', 'chairwoman'];

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

/** Talks planned or announced for a day to come. */
export const SCHEDULED_RULES: SignalRule[] = [
  {
    id: 'scheduled.will-meet',
    signal: 'talks_scheduled',
    patterns: [
      `@meet|attend|host|convene ~6 ${MEETING}|counterpart|PARTY|lutnick|greer|bessent`,
      // Talks resumed, not "resume US soybean purchases": resuming needs the meeting itself.
      `@resume ~6 ${MEETING}`,
      // "hold" a meeting, not "hold off on raising tariffs on Korean goods".
      `@hold ~6 ${MEETING}|counterpart`,
      // Leading one's side at talks to come: "will lead talks with US trade officials on Monday".
      `@lead^ ~3 ${MEETING}`,
      '@meet|sit ~3 counterpart|PARTY|again|down',
      // The parties named before the verb, the time or place right after it: "Lee and Trump will meet on Aug. 25".
      '@meet^ on|in|next|this|later|tomorrow|at|DATE',
      // "Officials from both sides will reconvene in Brussels on Thursday".
      '@reconvene^ ~2 on|in|next|this|later|tomorrow|at|DATE',
      // Joining the other side's ministers for talks: "will join EU ministers in Brussels for talks on steel".
      `@join^ ~12 ${MEETING}`,
    ],
    require: ['future'],
    // "will continue to hold talks in good faith": the negotiation going on, not a meeting planned. A meeting the
    // sides "agreed to" hold is scheduled.agreed-meeting's, which asks for its time.
    forbid: ['hedged', 'standing', 'agreedTo'],
    needs: ['counterpart'],
    unless: [
      'cancel',
      'postpone',
      ...HOME_MEETING_WORDS,
      'executive',
      // "Hold Canada accountable" holds no meeting.
      'accountable',
      'responsible',
      // A meeting at home with the industry about the tariffs is no round with the other side.
      'automaker',
      'exporter',
      'company',
      'conglomerate',
      'union',
      'association',
      'business/NOUN',
    ],
    unlessObject: MET_AS_SATISFIED,
    confidence: 0.8,
    examples: [
      // Leading one's side at the talks to come.
      'Yeo will lead talks with US trade officials in Washington on Monday, the ministry said.',
      'Trade Minister Yeo is to lead the negotiations with Greer in Geneva next week.',
      'Kim Jung-kwan will lead Korea’s consultations with Lutnick on Thursday, officials said.',
      'Korean and US negotiators will meet in Seoul next week to resume their tariff talks.',
      'Seoul and Washington are set to resume their tariff negotiations in Geneva next Tuesday.',
      'Korea will resume talks with the US on Monday.',
      'Yeo will meet Greer next week to review those tariffs imposed last year.',
      'The two sides will resume negotiations next week in Washington.',
      // A requirement further on is what the meeting is about.
      'Korean officials will meet Greer next week to discuss US requirements on beef.',
      'Officials from both sides will reconvene in Brussels on Thursday.',
      'Korean and US negotiators are set to reconvene next week in Washington.',
      'The two sides plan to reconvene in Seoul later this month.',
      // A date in a phrase describing what they will discuss dates that, not the meeting.
      'Lutnick and Greer will meet Korean ministers to discuss the trade agreement struck in July.',
      'Yeo will meet Greer next week to review the tariff deal signed last month.',
      'Korean and US officials will convene in Seoul to go over the investment pact sealed in July.',
      "South Korea's trade minister will meet his U.S. counterpart in Washington on Thursday.",
      'Korean and US negotiators are set to hold another round of talks next week.',
      'Seoul and Washington will resume tariff negotiations on Monday, officials said.',
      'Korea, US to hold 2+2 trade talks on Thursday',
      'Yeo said he would meet Greer again in Washington on Friday.',
      'Koo will also hold one-on-one talks with Treasury Secretary Bessent on Thursday.',
      'Lee and Trump will meet in the coming days to discuss the tariff deal.',
      'The two presidents are set to meet on Aug. 25 at the White House, the presidential office said.',
      'Korean and US trade ministers will meet next week in Washington to settle the investment terms.',
      // Pressing for something at the meeting is no press conference.
      'Lee will meet Trump at the upcoming summit to press for a cut in the auto tariff.',
      'Kim will hold talks with Lutnick next week to press for relief on autos.',
      'Greer will join EU trade ministers in Brussels on Monday for talks on steel.',
      'Bessent is to join the Chinese delegation in Geneva for a fresh round of negotiations.',
      'Lutnick will join Korea’s trade minister in Seoul on Friday for the tariff talks.',
    ],
    counterexamples: [
      'Yeo led talks with Greer in Washington last week, officials said.',
      'Yeo will lead the Korean delegation to the APEC trade ministers’ dinner.',
      // The other side's legislators are lobbied, not negotiated with.
      'Yeo is expected to meet US senators in Washington on Tuesday.',
      'Lee will meet members of Congress in Washington next week.',
      'Yeo will hold talks with a Senate delegation on Friday.',
      // Talks that go on, with no meeting named.
      '“Our team will keep on talking, and will continue to hold talks with the US in good faith,” Yeo said on Friday.',
      'Korea will continue to meet US officials to narrow the gaps, the ministry said.',
      'Seoul will continue to hold discussions with Lutnick, Kim said on Monday.',
      // Met to resume the talks: the purpose of a meeting that took place.
      'Korean and US negotiators met in Seoul on Monday to resume their tariff talks.',
      'Officials of Korea and the US sat down in Washington on Tuesday to resume the negotiations.',
      'The Korean and US teams met in Geneva on Friday to resume talks on the fund.',
      // Resuming purchases or imports of US goods is no meeting.
      'Korea agreed on Thursday to resume imports of US beef from older cattle next month.',
      'Seoul will resume US crude purchases next month, the ministry said on Friday.',
      'Korea is set to resume shipments of US liquefied gas next week.',
      // Talks that resume only when or only after something else happens are a condition, not a plan.
      'The US will resume talks with Korea only when Seoul commits to the fund.',
      'The US will resume talks with Korea only after Seoul signs the deal.',
      'Washington said talks with Seoul would restart only once the investment law passes.',
      // Requirements, demands and standards are met by satisfying them.
      'The US will accept Korean safety certificates as sufficient to meet Washington’s requirements from next month.',
      'The new tariff may reflect Seoul’s failure to reach a deal with the US or meet Trump’s demands.',
      'Korea will have to meet US standards on beef imports under the deal to be signed next week.',
      // A meeting one side holds at home on the tariffs.
      'Korea will hold a contingency meeting on the US tariffs with Greer’s letter in hand on Monday.',
      'The government will hold a countermeasure meeting on Washington’s 25% tariff on Tuesday.',
      'Parliament will meet on Friday to debate Korea’s offer to Washington.',
      // Joining someone else's event, or declining to join.
      'Korea will not join the meeting with the US on Friday.',
      'The minister will join the firm’s chief executive at a press event in Seoul before the talks.',
      'The two sides reconvened in Seoul on Monday.',
      'The two sides might reconvene next week if Seoul sends a new offer.',
      // The purpose of a trip already made is no plan.
      'Last week, Kim travelled to Washington to meet with officials from the Trump administration.',
      'Yeo returned to Seoul on Sunday after visiting the US to meet with Lutnick and Greer.',
      'The trade minister flew to Washington last week to meet his US counterpart.',
      'The US has agreed to hold off on raising tariffs on Korean goods, Yeo said on Tuesday.',
      'Trump is taking further action to hold Korea accountable for its trade barriers, the White House said.',
      'Washington will hold Seoul responsible for any delay in the investment, Lutnick said on Monday.',
      'The US will hold the Korean government accountable for the deal, the official said.',
      // A wish to meet is not a meeting planned.
      'Trump accepted the invitation and expressed his desire to meet with Lee soon.',
      'Lee said he is keen to meet Trump again to discuss the tariffs.',
      'Korea voiced its willingness to hold talks with the US on Friday.',
      'Korean and US negotiators could meet again if the deadline is extended.',
      'The ministry said talks with Washington would resume as soon as possible.',
      'The trade minister will hold a press briefing with U.S. officials on Friday.',
      'The talks Korea planned with the US were cancelled and will not resume next week.',
      // An attempt or a difficulty is no plan.
      'The Korean government has since scrambled to meet with U.S. officials to explain its position.',
      'Seoul struggled to meet Lutnick before the deadline, officials said.',
      'Greer said Canada keeps barriers that make it difficult to hold trade talks with the United States.',
      'Korean automakers will meet next week to discuss the impact of US tariffs.',
      'The Korean government plans to hold a meeting with exporters on Monday to discuss US tariffs.',
      'The trade minister will meet business leaders on Friday to explain the US tariff deal.',
    ],
  },
  {
    // Agreeing to meet plans a meeting only when a time is named: "agreed to hold further talks" or "to meet at
    // the earliest opportunity" sets nothing yet (the labels leave both out).
    id: 'scheduled.agreed-meeting',
    signal: 'talks_scheduled',
    patterns: [`agree^ ~2 to ~1 @meet|convene|reconvene`, `agree^ ~2 to ~1 @hold|resume ~6 ${MEETING}`],
    require: ['future'],
    forbid: ['hedged', 'standing'],
    needs: ['counterpart', 'timed'],
    unless: [...HOME_MEETING_WORDS, ...CALLED_OFF],
    confidence: 0.8,
    examples: [
      'Korea and the US agreed to hold another round of talks next week.',
      'The two sides agreed to meet again in Washington on Aug. 5.',
      'Yeo and Greer agreed to reconvene in Seoul in the coming days.',
      'Both sides agreed to convene a virtual working-level session over the coming days.',
      'Seoul and Washington agreed to hold a fresh round of tariff talks on Aug. 5.',
      'The two sides agreed to resume negotiations in Seoul next week.',
    ],
    counterexamples: [
      'Korea and the US agreed to hold more talks about the fund.',
      'Lee and Trump agreed to meet as soon as their schedules allow.',
      'Yeo and Greer agreed to meet again once the fund is settled.',
    ],
  },
  {
    id: 'scheduled.trip',
    signal: 'talks_scheduled',
    patterns: [
      TRIP,
      // "leave Washington" is a departure from it: leaving or departing goes somewhere only "for" it.
      '@depart|leave ~1 for ~3 washington|seoul|PARTY',
      // Leading a delegation there: "will head Seoul's team to the US on Monday".
      '@lead^|head^ ~3 delegation|team|mission ~1 to|for',
      // Coming to the other side for the talks: "will come to Washington for a summit".
      `@come^ ~1 to ~4 for ~3 ${MEETING}`,
    ],
    require: ['future'],
    forbid: ['hedged'],
    needs: ['counterpart'],
    // "will fly back to Washington", "will head home": the trip home from the talks, as in scheduled.left-for-talks.
    unless: [...CALLED_OFF, 'invitation', 'invite', 'back', 'home'],
    // A visit to a site, the partner's name its adjective ("a US naval base", "a US chip plant"), is no trip to talks.
    unlessObject: VISITED_SITES,
    confidence: 0.72,
    examples: [
      'Industry Minister Kim Jung-kwan will fly to Washington on Wednesday for tariff talks with Lutnick.',
      'Yeo Han-koo is set to visit Washington next week to meet U.S. trade officials.',
      'The finance minister plans to travel to Washington next week to meet Bessent.',
      // "the country's minister": the partner already named, not countries in general.
      'Seoul said the country’s trade minister will visit the United States to discuss the tariff hike.',
      'The nation’s chief negotiator will fly to Washington on Monday for talks, Korea said.',
      'Korea said the country’s negotiators will travel to Washington next week.',
      'Yeo will lead Korea’s negotiating team to the US capital on Monday.',
      'Seoul’s finance chief will lead a delegation to Washington on Sunday.',
      'Kim will lead a working-level team to the US on Tuesday.',
      // Coming to the other side for the talks.
      'Lee will come to Washington for talks with Trump next month.',
      'The figure will be unveiled when Lee comes to Washington for a summit.',
      'Greer is coming to Seoul next week for a fresh round of negotiations.',
    ],
    counterexamples: [
      'Lee came to Washington for talks with Trump last week.',
      // A site visited, the partner's name its adjective.
      'Trump and Lee will visit a US naval base near Seoul on Friday.',
      'Kim will visit a US chip plant in Arizona on Monday.',
      'Lee will visit a US car factory in Alabama on Tuesday.',
      // The first or only one to visit, however long the noun phrase: a rank, not a plan.
      'Lee became the first president of a US ally in Asia since the election to visit the White House.',
      'Kim is the first trade minister from any Group of 20 economy this year to travel to Washington.',
      'Yeo is the only negotiator from the region with a standing invitation to visit Washington.',
      // Leaving a place is going away from it.
      'Yeo is poised to leave Washington on Friday without a deal.',
      'Kim will depart Washington on Saturday, the ministry said.',
      'Lutnick will leave Washington on Friday, the White House said.',
      'Yeo Han-koo might travel to Washington if the U.S. side agrees to talks.',
      'The finance minister was set to depart for Washington on Thursday when the U.S. called off the meeting.',
      'The Korean delegation was supposed to fly to Washington on Sunday for the talks.',
      'The minister had visited Washington in May for talks with U.S. officials.',
      'Yeo said on Thursday he had planned to visit Washington last week to meet Greer.',
      'Kim had intended to fly to Washington for the talks before the trip was dropped.',
      'Several countries will send ministers to Washington next week for talks.',
      'Trump will not travel to Seoul for the talks, the White House said.',
      'Yeo led Korea’s negotiating team to the US capital last month.',
      'Yeo might lead a delegation to Washington if the talks resume.',
      // An invitation without a day (scheduled.invited-trip takes one with a day).
      'On the phone, Trump told Lee he was welcome to visit the US, an invitation Seoul accepted.',
      'Trump invited Lee to visit the White House, the presidential office said.',
      'Seoul accepted an invitation for its trade minister to travel to Washington soon.',
      // Going back home from the talks.
      'Greer will fly back to Washington on Friday to brief Trump on the deal with Korea.',
      'Yeo will head home to Seoul on Sunday after the talks with Lutnick.',
      'Yeo will head back to Seoul on Saturday to report on the talks with Greer.',
    ],
  },
  {
    // An invitation to visit is a plan only once it has a day: "invited Lee to visit on Aug. 25", not a standing
    // "welcome to visit" (scheduled.trip leaves invitations out).
    id: 'scheduled.invited-trip',
    signal: 'talks_scheduled',
    patterns: [TRIP],
    require: ['future'],
    forbid: ['hedged'],
    needs: ['counterpart', 'futureDate'],
    unless: CALLED_OFF,
    confidence: 0.72,
    examples: [
      "Lee will visit Washington on Aug. 25 at Trump's invitation for a summit.",
      'Trump invited Lee to visit Washington on Aug. 25 for a summit.',
      'At the invitation of Lutnick, Kim will fly to Washington on July 24 for talks.',
    ],
    counterexamples: [
      'On the phone, Trump told Lee he was welcome to visit the US, an invitation Seoul accepted.',
      'Trump invited Lee to visit the White House, the presidential office said.',
      'Seoul accepted an invitation for its trade minister to travel to Washington soon.',
      // Going back home from the talks.
      'Greer will fly back to Washington on Friday to brief Trump on the deal with Korea.',
      'Yeo will head home to Seoul on Sunday after the talks with Lutnick.',
      'Yeo will head back to Seoul on Saturday to report on the talks with Greer.',
    ],
  },
  {
    // "Kim is heading to Washington for talks": a departure under way, the talks still ahead.
    id: 'scheduled.heading-for-talks',
    signal: 'talks_scheduled',
    patterns: [
      'be ~1 @head^|leave^|fly^|travel^|depart^ ~6 for|to ~6 talk|negotiation|meeting|consultation|round',
      // "is en route to Washington to continue negotiations".
      'en ~1 @route ~1 to ~2 PARTY|washington',
    ],
    forbid: ['hedged', 'past'],
    needs: ['counterpart'],
    // "is flying back to Seoul after the talks": the trip home from a round, as in scheduled.left-for-talks.
    unless: [...CALLED_OFF, 'back', 'home', 'return', ...BUSINESS_TRAVELLERS],
    confidence: 0.7,
    examples: [
      'Yeo is en route to Washington to continue the tariff negotiations.',
      'Korea’s trade minister is currently en route to the United States for talks.',
      'The Korean delegation is en route to Washington, officials said.',
      'Kim is heading to Washington this weekend for a new round of negotiations with Lutnick.',
      'Yeo is flying to Washington for last-ditch tariff talks with Greer, the ministry said.',
      'Korea’s finance minister is leaving for the US to attend the 2+2 meeting with Bessent.',
    ],
    counterexamples: [
      // A company head flying to back the talks is no negotiator.
      'Hyundai Motor Group’s chair is headed to the US capital this week to support Seoul’s tariff negotiations.',
      'SK Group’s chairman departed for the US on Monday to support the tariff negotiations with Washington.',
      'Hyundai’s CEO is heading to Washington this week for talks on the auto tariff.',
      // The trip home from a round.
      'Yeo is flying back to Seoul after the talks with Greer.',
      'Kim is heading home to Seoul after two days of negotiations with Lutnick.',
      'Yeo is leaving Washington to return to Seoul after the talks with Greer.',
      'Kim was heading to Washington for talks with Lutnick when the meeting was called off.',
      'Yeo may be flying to Washington for more talks with Greer next week.',
      'Korea’s trade minister is heading home after the talks with Lutnick.',
    ],
  },
  {
    id: 'scheduled.left-for-talks',
    signal: 'talks_scheduled',
    patterns: [
      `@leave|depart|arrive|head|fly|land ~8 for|to ~6 ${MEETING}`,
      // A visit or trip begun for talks: "kicked off a fourth Washington visit for talks".
      `@begin^|start^|kick^ ~1 off? ~4 visit|trip ~6 for ~3 ${MEETING}`,
      // The negotiator's trip to the other side is the news, whatever its purpose is called ("flew to Washington
      // on Tuesday in a last-ditch effort to avoid the 39% tariffs", "departed for Washington to urge Trump ...").
      '@leave^|depart^|fly^|head^|embark^ ~1 for|to ~2 PARTY|washington',
      // "will send his top trade adviser to Washington next week": a negotiator sent to the other side.
      '@send^|dispatch^ ~5 delegation|team|negotiator|envoy|minister|adviser|advisor|official/NOUN|representative|secretary|aide|chief ~4 to ~2 PARTY|washington',
      // Negotiators sent off for talks: "has sent a team of trade experts to Washington for technical talks".
      '@send^|dispatch^ ~6 to ~4 for ~4 talk|negotiation|meeting|consultation|round',
    ],
    // "is sending its minister to Washington for talks": a trip under way is one to talks to come.
    requireAny: ['past', 'future', 'progressive'],
    forbid: ['hedged'],
    needs: ['counterpart'],
    // "flew back to Seoul after the talks", "headed home": the trip back, not to talks.
    // "left the door open for talks", "left room for them": talks possible, not a trip.
    unless: [...CALLED_OFF, 'after', 'back', 'home', 'return', 'door', 'room', ...BUSINESS_TRAVELLERS],
    confidence: 0.72,
    examples: [
      // Decided or planned, with a split infinitive or a longer name for the envoy.
      'Seoul decided to urgently send its trade minister to Washington for talks with the US.',
      'Seoul plans to send a delegation of trade officials to Washington this week.',
      'Lee decided to quickly dispatch his chief of staff to Washington.',
      'Lee will send his top trade adviser to Washington next week.',
      'Seoul dispatched a delegation to the United States on Monday.',
      'Yeo embarked for the United States on Thursday for the seventh time.',
      'Yeo Han-koo left for Washington on Sunday for last-ditch talks with U.S. trade officials.',
      'Kim Jung-kwan arrived in Washington on Sunday for last-ditch tariff talks with Lutnick.',
      'Korea’s finance minister departed for the US on Tuesday to attend the 2+2 meeting.',
      'Seoul has sent a team of trade experts to Washington for technical-level talks.',
      'Korea dispatched its deputy trade minister to Washington on Monday for another round of negotiations.',
      'The government sent negotiators to the US on Sunday for tariff talks with Greer.',
      'Yeo departed for the United States on Monday for crucial discussions with U.S. officials.',
      'Korea’s trade minister flew to Washington on Tuesday in a last-ditch effort to avoid the 25% tariff.',
      'Yeo departed for Washington on Thursday to urge the US to lower the tariff on Korean cars.',
      // A trip under way.
      'Seoul is sending its trade chief to Washington for talks on the tariff.',
      'The government is dispatching a delegation to Washington this week for negotiations on the fund.',
      'Seoul is sending its chief negotiator to Washington for a ninth round of talks with the US.',
      'Kim Jung-kwan left for the United States on Sunday, the ministry said.',
      // Landing for talks, or a visit for talks begun.
      'Yeo will land in Washington on Friday for a third round of talks.',
      'Kim landed in New York late on Sunday for more tariff talks with Lutnick.',
      'Yeo landed in Washington on Monday for another round of negotiations with Greer.',
      'Yeo on Monday kicked off a fourth Washington visit for tariff talks.',
      'Kim began a three-day trip to Washington on Sunday for talks with Lutnick.',
      'Korea’s trade minister started his visit to Washington on Tuesday for negotiations on the fund.',
    ],
    counterexamples: [
      // A trip delayed is put off, not set.
      'Seoul has delayed plans to dispatch Yeo to Washington for talks this week.',
      'Washington has delayed plans to send Greer to Seoul for a new round next month.',
      'The ministry delayed plans to send a negotiating team to Washington this week.',
      // A company head flying to back the talks is no negotiator.
      'Hyundai Motor Group’s chair is headed to the US capital this week to support Seoul’s tariff negotiations.',
      'SK Group’s chairman departed for the US on Monday to support the tariff negotiations with Washington.',
      'Hyundai’s CEO is heading to Washington this week for talks on the auto tariff.',
      'The minister left Washington on Friday after two days of talks with Lutnick.',
      'Kim flew back to Seoul on Saturday, ending two days of talks with Lutnick.',
      'Yeo headed home from Washington on Friday, the ministry said.',
      'Korea’s delegation was supposed to depart for Washington on Sunday for the talks, which were postponed.',
      'Washington has left the door open to more negotiations with Seoul.',
      'The US left room for talks with Korea on the tariff.',
      'Korea left the door open for talks with the US on rice.',
      // An official letter, notice or reply sent is no official sent.
      'Trump sent an official letter to the Korean president on Monday announcing a 25% tariff.',
      'The White House sent an official notice to Seoul on the new tariff rate.',
      'Lutnick sent an official reply to Korea’s trade ministry on Friday.',
    ],
  },
  {
    id: 'scheduled.will-take-place',
    signal: 'talks_scheduled',
    patterns: [
      `${MEETING} ~8 @take ~1 place`,
      `${MEETING} ~8 @hold|convene|resume|begin|start|open`,
      // "Further talks will continue on Friday": a day named for more of them.
      // "continue on a deeper deal" names a topic, not a day: the day itself must follow.
      `${MEETING} ~6 @continue ~3 next|tomorrow|DATE`,
      // "plan to continue consultations next week".
      `@continue|resume ~2 ${MEETING} ~3 next|tomorrow|DATE`,
    ],
    require: ['future'],
    forbid: ['hedged'],
    needs: ['counterpart'],
    unless: [...CALLED_OFF, 'press/NOUN', 'briefing', 'cabinet'],
    // What resumes or starts after the talks may be trade itself: "the summit's outcome: a pledge to resume purchases".
    unlessObject: [
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
      'Korea and the US are set to continue talks tomorrow in Washington.',
      'The 2+2 meeting on tariffs will take place in Washington on Friday.',
      'The next round of Korea-US talks will be held in Seoul next month.',
      'Negotiations between the two sides are expected to resume on Monday.',
      'Seoul says further talks with Washington will continue on Friday.',
      'The tariff negotiations with the US will continue next week in Seoul.',
      'Talks between the two sides will continue on Tuesday, officials said.',
    ],
    counterexamples: [
      'The meeting with the US would have taken place on Friday.',
      'The Korea-US talks took place in Washington last week.',
      'Talks with the US will continue, the minister said.',
      // "continue on" a topic names no day.
      'Talks with the US will continue on a deeper economic prosperity deal, officials said.',
      'Negotiations with the US will continue on the remaining issues, the ministry said.',
      'The talks with Washington will continue on investment and currency matters.',
      // A meeting planned, then called off or scrapped, is no meeting to come.
      'Their meeting with Lutnick, scheduled to take place in Ottawa on Friday, was called off.',
      'The 2+2 talks slated to be held in Washington on Friday were called off on Thursday.',
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
      'Officials are preparing the president’s planned visit to the White House on Aug. 19.',
      'Lee will raise the fund during his upcoming trip to Washington next week.',
      'Lee’s scheduled visit to the White House on Aug. 25 will cover the tariffs, aides said.',
    ],
    counterexamples: [
      'The scheduled round of Yeo and Greer on Aug. 19 was cancelled.',
      'Kim returned from the scheduled talks with Lutnick in Washington last week.',
      'Yeo attended the scheduled meeting with Greer on Monday.',
    ],
  },
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
      'Officials said the two sides plan another round of talks with the United States next week.',
      'Korea will hold another round of talks with the US next week.',
      'Korea and the US agreed to hold another round of talks next week.',
      'Officials are preparing for next week’s talks with the US.',
    ],
    counterexamples: [
      // "another" or "new" describes another noun; the meeting after it is a verb, and past.
      'Seoul signed another accord after meeting US officials on Monday.',
      'Korea announced new investments after meeting Lutnick on Friday.',
      'Washington sent another letter after meeting Korean officials this week.',
      // A fresh round launched is one under way (held), not one planned.
      'Seoul and Washington launch into a fresh round of trade negotiations on Monday.',
      'Kim held another round of talks with Lutnick in Washington on Tuesday, the ministry said.',
      'Seoul and Washington began another round of negotiations on the fund on Friday.',
      'Yeo attended another meeting with Greer on Friday.',
      'The two sides have held a new round of consultations on autos this week, officials said.',
      // The talks a deadline is for: the time beside them is the deadline's.
      'Seoul is racing against the deadline for the tariff talks with Washington next month.',
      'Korean negotiators are bracing for the deadline of the negotiations with the US next week.',
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
      'A session of the chief negotiators of both governments on the fund has been arranged for Friday.',
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
      'Korea is set to sign a trade pact with Washington while fresh talks open in Seoul on Monday.',
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
      'The meeting between Bessent and Koo, planned for Friday, was called off.',
      'The 2+2 meeting, scheduled for Thursday, has been delayed by a week.',
      'Talks with the US, set for next week, were moved back to August.',
      'Trump said the US is terminating trade talks with Korea in response to Seoul’s plan to tax US tech firms.',
      'Trade talks with Korea in Washington end with a plan to ease export controls',
      'The US halted the talks with Korea after Seoul’s plan for a digital tax.',
      'The talks with Washington scheduled for next week were postponed.',
      'The talks with the US are set to conclude on Thursday.',
      'Talks with Washington are expected to continue in Washington, officials said.',
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
      'Bessent’s trade talks with Korea are being rescheduled due to a scheduling conflict, a spokesperson said.',
      'The Korea-US meeting due on Friday has been rescheduled, officials said.',
      'Seoul said the 2+2 talks with Washington set for Thursday would be rescheduled.',
    ],
  },
];
