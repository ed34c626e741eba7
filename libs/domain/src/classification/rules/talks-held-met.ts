import { MEETING } from './vocabulary';
import { MET_UNLESS, MET_UNLESS_OBJECT } from './talks-held-met-unless';
import type { SignalRule } from './types';

/** Talks held, told by a verb of meeting, holding or ending a round, or by what was done during one. */
export const TALKS_HELD_MET_RULES: SignalRule[] = [
  {
    id: 'held.met',
    signal: 'talks_held',
    patterns: [
      `@meet|huddle|reconvene|convene ~3 counterpart|PARTY|lutnick|greer|bessent|with|in|on`,
      // "met for a fifth round of talks": met for the round itself.
      `@meet ~1 for ~4 ${MEETING}`,
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
      `@hold^|conduct^|wrap^|conclude^|complete^|finish^|begin^|start^|open^|continue^|resume^|commence^ ~6 ${MEETING}`,
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
    confidence: 0.8,
    examples: [
      // Convened, as met: the sides came together.
      'Korean and US negotiators convened in Washington on Monday for a fresh round of tariff talks.',
      'The Korean and US delegations convened talks on trade in Seoul on Sept. 14 and 15.',
      'Kim and Lutnick convened with their teams at the Commerce Department on Thursday.',
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
      'Yeo and Greer wrapped up two days of closed-door negotiations in Geneva on Sunday.',
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
      'The two sides exchanged views on the fund during Monday’s talks.',
      // The round described as it went.
      'The meeting between Yeo and Greer lasted two hours.',
      'The negotiations with the US lasted more than three hours on Friday.',
      'The talks between Kim and Lutnick focused on the investment fund.',
      'Monday’s meeting between Yeo and Greer centered on farm goods and the fund.',
      'The talks, held at the Commerce Department on Monday, focused on the fund.',
      // A relative clause dated this fortnight tells its own news.
      'The Korea-US talks, which began on Friday in Washington, focus on the investment fund.',
      'The negotiations between Seoul and Washington, which kicked off on Sunday, are expected to last two days.',
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
      'The two sides discussed the investment fund during a two-hour meeting on Monday.',
      'Yeo and Greer discussed rice and beef at Thursday’s talks in Washington.',
      'Kim discussed the currency issue with Bessent during their meeting on Wednesday.',
      'Seoul’s negotiators spent three days in Washington this week negotiating with US officials.',
      'Kim spent two hours in talks with Lutnick on Thursday.',
      'The Korean team spent the week in Washington discussing tariffs with the US side.',
      // Calling for something at the talks is a demand made there, not a phone call.
      'Yeo held talks with Greer in Washington on Saturday, where he called for the removal of tariffs on Korean cars.',
      'Kim met Lutnick on Thursday and called for lower tariffs on Korean steel.',
      'Korean negotiators held a third round of talks with U.S. officials on Friday, calling for an exemption for chips.',
      'Kim met Lutnick, the US commerce chief, in Washington on Thursday.',
      'Working-level discussions with the American side were held from Monday to Wednesday, the ministry said.',
      'South Korean and U.S. negotiators held a second round of tariff talks on Friday.',
      'The two-day talks between Seoul and Washington ended on Saturday without a deal.',
      'Korea and the U.S. discussed tariffs on autos and steel during the meeting on Monday.',
      'Negotiations with trading partners including Korea continued in Washington on Friday.',
      // A past perfect reported by a recent statement tells the past, not background.
      'Yeo told reporters on Wednesday that he and Greer had held productive talks in Paris.',
      'Kim told reporters on Monday he had met Lutnick twice in Washington.',
      'The ministry said on Friday that negotiators had held a third round of talks with U.S. officials.',
      // A leading phrase with no verb is not a subordinate clause.
      'After the signing ceremony, Lee and Trump continued discussions for about 30 minutes on Thursday.',
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
    counterexamples: [
      // "met with" after "be" is how something was received.
      'The US tariff cut was warmly met with praise from Korean carmakers on Friday.',
      'Seoul’s offer has been met with a cool reception in Washington.',
      'Korea’s counteroffer was met with silence from the US side on Monday.',
      // The participle after its noun describes talks still to come: "for talks centered around autos".
      'Korean officials will meet their US counterparts in Washington for discussions centered around tariffs.',
      'Kim will travel to Washington this week for consultations centered around autos, the ministry said.',
      'Seoul will send a team to Washington for talks focused around farm access.',
      // A body of one side convening is no meeting of the two.
      'Lawmakers convened a hearing on the Korea tariff deal on Monday.',
      'Lee convened an emergency meeting of ministers on Monday to discuss the US tariffs.',
      // Said of what was negotiated: the participle describes the noun, whose own verb comes later.
      'The minister said the quotas negotiated with the US team protect Korean steelmakers.',
      'Kim said that the safeguards negotiated with Washington were enough for rice farmers.',
      'Yeo said the rules negotiated with the US side were a win for Korean chipmakers.',
      // ... but not one still to come, nor a discussion "on" its topic.
      'Kim will set out Seoul’s terms at a meeting in Washington next week.',
      'Kim spoke at a roundtable discussion on the US levies on Friday.',
      'Kim hopes to win a cut at the meeting on Friday.',
      // The partner's own ministries or agencies conferring is no round with the other side.
      'Seoul’s top officials held an inter-ministerial session on Monday to plan the answer to the US court decision.',
      'Seoul held an interagency meeting on Tuesday to go over the US tariff ruling.',
      'The finance ministry held an inter-agency meeting on Friday to weigh the US court ruling.',
      // How talks still to come will go, or what will be done at one, is no round held.
      'The talks with Greer will be productive, Yeo said.',
      'During his meeting with Lutnick next week, Kim will raise the fund.',
      'Yeo hopes the talks with Greer go well.',
      // Meeting the press, and a move "met with" a reaction, are no round with the other side.
      'Trump met with reporters at the air base on Sunday and mentioned Korea’s tariffs.',
      'Lutnick met journalists in Washington on Friday to explain the Korea deal.',
      'Yeo met with reporters in Seoul on Monday to brief them on the US tariff talks.',
      'The White House order sparing Korean chips has been met with relief in Seoul.',
      'Washington’s decision on Korean cars was met with dismay by Seoul on Friday.',
      'The US offer on steel met with anger among Korean officials this week.',
      // A meeting convened is mostly one's own side's; a point stressed "during trade negotiations" at large; a
      // trip still to end.
      'Lee convened a meeting of his economic ministers in Seoul on Monday on the US tariff talks.',
      'Carney raised softwood as a priority during trade negotiations with Washington, his office said.',
      'Yeo will wrap up his Washington visit on Friday after meeting Greer.',
      // What the talks "remain" or "stay" focused on is where they stand, not a round told.
      'Seoul’s negotiations with Washington remain focused on two aims, Yeo said on Monday.',
      'The talks with Washington stay focused on the fund, officials said on Friday.',
      'Negotiations with the US remain centered on autos, Seoul said on Monday.',
      // Ending the talks and then acting on tariffs breaks them off: the place after the comma is the act's.
      'Washington ended the negotiations, slapping new duties on Korean steel at midnight.',
      'Seoul ended the talks, then put levies on US beef on Monday.',
      'Trump ended the negotiations, clamping duties on Korean cars in retaliation.',
      // Talks made possible are not talks held.
      'Trump’s remarks on Friday opened the door for another round of talks with Seoul.',
      'Washington opened the door to new talks with Seoul on Friday.',
      'The ruling opened a path to fresh negotiations between Seoul and Washington on Monday.',
      // A deal "negotiated" or "discussed with" the other side: the participle describes the deal.
      'The White House posted the new rates on Thursday, in keeping with the framework negotiated with Seoul.',
      'On Thursday, Trump signed an order cutting tariffs on Korean cars as a step in carrying out the pact negotiated with Seoul.',
      'Under the framework discussed with Lutnick last week, Seoul is to put $350 billion into US projects.',
      'Under the text of the accord negotiated with Seoul on Friday, the levy on Korean cars drops to 15%.',
      'With the signing of the memorandum negotiated with Lutnick, Seoul will start the $350 billion fund.',
      // Met by video or online: a call by other means.
      'Yeo held online discussions with Greer on Friday.',
      'Kim and Lutnick held a virtual meeting on Monday on the fund.',
      'Korea held talks with the US side via videoconference on Monday.',
      // A tally of rounds to date.
      'So far, Seoul has held two rounds of talks with Washington, Yeo said.',
      'Korea has held seven rounds of talks with the US so far.',
      'Kim said Seoul had held three rounds of talks with Washington so far without a deal.',
      'Yeo has held a number of meetings with Greer in Washington, the ministry said.',
      'Korea held a number of talks with Washington on the fund, Kim said.',
      'Officials from Seoul and Washington held a number of meetings in Geneva, Yeo said.',
      // Leaving for the meeting: it is still to come.
      'Yeo left for the talks with Lutnick on Tuesday.',
      // Met with a reaction, not with the other side.
      'Trump has proposed a 30% levy on Korean goods, a move met with fierce opposition from Seoul.',
      'The US demand for $350 billion in cash met with resistance from Korean officials on Monday.',
      'Lutnick’s proposal was met with skepticism in Seoul, where officials called it unworkable.',
      // The perfect progressive tells the negotiation at large, as "are negotiating" does.
      'Seoul has been negotiating with Washington over the investment fund.',
      'Korea has been discussing the tariff package with US officials, the ministry said.',
      'Yeo has been talking with Lutnick about the auto tariff.',
      // Earlier rounds told as background.
      'The previous rounds of talks between the two sides were held in Seoul and in Washington.',
      'A prior round of negotiations with Greer took place in Geneva, officials noted.',
      'Yeo said the previous meeting with Lutnick lasted about two hours.',
      'Yeo will visit the US capital next week to hold talks with Greer.',
      'Yeo had visited Washington in May to negotiate with Greer.',
      'Seoul’s minister traveled to Washington on Monday to negotiate over the steel levies.',
      // One side's own companies and exporters.
      'Kim met with local companies on Tuesday to discuss the US levy.',
      'Yeo met with Korean firms on Monday to discuss the US tariffs.',
      'The trade ministry held talks with exporters on Friday about the 25% tariff.',
      'Talks between Korea and the US could result in a deal next month.',
      // Going on, with no round named.
      'Korea and the US are negotiating the terms of the fund, Seoul’s finance minister says',
      'Talks on the fund are being conducted by Kim and Lutnick, the presidential office said.',
      'Washington and Seoul are still discussing the tariff on Korean cars, officials said.',
      'The talks with Greer will go ahead next week, Seoul said on Friday.',
      // Two partners meeting each other on the US tariffs.
      'Korea and Japan held talks on the US tariffs in Tokyo on Monday.',
      'Seoul and Tokyo met on Friday over the US duties.',
      // Earlier this year is no longer this news.
      'Earlier this year, Yeo met Greer in Washington on the auto tariffs.',
      // Requirements, demands and standards are met by satisfying them.
      'Korea met Washington’s requirements on beef on Tuesday, the US said.',
      'Seoul has met the US demands on rice, officials said on Monday.',
      'Korea met US standards for auto safety this week.',
      // A participle between a determiner and its noun is an adjective: nothing was negotiated there.
      'Both sides want a careful, negotiated settlement with the US on steel quotas.',
      'Korea wants a negotiated settlement with Washington on the fund.',
      'The two sides met in Washington, weeks after the deal was struck.',
      'The next round of negotiations with the US will commence in Washington next week.',
      'Talks with the US are expected to get under way next month.',
      'The two sides will reconvene in Seoul next week.',
      // An outcome negotiated, with no round told.
      'Korea negotiated a reduction of its tariff rate with the US this week.',
      'Korea negotiated an exemption from US tariffs for its chips this week.',
      'Korea has negotiated a cut in its US tariff rate, the ministry said.',
      // Business leaders meeting the other side lobby; they do not negotiate.
      'Businessmen like the head of a Korean steelmaker met with Trump on Monday to discuss the impact of the tariffs.',
      'Korean tycoons met Trump in the Oval Office on Tuesday to discuss the 25% tariff.',
      'Business executives from Seoul met with Greer on Thursday to discuss the tariffs.',
      // One side's own meeting on its response.
      'Seoul held a countermeasure meeting on the US tariff hike on Monday.',
      'The presidential office held a meeting chaired by the prime minister on the US tariffs on Monday.',
      'Officials from several ministries held a countermeasure meeting after Trump’s tariff post on Tuesday.',
      'Trump talked about tariffs on Korea on Monday.',
      'Lee talked with Trump by phone on Monday.',
      'Talks focused on the fund are expected next week.',
      'For months the tariff talks with Washington have focused on autos.',
      'The talks between Korea and the US, which began in April, have yet to produce a deal.',
      'Korea and the US will resume tariff talks next week.',
      'Korea wants to resume the stalled negotiations with Washington soon.',
      'Korea will spend the next week negotiating with the US.',
      'Yeo held a video call with Greer on Friday about the tariffs.',
      // One side's own people meeting about the US demands.
      'Immediately after landing on Friday, Yeo held final consultations with his colleagues on the U.S. tariff offer.',
      'Lee met the Security Council on Monday to review the U.S. tariff demands.',
      'The trade minister discussed the U.S. tariffs with parliament on Tuesday.',
      'South Korean negotiators will meet Lutnick next week.',
      'Seoul has asked Washington to hold another round of tariff talks within the coming week.',
      'The U.S. side apologized and proposed rescheduling the meeting with Korea as soon as possible.',
      'Washington continued negotiating with countries seeking lower tariffs after the Korean deal.',
      'Korea and the U.S. had held talks in May before the election.',
      'Kim said Korea had held talks with the U.S. many times without result.',
      // One side meeting to coordinate its own strategy before the talks.
      'Ahead of the talks with the US, Seoul held an economic ministers’ meeting on Monday to coordinate its negotiating strategy.',
      'Korean trade officials met on Tuesday to coordinate their response to the US tariff demands.',
      'Korean ministers met with US-based advisers on Friday to coordinate positions before the talks in Washington.',
      // A count of meetings so far, or of meetings met many times, is the negotiation's history, not a round.
      'Seoul and Washington have so far conducted four rounds of tariff negotiations.',
      'The two sides have held four rounds of negotiations with Washington to date, Seoul said.',
      'Korean and US negotiators have met many times on tariffs.',
      'Korean officials have repeatedly met US counterparts on tariffs.',
      'After the two sides met in May, Korea held talks with Japan on Monday.',
      'The minister held a cabinet meeting on the U.S. tariffs on Monday.',
      'Lee met business leaders on Monday to discuss the U.S. tariffs.',
      'The government held a contingency meeting on the U.S. steel tariffs on Monday.',
      'Seoul convened a contingency meeting with exporters on Friday after the U.S. tariff announcement.',
      'The ministry held contingency talks with carmakers on Tuesday over the 25% U.S. levy.',
      'Korea hopes to make progress in the tariff talks with the US next week.',
      'Ahead of the Korea-US summit to be held in Gyeongju, officials traded proposals.',
      'Trump said on Thursday he was abruptly ending trade talks with Korea.',
      // "have" as the auxiliary of another verb.
      'Lee and Trump have agreed to hold an in-person meeting soon, the presidential office said on Monday.',
      'Korea has engaged in sincere and patient negotiations with the U.S. despite the change of government.',
      'Lee has promised to arrange an in-person meeting with Trump, his office said on Monday.',
      'Yeo will sit down with Greer in Washington next week.',
      // "End", "start" and "opening" as nouns: a time in the talks, not a round held.
      'The minister expressed hope that the Trump administration will lower the tariff rate for Korea at the end of the negotiations.',
      'Korea wanted the chip tariffs settled by the Trump administration before the start of negotiations.',
      'Seoul sent its offer to the Trump administration at the opening of negotiations.',
    ],
  },
];
