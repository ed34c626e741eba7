import { BUSINESS_HEADS, CALLED_OFF, MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** A trip to the other side: "will fly to Washington", "to visit Seoul". */
const TRIP = '@visit|travel|fly|head ~3 washington|seoul|PARTY|for|to';
/** Places visited that are not the other side's capital or government: a base, a plant, a shipyard. */
const VISITED_SITES = ['base/NOUN', 'plant/NOUN', 'factory', 'facility', 'shipyard', 'mill/NOUN', 'carrier'];

/** A company head flying to Washington to back the talks lobbies; the negotiators are the government's. */
const BUSINESS_TRAVELLERS = [...BUSINESS_HEADS, 'chair', 'chairman', 'chairwoman'];

/** Neither trip rule reads these: an invitation with no day, and a trip home from the talks. */
const NO_TRIP_TO_COME = [
  // An invitation without a day (scheduled.invited-trip takes one with a day).
  'On the phone, Trump told Lee he was welcome to visit the US, an invitation Seoul accepted.',
  'Trump invited Lee to visit the White House, the presidential office said.',
  'Seoul accepted an invitation for its trade minister to travel to Washington soon.',
  // Going back home from the talks.
  'Greer will fly back to Washington on Friday to brief Trump on the deal with Korea.',
  'Yeo will head home to Seoul on Sunday after the talks with Lutnick.',
  'Yeo will head back to Seoul on Saturday to report on the talks with Greer.',
];

/** Talks to come, told by a trip: a negotiator who will travel there, is on the way, or is sent. */
export const SCHEDULED_TRIP_RULES: SignalRule[] = [
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
      'Kim Jung-kwan, the industry minister, will fly to Washington on Wednesday for tariff talks with Lutnick.',
      'Yeo Han-koo is scheduled to visit Washington early next week to meet U.S. trade officials.',
      'The finance minister plans to travel to Washington within the coming week to meet Bessent.',
      // "the country's minister": the partner already named, not countries in general.
      'Seoul said the country’s trade chief will visit Washington to discuss the tariff hike.',
      'The nation’s chief negotiator will fly to Washington on Monday for talks, Korea said.',
      'Korea said the country’s negotiators will travel to Washington within the coming week.',
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
      'The finance minister was set to leave for Washington on Thursday when the U.S. called off the meeting.',
      'The Korean delegation was supposed to fly to Washington on Sunday for the talks.',
      'The minister had visited Washington in May for talks with American officials.',
      'Yeo said on Thursday he had planned to visit Washington last week to meet Greer.',
      'Kim had intended to fly to Washington for the talks before the trip was dropped.',
      'Several countries will send ministers to Washington next week for talks.',
      'Trump will not travel to Seoul for the talks, the White House said.',
      'Yeo led Korea’s negotiating team to the US capital last month.',
      'Yeo might lead a delegation to Washington if the talks resume.',
      ...NO_TRIP_TO_COME,
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
    counterexamples: [...NO_TRIP_TO_COME],
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
      'Korea’s trade minister is currently en route to Washington for talks.',
      'The Korean delegation is en route to Washington, officials said.',
      'Kim is heading to Washington this weekend for a new round of negotiations with Lutnick.',
      'Yeo is flying to Washington for last-ditch tariff talks with Greer, the ministry said.',
      'Korea’s finance minister is leaving for the US to attend the 2+2 meeting with Bessent.',
    ],
    counterexamples: [
      // A company head flying to back the talks is no negotiator.
      'Hyundai Motor Group’s chair is headed to the US capital this week to support Seoul’s tariff negotiations.',
      'SK Group’s chairman departed for the US on Monday to support the tariff negotiations with Washington.',
      'Hyundai’s CEO is heading to the US this week for talks on the auto tariff.',
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
      // on Tuesday, a last try to avert the 39% tariffs", "departed for Washington to urge Trump ...").
      '@leave^|depart^|fly^|head^|embark^ ~1 for|to ~2 PARTY|washington',
      // "will send his top trade adviser to Washington next week": a negotiator sent to the other side.
      '@send^|dispatch^ ~5 delegation|team|negotiator|envoy|minister|adviser|advisor|official/NOUN|representative|secretary|aide|chief ~4 to ~2 PARTY|washington',
      // Negotiators sent off for talks: "has dispatched trade specialists to Washington for technical talks".
      '@send^|dispatch^ ~6 to ~4 for ~4 talk|negotiation|meeting|consultation|round',
    ],
    // "is sending its minister to Washington for talks": a trip under way is one to talks to come.
    requireAny: ['past', 'future', 'progressive'],
    forbid: ['hedged'],
    needs: ['counterpart'],
    // "flew back to Seoul after the talks", "headed home": the trip back, not to talks.
    // "left the door open for talks", "left room for them": talks possible, not a trip.
    unless: [...CALLED_OFF, 'after', 'back', 'home', 'return', 'door', 'room', ...BUSINESS_TRAVELLERS],
    // A trip only offered ("offered to send a team") is a proposal, not a plan made.
    unlessSubject: ['offer'],
    confidence: 0.72,
    examples: [
      // The purpose of the trip may be an offer.
      'Seoul is sending its trade chief to Washington to offer a new package on the fund.',
      // Decided or planned, with a split infinitive or a longer name for the envoy.
      'Seoul decided to urgently send its trade minister to Washington for talks with the US.',
      'Seoul plans to send a delegation of trade negotiators to Washington this week.',
      'Lee decided to quickly dispatch his chief of staff to Washington.',
      'Lee will send his top trade adviser to Washington next week.',
      'Seoul dispatched a delegation on Monday to the United States.',
      'Yeo embarked for the US for the seventh time on Thursday.',
      'Yeo Han-koo left on Sunday for Washington for last-ditch negotiations with top U.S. trade officials.',
      'Kim Jung-kwan arrived in Washington on Sunday for last-ditch tariff talks with Lutnick.',
      'Korea’s finance minister departed on Tuesday for the US to attend the 2+2 meeting.',
      'Seoul has dispatched a group of trade specialists to Washington for talks at the technical level.',
      'Korea dispatched its deputy trade minister to Washington on Monday for another round of negotiations.',
      'The government sent negotiators to the US on Sunday for talks on tariffs with Greer.',
      'Yeo departed for the US on Monday for key discussions with American officials.',
      'Korea’s trade minister flew to Washington on Tuesday, making a last attempt to avert the 25% tariff.',
      'Yeo departed for Washington on Thursday to urge the US to lower the tariff on Korean cars.',
      // A trip under way.
      'Seoul is sending its trade chief to Washington for talks on the tariff.',
      'The government is dispatching a delegation to Washington this week for negotiations on the fund.',
      'Seoul is sending its chief negotiator to Washington for a ninth round of talks with US officials.',
      'Kim Jung-kwan left for the US on Sunday, the ministry said.',
      // Landing for talks, or a visit for talks begun.
      'Yeo will land in Washington on Friday for round three of the talks.',
      'Kim landed in New York late on Sunday for more tariff talks with Lutnick.',
      'Yeo landed in Washington on Monday for another round of negotiations with Greer.',
      'Yeo on Monday kicked off a fourth Washington visit for tariff talks.',
      'Kim began a three-day trip to Washington on Sunday for talks with Lutnick.',
      'Korea’s trade minister started his visit to Washington on Tuesday for negotiations on the fund.',
    ],
    counterexamples: [
      // Offered, not made: a proposal.
      'Lee has offered to dispatch senior negotiators to Washington for talks on the levy.',
      'Seoul offered on Monday to dispatch a delegation to Washington for talks.',
      'Korea offered to send its chief negotiator to Washington next week, officials said.',
      // A trip delayed is put off, not set.
      'Seoul has delayed plans to dispatch Yeo to Washington for talks this week.',
      'Washington has delayed plans to send Greer to Seoul for a new round next month.',
      'The ministry delayed plans to send a negotiating team to Washington this week.',
      // A company head flying to back the talks is no negotiator.
      'Hyundai Motor Group’s chair is headed to the US capital this week to support Seoul’s tariff negotiations.',
      'SK Group’s chairman departed for the US on Monday to support the tariff negotiations with Washington.',
      'Hyundai’s CEO is heading to the US this week for talks on the auto tariff.',
      'The minister left Washington on Friday after two days of talks with Lutnick.',
      'Kim flew back to Seoul on Sunday, ending two days of talks with Lutnick.',
      'Yeo headed home from Washington on Friday, the ministry said.',
      'Korea’s delegation was supposed to fly out to Washington on Sunday for the talks, which were postponed.',
      'Washington has left the door open to more negotiations with Seoul.',
      'The US left room for talks with Korea on the tariff.',
      'Korea left the door open for talks with the US on rice.',
      // An official letter, notice or reply sent is no official sent.
      'Trump sent an official letter to the Korean president on Monday announcing a 25% tariff.',
      'The White House sent an official notice to Seoul on the new tariff rate.',
      'Lutnick sent an official reply to Korea’s trade ministry on Friday.',
    ],
  },
];
