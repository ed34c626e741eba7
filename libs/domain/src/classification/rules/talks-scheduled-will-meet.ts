import { CALLED_OFF, HOME_MEETING_WORDS, MET_AS_SATISFIED, MEETING, ONE_SIDED_MEETING } from './vocabulary';
import type { SignalRule } from './types';

/** Talks to come, told by the sides: they will meet, or have agreed to meet at a time named. */
export const SCHEDULED_WILL_MEET_RULES: SignalRule[] = [
  {
    id: 'scheduled.will-meet',
    signal: 'talks_scheduled',
    patterns: [
      `@meet|host|convene ~6 ${MEETING}|counterpart|PARTY|lutnick|greer|bessent`,
      // One attends an event, not a country: "will attend American universities" is no meeting with the US.
      `@attend ~6 ${MEETING}|counterpart`,
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
    unlessOneSided: ONE_SIDED_MEETING,
    confidence: 0.8,
    examples: [
      // A trip still to come, an aside between commas before its purpose.
      'Kim will fly to Washington on Monday, along with Yeo, to meet Lutnick.',
      // Leading one's side at the talks to come.
      'Yeo will lead talks with US trade officials on Monday in Washington, the ministry said.',
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
      'Lutnick and Greer will meet Korean ministers to discuss the tariff agreement struck in July.',
      'Yeo will meet Greer next week to review the tariff deal signed last month.',
      'Korean and US officials will convene in Seoul to go over the investment pact sealed in July.',
      "South Korea's trade minister will meet his U.S. counterpart on Thursday in Washington.",
      'Korean and US negotiators are set to hold another round of talks next week.',
      'Seoul and Washington will resume tariff negotiations on Monday, officials said.',
      'Korea and US to hold trade talks in 2+2 format on Thursday',
      'Yeo said he would meet Greer again in Washington on Friday.',
      'Koo will also hold talks one-on-one with Treasury Secretary Bessent on Thursday.',
      'Lee and Trump will meet in the coming days to go over the tariff deal.',
      'The two presidents are set to meet on Aug. 25 at the White House, the presidential office said.',
      'Korean and US trade ministers will meet next week in Washington to settle the investment terms.',
      // Pressing for something at the meeting is no press conference.
      'Lee will meet Trump at the upcoming summit to press for a cut in the auto tariff.',
      'Kim will hold talks with Lutnick next week to press for relief on autos.',
      'Greer will join EU trade ministers in Brussels on Tuesday for talks on steel.',
      'Bessent is to join the Chinese delegation in Geneva for a fresh round of negotiations.',
      'Lutnick will join Korea’s trade minister in Seoul on Friday for the tariff talks.',
    ],
    counterexamples: [
      // A government's own emergency or crisis meeting on the tariffs.
      'Korean ministers will meet on Monday for an emergency session on the US tariffs.',
      'Korea’s finance minister will hold an emergency meeting on Sunday to discuss the US tariff letter.',
      'Korea’s trade ministry will hold an emergency session on Monday on the US tariffs.',
      'Seoul will hold a crisis meeting on Monday over the 25% US tariff.',
      // Whenever the need comes: no plan of their own.
      'Seoul and Washington will hold further consultations as needed, the ministry said.',
      'Korean and US officials will meet again when necessary, the ministry said on Monday.',
      'The two sides will meet again as required, officials said on Friday.',
      // A question left open: when, or whether, they meet.
      'It is unclear when the two sides will meet again, officials said on Wednesday.',
      'Officials said on Monday it was unclear when Korean and US negotiators would meet again.',
      'It is not yet known when the two sides will hold their next round of talks.',
      'Yeo led talks with Greer last week in Washington, officials said.',
      // Attending a school, a course or a plant of the other country is no meeting with its side.
      'More Korean students will attend American universities next year, the education ministry said.',
      'Hundreds of Korean nurses are set to attend US training programmes in March.',
      "Korean engineers will attend American chip plants' courses next month under the investment pact.",
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
      'The new tariff may reflect Seoul’s failure to settle with the US or meet Trump’s demands.',
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
      'Last week, Kim travelled to Washington to meet Trump administration officials.',
      'Yeo returned to Seoul on Saturday after visiting the US to meet with Lutnick and Greer.',
      'The trade minister flew to Washington last week to meet his US counterpart.',
      // ... with an aside between commas before the purpose.
      'Kim visited Washington on Oct. 17, along with two senior aides, to meet with Lutnick.',
      'The trade minister travelled to Washington last week, with two of his deputies, to meet Greer.',
      'Yeo flew to the US on Monday, together with the finance minister, to meet his counterpart.',
      'The US has agreed to hold off on raising tariffs on Korean goods, Yeo said on Tuesday.',
      'Trump is taking further action to hold Korea accountable for its trade barriers, the White House said.',
      'Washington will hold Seoul responsible for any delay in the investment, Lutnick said on Monday.',
      'The US will hold the Korean government accountable for the deal, the official said.',
      // A wish to meet is not a meeting planned.
      'Trump accepted the invitation and voiced his desire to meet with Lee soon.',
      'Lee said he is keen to meet Trump again to discuss the tariffs.',
      'Korea voiced its willingness to hold talks with the US on Friday.',
      'Korean and US negotiators could meet again if the deadline is extended.',
      'The ministry said talks with Washington would resume as soon as possible.',
      'The trade minister will hold a press briefing with U.S. officials on Friday.',
      'The talks Korea planned with the US were cancelled and will not resume next week.',
      // An attempt or a difficulty is no plan.
      'Since then the Korean government has scrambled for meetings with U.S. officials to explain itself.',
      'Seoul struggled to meet Lutnick before the deadline, officials said.',
      'Greer said Canada keeps barriers that make it hard to hold trade talks with Washington.',
      'Korean automakers will meet next week to discuss the effects of US tariffs.',
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
      'Korea and the US agreed on Friday to hold another round of talks next week.',
      'The two sides agreed to meet again in Washington on Aug. 5.',
      'Yeo and Greer agreed to reconvene in Seoul in the coming days.',
      'Both sides agreed to convene a virtual working-level session over the coming days.',
      'Seoul and Washington agreed to hold a fresh round of tariff talks on Aug. 5.',
      'The two governments agreed to resume negotiations in Seoul next week.',
    ],
    counterexamples: [
      'Korea and the US agreed to hold more talks about the fund.',
      'Lee and Trump agreed to meet as soon as their schedules allow.',
      'Yeo and Greer agreed to meet again once the fund is settled.',
    ],
  },
];
