import { MEETING, ONE_SIDED_MEETING } from './vocabulary';
import { MET_UNLESS, MET_UNLESS_OBJECT, MET_UNLESS_SUBJECT } from './talks-held-met-unless';
import type { SignalRule } from './types';
import { MET_COUNTEREXAMPLES } from './talks-held-met-counterexamples';

/** Talks held, told by a verb of meeting, holding or ending a round, or by what was done during one. */
export const TALKS_HELD_MET_RULES: SignalRule[] = [
  {
    id: 'held.met',
    signal: 'talks_held',
    patterns: [
      `@meet|huddle|reconvene|convene|confer ~3 counterpart|PARTY|lutnick|greer|bessent|with|in|on`,
      // "met for a fifth round of talks", "met for the fifth time": met for the round itself.
      `@meet ~1 for ~4 ${MEETING}|time`,
      // "talked for three hours", "talked with Lutnick": the verb, not talk "about" a subject.
      `@talk^ ~3 with|for ~3 PARTY|counterpart|lutnick|greer|bessent|hour|minute`,
      '@sit^ ~1 down ~3 with|for|counterpart|PARTY|lutnick|greer|bessent',
      // Progress made at a round tells that the round took place.
      `@make^ ~3 progress|headway ~4 in|during|at ~4 ${MEETING}`,
      // A trip made to negotiate: "visited Washington on Monday to hold talks with Greer".
      '@visit^ ~6 to ~1 hold|negotiate|discuss|finalize|finalise|engage|meet',
      // Leaving the meeting itself (not leaving for it): "left the talks without a deal".
      `@leave^ the|a|their|his|her|its ~2 ${MEETING}`,
      // "spent three days in Washington negotiating with US officials".
      `@spend^ ~4 day|hour|week ~4 negotiate|discuss|talk|${MEETING}`,
      `@hold^|conduct^|wrap^|conclude^|complete^|finish^|open^|resume^|commence^ ~6 ${MEETING}`,
      // A round or days of talks kicked off or launched; "kicked off negotiations" starts the negotiation at large,
      // by a call as often as by a meeting.
      `@launch^|kick^ ~1 off? ~3 round|day|session ~3 of ~2 ${MEETING}`,
      // A visit or trip over, as a meeting is: "wrapped up his Washington visit", "concluded a two-day trip".
      '@wrap^|conclude^|complete^|finish^|end^ ~5 visit|trip|mission',
      // What was said or done in the course of a round: "During his meeting with Lee, Trump told reporters ...".
      `during the|a|an|his|her|their|its|this|DATE ~2 ${MEETING} ~1 with|between|at|in`,
      // ... with no article ("During talks with Lutnick, Kim explained ..."), or at it ("At a meeting with Greer, ...").
      `during|at ~3np ${MEETING} ~1 with|between|in`,
      // ... on its day, not on its topic ("at a roundtable on the tariff issue").
      `during|at ~3np ${MEETING} ~1 on DATE`,
      // Ending a round ("ended two days of meetings", "ended the talks in Washington"), not ending the
      // negotiations with a partner, which calls them off ("is ending its negotiations with Canada").
      `@end^ ~3 day|round|session|week|hour ~3 ${MEETING}`,
      `@end^ ~3 ${MEETING} ~3np in|at|without|on|after`,
      `${MEETING} ~7 @take|end|conclude|wrap|begin|open|continue|kick|resume|commence|result ~2 place|up|on|off|in|without|with|after|DATE`,
      // A long subject naming both delegations and their heads: "Talks between delegations headed by ... took place".
      `${MEETING} ~16 @take^ place`,
      // "The negotiations got under way in Washington on Wednesday", "the meeting went ahead on Friday".
      `${MEETING} ~4 @get^ ~1 under ~1 way`,
      `${MEETING} ~6 @go^ ~1 ahead`,
      // Negotiating alone tells the negotiation at large; held.negotiated reads it told with its time.
      `@discuss ~4 with|tariff|deal|trade|PARTY`,
      // "discussed the fund during a two-hour meeting": what was on the table at a round held.
      `@discuss|exchange ~8 during|at ~4 ${MEETING}`,
      `${MEETING} ~4 be ~2 @hold|conduct|complete`,
      // The round described as it went: "The meeting between Yeo and Greer lasted two hours", "focused on the fund".
      `${MEETING} ~6 @last^ ~2 hour|minute|day|more|about|nearly|over|around|roughly`,
      `${MEETING} ~6 @focus^|center^|centre^|revolve^ ~1 on|around`,
      // ... or by how it went: "the talks with Lutnick went smoothly", "the meeting was productive".
      `${MEETING} ~6 @go^ ~1 well|smoothly|badly|poorly`,
      `${MEETING} ~6 was|were ~1 @constructive|productive|fruitful|positive|frank|candid|useful|cordial|friendly|tense`,
      // "The talks, held at the Commerce Department on Monday, ...".
      `${MEETING} ~1 @hold^ ~6 DATE`,
    ],
    require: ['past'],
    // "Brazil and the US are negotiating terms on tariffs": talks going on, not a round; held.negotiating-now reads
    // the progressive when it names its time ("are meeting in Seoul this week").
    forbid: ['progressive', 'standing'],
    needs: ['counterpart'],
    unless: MET_UNLESS,
    unlessObject: MET_UNLESS_OBJECT,
    unlessSubject: MET_UNLESS_SUBJECT,
    unlessOneSided: ONE_SIDED_MEETING,
    confidence: 0.8,
    examples: [
      // Met on the sidelines of a gathering abroad: its council or assembly is the setting, not a home meeting.
      'Kim and Lutnick met in Jeju on the sidelines of an APEC ministerial council meeting on Friday.',
      'Greer and Yeo met on the sidelines of a G20 council meeting in Washington on Monday.',
      'Kim held talks with Lutnick in Geneva on the sidelines of a WTO council session on Friday.',
      'Yeo met Greer in Jeju on Friday, meeting him on the margins of an APEC ministerial council session.',
      'Kim held talks with Lutnick on the margins of a G20 council session in Washington on Monday.',
      'Yeo held talks with Greer in Geneva on Tuesday at the margins of a WTO council session.',
      'Korean and US negotiators held crisis talks in Washington on Friday.',
      // Met "for the fifth time", conferred, kicked off or launched a round.
      'Korean and US officials met for the fifth time on Tuesday to discuss the tariff.',
      'Yeo and Greer met for a third time in Washington on Friday.',
      'Kim and Lutnick met for the sixth time on Monday in Seoul.',
      'The Korean delegation conferred with US officials on Friday about the auto tariff.',
      'Yeo conferred with Greer in Washington on Monday on the fund.',
      'Korean and US negotiators conferred on Tuesday over the draft text.',
      'Korea and the US kicked off their fourth round of trade talks in Seoul on Monday.',
      'Korea and the US launched a fresh round of tariff talks on Tuesday in Washington.',
      'Negotiators from Seoul and Washington kicked off two days of consultations on Thursday.',
      // Convened, as met: the sides came together.
      'Korean and US negotiators convened in Washington on Tuesday for a fresh round of tariff talks.',
      'The Korean and US delegations convened talks on trade in Seoul on Sept. 14 and 15.',
      'Kim and Lutnick convened with their teams at the Commerce Department on Wednesday.',
      // After a reporting verb with no other verb of its own, the participle is the news: talks resumed.
      'Kim said talks resumed with Lutnick in Washington on Monday.',
      // A meeting named with "at" or "during" and its place or day, whatever the verb before it denies.
      'At a meeting in Geneva on Monday, the two sides went over the auto tariffs.',
      'Kim won no concession from Lutnick at their meeting on Friday.',
      'Lee and Trump reached no deal during their talks in Canada on Monday.',
      // Cabinet members are the government's people: "cabinet" names no cabinet meeting here.
      'Korea’s cabinet-level officials met Lutnick in Washington on Monday to press for a deal.',
      'Three Korean cabinet ministers met Greer in Washington on Friday.',
      'Two cabinet members from Seoul met Lutnick on Thursday.',
      // Met for a round; what was done during or at one; how one went.
      'Greer and Yeo met for a fifth round of talks.',
      // The pair named as a pair ("the two leaders", "both delegations") is both sides, as "the two sides" is.
      'The two leaders met on Wednesday at the palace in Gyeongju.',
      'Both delegations met in a Geneva villa for six hours on Saturday.',
      'The two presidents met over lunch on the sidelines of the forum.',
      'Korean and US negotiators met for two days of consultations in Seoul last week.',
      'Yeo and Greer met again for a working-level session on Monday.',
      'During talks with Lutnick on Thursday, Kim explained the investment bill.',
      'At a meeting with Greer last week, Yeo laid out the rice offer.',
      'During consultations with USTR officials, the Korean team presented a revised plan.',
      'The talks with Lutnick went smoothly, Yeo said on Friday.',
      'Yeo said his meeting with Greer went well.',
      'The tariff negotiations in Washington went badly for Seoul, officials admitted on Monday.',
      'The talks with Lutnick were productive, Yeo said on Friday.',
      'Officials said the consultations with USTR were frank.',
      'Yeo said on Monday that his meeting with Greer was cordial.',
      // A participle after its noun describes the talks; it does not hedge them.
      'The round of talks aimed at a deal with Korea began in Washington on Tuesday.',
      'Talks aimed at a tariff accord with Seoul resumed in Washington on Monday.',
      // Leaving the meeting itself.
      'Yeo left the talks with Lutnick on Tuesday without a deal.',
      'Kim left the negotiations in Washington early on Friday to brief Lee.',
      'Korea’s delegation left the meeting with Greer on Monday with no agreement.',
      // A round held, told beside the negotiation at large.
      'Yeo met Lutnick on Friday after Korea had been negotiating with Washington over the fund.',
      // A visit made to negotiate, told in the past (a trip "to" negotiate is one to talks to come, as "arrived in").
      'A Korean delegation visited Washington last week to negotiate the tariff deal.',
      'Yeo visited the US capital on Monday to hold talks with Greer.',
      'Korea’s trade minister visited Washington this week to finalize the deal with Lutnick.',
      // A round that resulted in something took place.
      'The fourth round of talks between Korea and the US resulted in a draft text.',
      'Monday’s meeting between Yeo and Greer resulted in an agreement to keep talking.',
      'The negotiations in Washington last week resulted in progress on autos.',
      // A long subject that names both delegations and who led them.
      'Talks between the teams of Treasury chief Scott Bessent and Seoul’s finance minister Koo took place in Washington on Friday.',
      'The meeting between Korea’s lead trade negotiator Yeo and the chief US trade envoy Greer took place in Seoul on Monday.',
      'Negotiations between the Korean delegation led by industry chief Kim and the team of Commerce Secretary Lutnick took place over two days in Washington.',
      // A round that went ahead, as planned or despite a row.
      'Talks between Yeo and Greer went ahead as scheduled in Seoul on Monday.',
      'The Korea-US meeting went ahead in Washington on Friday despite the row over the fund.',
      'Monday’s round of tariff negotiations with Lutnick went ahead as planned.',
      // A round ended: its length or its place and day.
      'Korea’s delegation ended a two-day round of meetings with Greer on Friday.',
      'Yeo and Greer ended the talks in Washington on Friday.',
      'Korea and the US ended their third round of tariff talks on Thursday.',
      // A compound before the talks ("closed-door") is no hedge, although "close" is one.
      'Korea and the US held closed-door talks in Washington on Monday.',
      'Korea and the US held a closed-door meeting in Washington on Monday.',
      'Yeo and Greer wrapped up two days of closed-door talks in Geneva on Sunday.',
      // Two partners meeting the US side together.
      'Korea and Japan met US negotiators in Washington on Monday.',
      'The two presidents met in the Oval Office on Tuesday, weeks after the two sides struck a trade deal.',
      'Earlier on Monday, Yeo met Greer in Washington for two hours.',
      // Earlier in the day or the week is the same news cycle.
      'Earlier in the day, the Korean president met with Rubio to discuss the tariff offer.',
      'Earlier in the week, Yeo met Greer in Washington on the auto tariffs.',
      'Yeo met Greer in Washington on Friday to discuss the previously announced tariffs on Korean steel.',
      // "weeks after ..." dates the deal it names, not a meeting told on a recent day before it.
      'The two presidents met in the Oval Office on Friday, weeks after the two sides struck a trade deal.',
      'Korean and US negotiators met in Washington on Thursday, just weeks after the tariff deal was signed.',
      // One wording more per pattern, so each has three of its own.
      'Yeo talked with Greer for two hours on Monday.',
      'Kim talked with Lutnick in Washington on Thursday, the ministry said.',
      'The two ministers talked for three hours in Washington on Friday.',
      "Monday's meeting with Greer focused on rice and beef.",
      'The talks between Yeo and Lutnick centered on the investment fund on Friday.',
      'The meeting between Kim and Lutnick lasted two hours on Friday.',
      "Tuesday's talks with Greer lasted more than three hours.",
      'The session with US negotiators on Monday lasted nearly a day.',
      'A new round of negotiations between Hanoi and Washington commenced on Monday.',
      'Vietnamese and US negotiators commenced talks on Wednesday, the ministry said.',
      'The negotiations with the US got under way in Washington on Wednesday.',
      'The fourth round of talks with Washington got under way on Monday, Taipei said.',
      'Formal talks between Hanoi and Washington commenced on Thursday with a meeting in Hanoi.',
      'Korean and US officials commenced a new round of negotiations in Seoul on Tuesday.',
      'The Korean and US delegations commenced their talks in Geneva on Sunday.',
      'The working-level talks between Seoul and Washington got under way on Tuesday.',
      // Pressing for something at the meeting is no press conference.
      'Reynolds met Lutnick in London on Monday to press for the trade deal to take effect.',
      'Yeo met Greer in Washington on Tuesday to press for a lower tariff on cars.',
      'Kim met Lutnick on Friday to press the case for Korean carmakers.',
      // A round completed or finished.
      'Korea and the US completed their fifth round of negotiations in Washington on Friday.',
      'The two delegations completed the third round of tariff negotiations in Seoul on Friday.',
      'On Tuesday Yeo finished a sixth round of tariff talks with Greer.',
      // More wordings of the session's patterns: a round held between commas, huddled, views exchanged.
      'The Korea-US meeting, held in Seoul on Tuesday, covered the fund.',
      'The negotiations, held in Washington on Friday, ended with no deal.',
      'Negotiators huddled with Lutnick for hours on Friday.',
      'Yeo huddled with Greer in Geneva on Sunday.',
      'Kim and Lutnick exchanged views on the fund at Friday’s meeting.',
      'The ministers exchanged opinions on tariffs during the trade talks on Monday.',
      'The two sides reconvened in Seoul on Monday.',
      'Negotiators from both countries reconvened on Tuesday in Washington.',
      'Kim and Lutnick talked for three hours on Sunday.',
      'Yeo talked with Greer in Washington on Monday.',
      'Seoul’s negotiators huddled with US officials over the weekend.',
      // A visit ended, a word said during a round.
      'President Lee wrapped up a three-day Washington visit on Monday with a pledge of more investment.',
      'Kim concluded a two-day trip to Washington on Friday after seeing Lutnick.',
      'The Korean delegation ended its mission to the US capital on Sunday.',
      'Trump praised Korea’s investment pledge during his meeting with Lee in the Oval Office.',
      'Yeo raised the auto tariff during the talks with Greer on Monday.',
      'Kim pressed Lutnick on the fund during a two-hour session in Washington.',
      'The two sides exchanged their views on the fund during Monday’s talks.',
      // The round described as it went.
      'The meeting between Yeo and Greer lasted two hours.',
      'The negotiations with the US lasted more than three hours on Friday.',
      'The talks between Kim and Lutnick focused on the investment fund.',
      'Monday’s meeting between Yeo and Greer centered on farm goods and the fund.',
      'The talks, held at the Commerce Department on Monday, focused on the fund.',
      // A relative clause dated this fortnight tells its own news.
      'The Korea-US talks, which began on Friday in Washington, focus on the investment fund.',
      'The negotiations between Seoul and Washington, which kicked off on Sunday, are expected to last three days.',
      // Talks resumed are talks held, as talks continued are.
      'Korea and the US resumed tariff talks in Washington on Monday.',
      'Seoul and Washington resumed their negotiations on Monday.',
      'Yeo and Greer resumed discussions on the investment fund on Tuesday.',
      // The subject a phrase long, with no other finite verb: the participle is the main verb.
      'Technical teams from both governments met in Seoul on Monday to begin the tariff talks.',
      'Negotiators from the two countries met in Washington on Tuesday to discuss the tariffs.',
      'Trade officials from Korea and the US met in Geneva on Friday to start work on the deal.',
      'Korean and US negotiators sat down for a second day of talks on Tuesday.',
      'Yeo and Greer sat down for two hours of negotiations in Washington on Friday.',
      'The two sides sat down for a working dinner on the fund on Thursday, officials said.',
      'Both sides discussed the investment fund during a two-hour meeting on Monday.',
      'Yeo and Greer discussed rice and beef at Thursday’s talks in Washington.',
      'Kim discussed the currency issue with Bessent during their meeting on Wednesday.',
      'Seoul’s negotiators spent three days in Washington this week negotiating with US officials.',
      'Kim spent two hours in talks with Lutnick on Thursday.',
      'Korea’s team spent the week in Washington discussing tariffs with the US side.',
      // Calling for something at the talks is a demand made there, not a phone call.
      'Yeo held talks with Greer in Washington on Saturday, where he called for the removal of tariffs on Korean cars.',
      'Kim met Lutnick on Thursday and called for lower tariffs on Korean steel.',
      'Korean negotiators held a third round of talks with American officials on Friday, calling for an exemption for chips.',
      'Kim met Lutnick, the US commerce chief, in Washington on Thursday.',
      'Working-level discussions with the American side were held from Monday to Wednesday, the ministry said.',
      'South Korean and U.S. negotiators held a second round of tariff talks on Friday.',
      'The two-day talks between Seoul and Washington ended on Saturday without a deal.',
      'Korea and the U.S. discussed tariffs on autos and steel during the meeting on Monday.',
      'Negotiations with trading partners including Korea continued in Washington on Friday.',
      // A past perfect reported by a recent statement tells the past, not background.
      'Yeo told reporters on Wednesday that he and Greer had held productive talks in Paris.',
      'Kim told reporters on Monday he had met Lutnick twice in Washington.',
      'The ministry said on Friday that negotiators had held a third round of talks with American officials.',
      // A leading phrase with no verb is not a subordinate clause.
      'Following the dinner, Yeo and Greer held talks in Washington on Monday.',
      'Before the summit, Kim met Lutnick in Gyeongju on Wednesday.',
      // Sitting down with the other side is a meeting.
      'Trade Minister Yeo Han-koo sat down with Greer in Washington on Friday.',
      'Kim sat down with his U.S. counterpart for two hours on Thursday to discuss tariffs.',
      'On Monday, Korea’s trade envoy sat down with U.S. officials to go over the tariff deal.',
      'Seoul and Washington made positive progress in the second round of their tariff talks in the US capital.',
      'Negotiators from Seoul and Washington made significant headway at the meeting on Friday.',
      'Kim said the two sides made some progress in the negotiations with Lutnick this week.',
      // A minister's title ("Business Secretary") is no business meeting.
      'Business Minister Kim Jung-kwan met Greer on Tuesday in Washington to discuss tariffs.',
      'Business and Trade Secretary Kim Jung-kwan met Lutnick in Washington on Thursday.',
      'Korea’s Business Minister held talks with Greer on Monday in Seoul.',
      // Negotiators, unlike a deal, meet.
      'Teams of negotiators from Korea and the US met in Washington on Monday.',
    ],
    counterexamples: MET_COUNTEREXAMPLES,
  },
];
