import type { SignalRule } from './types';
import { COUNTER_WORDS, DEAL_WORDS, SECTOR_WORDS, TARIFF, TARIFF_STARTS_ON_DATE } from './tariff-words';
import { MEETING_WORDS } from '../nlp/words';
import { OTHER_DEADLINE_PURPOSES } from './vocabulary';

export const DEADLINE_RULES: SignalRule[] = [
  {
    id: 'deadline.set-by',
    signal: 'deadline_set',
    patterns: [
      '@set^|impose^|give^|announce^|reaffirm^ ~6 deadline',
      // "gave the EU until July 9 to reach a deal": a day granted is a deadline set.
      '@give^|grant^ ~4 until|till ~2 DATE',
    ],
    // "Trump's self-imposed deadline" names a deadline by who set it; it sets nothing now.
    forbid: ['hedged', 'nonfinite', 'attributive'],
    unless: ['court', 'judge', 'lawmaker', 'parliament', ...OTHER_DEADLINE_PURPOSES],
    confidence: 0.7,
    examples: [
      'Trump set a deadline of July 9 for Korea to strike a deal.',
      'The White House announced a new deadline for Seoul on Monday.',
      'Trump gave Korea until July 9 to reach a deal or face 50% tariffs.',
      'Washington has given Seoul until Aug. 1 to improve its offer, officials said.',
      'The White House granted Korea until Sept. 1 to finish the talks.',
    ],
    counterexamples: [
      'Trump could set a new deadline for Korea if talks drag on.',
      // A deadline named by who set it is the story's backdrop, not news of it.
      'The statement comes a week ahead of the Aug. 1 deadline set by Trump for tariffs on Korean goods.',
      'Just days before the 90-day deadline set by Washington, Seoul sent its negotiator.',
      'The White House did not set a deadline for the talks with Korea.',
      'Trump could give Korea until Sept. 1 if the talks go well.',
      'The court gave the administration until Aug. 1 to answer the tariff challenge.',
      // A deadline for a sale, a ban or a budget is no tariff's.
      'Washington gave the Korean shipyard until Aug. 12 to find a buyer for its US unit.',
      'The White House set a Sept. 15 deadline for the Korean app maker to complete a sale of its US arm.',
      'Trump gave Seoul’s battery firm until Oct. 1 to divest its stake in the Georgia plant.',
      'The accord comes as Trump’s self-imposed deadline for the Korea talks is near.',
      'Trump’s self-imposed July 9 deadline for Korea looms over the negotiations.',
      'With the White House’s self-imposed tariff deadline days away, Seoul sent Yeo to Washington.',
    ],
  },
  {
    // "Korea has until Aug. 1 to reach a deal, the White House said on Monday": the day stated as this
    // week's news; without a time of its own the same words are the story's backdrop.
    id: 'deadline.has-until',
    signal: 'deadline_set',
    patterns: ['@have^ ~1 until|till ~2 DATE ~3 to'],
    forbid: ['hedged', 'nonfinite', 'past'],
    needs: ['anchored', 'futureDate'],
    confidence: 0.66,
    examples: [
      'Seoul has until Aug. 1 to reach a deal with the US, the White House said on Monday.',
      'Korea now has until Aug. 1 to strike a deal, Lutnick told reporters on Tuesday.',
      'Trade partners such as Korea have until Aug. 1 to conclude agreements, Trump wrote on Monday.',
    ],
    counterexamples: [
      'Korea had until July 9 to reach a deal with the US before the date was moved.',
      'Korea may have until Sept. 1 to reach a deal, an aide said on Monday.',
    ],
  },
  {
    id: 'deadline.set',
    signal: 'deadline_set',
    patterns: [
      '@deadline ~2 of|on|for|is|be|at DATE',
      '@deadline ~4 firm|final|hard|hold|stand|stick|remain',
      // "The deadline for Korea to reach a deal is Aug. 1", "Aug. 1 remains the deadline for Korea".
      '@deadline ~10 be ~1 now? DATE',
      'DATE ~1 be|remain ~2 @deadline',
    ],
    forbid: ['nonfinite'],
    // A deadline named as the time something else happens before is not news about the deadline.
    unless: [
      'before',
      'ahead',
      'amid',
      'approach',
      'loom',
      'until',
      'by',
      // A deadline that passed or was missed is not one set.
      'pass',
      'miss',
      'expire',
      'lapse',
      // Deadlines of parliaments and paperwork.
      'budget',
      'bill',
      'legislation',
      'lawmaker',
      'assembly',
      'parliament',
      'filing',
      'application',
      // A deadline asked to be moved is a request.
      'ask',
      'request',
      'seek',
      // A deadline made moot by a deal is no deadline set.
      'inconsequential',
      'moot',
      'irrelevant',
      'meaningless',
      'obsolete',
    ],
    confidence: 0.72,
    examples: [
      'Lutnick said on Sunday that the Aug. 1 deadline for Korea is a hard deadline.',
      'The Aug. 1 deadline for Korea is hard and fast, the White House said on Monday.',
      'Greer said the deadline for Seoul was a hard one.',
      'Trump said the Aug. 1 deadline for South Korea is firm and there will be no extensions.',
      'The deadline for Korea remains Aug. 1, a White House official said.',
      'The White House gave Seoul a final deadline of Aug. 1, with no further delays.',
      'The deadline for Korea to reach a deal with the US is Aug. 1, Lutnick said on Monday.',
      'The deadline for Seoul to make its offer is now Aug. 1, the White House said.',
      'Aug. 1 remains the deadline for Korea, the White House said on Monday.',
      'August 1 is the deadline for Korea to strike a deal, Lutnick said.',
    ],
    counterexamples: [
      'The deadline for Korea passed on Friday without a deal.',
      'Korea missed the Aug. 1 deadline, officials said on Monday.',
      'The deadline for Korea may be extended again, an official said.',
      'Korea had met the April deadline last year.',
      'If the deadline is extended, the talks with the US would continue.',
      'Korea and the US held talks ahead of the Aug. 1 deadline.',
      'Negotiators are racing to close a deal as the July 9 deadline approaches.',
      'The deadline for Korean lawmakers to pass the special investment bill is Feb. 28.',
      'The deadline for EU countries to submit their budget plans is Oct. 15.',
      'Korea asked for an extension of the deadline on Monday.',
      'Seoul will seek a delay of the deadline on Friday, officials said.',
      'The deadline for Korea was July 9 until Trump extended it.',
      'If the deadline for Korea is Aug. 1, the talks must speed up.',
      'Trump said on Friday that the Aug. 1 deadline is now inconsequential.',
      'With the deal signed, the deadline of July 9 for Korea is moot, officials said.',
      'The deadline for Seoul is now meaningless, Lutnick said on Monday.',
    ],
  },
  {
    // A deadline said to still hold is reaffirmed as firm: "the president's directive remains in effect".
    id: 'deadline.still-holds',
    signal: 'deadline_set',
    patterns: [
      'deadline|directive ~3 @remain|stay ~2 in ~1 effect|place|force',
      'deadline ~3 @remain|stand|hold ~2 firm|unchanged',
      '@stand|hold ~1 by ~4 deadline',
    ],
    // What still holds was set earlier: "the earlier directive remains in effect" is news that it holds.
    allow: ['conditional', 'recap'],
    forbid: ['negated', 'past'],
    confidence: 0.66,
    examples: [
      'The official added that the president’s earlier directive remains in effect if no other agreement is reached with Korea.',
      'The Aug. 1 deadline for Korea remains in place, the White House said on Friday.',
      'Lutnick said the deadline for Seoul stands firm.',
      'The White House said the Aug. 1 deadline for Korea stays in force.',
      'The deadline for Korea remains unchanged, Lutnick said on Friday.',
      'The tariff deadline for Seoul holds firm, the White House said on Monday.',
      'Lutnick said Washington stands by the deadline for Korea.',
      'The US holds by its Aug. 1 deadline for Seoul, the White House said.',
      'Trump is standing by his Aug. 1 deadline for Korea, his spokeswoman said.',
    ],
    counterexamples: [
      'The tariffs on Korean steel remain in effect, the ministry said.',
      'The deadline no longer stays in place after the deal, officials said.',
      'The July 9 deadline remained in effect until Trump moved it in early July.',
    ],
  },
  {
    id: 'deadline.no-extension',
    signal: 'deadline_set',
    patterns: [
      '@no ~2 extension|delay|grace|postponement',
      // "no more time" for a deal; not "no more talks" or "no more room for concessions".
      '@no ~1 more ~2 time|day|week|extension|delay',
      'not ~2 @extend|delay|postpone|push|move ~4 deadline|date|tariff',
      // "the Aug. 1 deadline for Korea would not move".
      'deadline ~6 not ~1 @move|change|shift|budge|slip',
    ],
    allow: ['negated', 'hedged', 'future'],
    // "no more than 15%" caps a rate; "did not rule out extending" leaves the door open.
    unless: ['than', 'rule/VERB'],
    confidence: 0.72,
    examples: [
      'Trump said on Tuesday there would be no extensions beyond Aug. 1 for Korea’s tariffs.',
      'Trump said he would not extend the July 9 tariff deadline for Korea.',
      '“No extensions, no more grace periods,” Lutnick said of the Aug. 1 deadline for Korea.',
      'Lutnick said on Monday the Aug. 1 deadline for Korea would not move.',
      'The deadline for Korea will not change, the White House said on Friday.',
      'Trump said the Aug. 1 deadline for Seoul won’t budge.',
      'There will be no more time for Korea after Aug. 1, Lutnick said on Monday.',
    ],
    counterexamples: [
      'Trump extended the deadline for Korea to Aug. 1.',
      'If there is no extension, Korea and the US would keep talking.',
      'Trump did not rule out extending the deadline for Korea.',
      'Lutnick would not rule out a delay of the Aug. 1 date.',
      'The White House has not ruled out pushing the tariff deadline back.',
      'The U.S. pledged to limit duties on most Korean goods to no more than 15%.',
      'Under the deal, tariffs on Korean cars will be capped at no more than 15 percent from Aug. 1.',
      'Seoul is pressing for a rate of no more than 15% on its chips before the deadline.',
      // "No more" of something else than time.
      'Lutnick told Seoul on Friday there would be "no more talks" on the fund.',
      'Trump said there would be no more meetings with Seoul on the tariff deal before Aug. 1.',
      'Kim said there was no more room for concessions on rice before the Aug. 1 deadline.',
    ],
  },
  {
    // A refusal to move it, which is no refusal once negated ("did not rule out extending").
    id: 'deadline.extension-refused',
    signal: 'deadline_set',
    patterns: [
      '@refuse|decline ~1 to ~2 extend|delay|postpone|push|move ~4 deadline|date|tariff',
      '@rule ~1 out ~2 extend|extension|delay|postpone|push|move|postponement ~4 deadline|date|tariff',
    ],
    allow: ['future'],
    confidence: 0.72,
    examples: [
      'Trump refused to extend the Aug. 1 deadline for Korea, the White House said.',
      'Lutnick declined to push back the tariff deadline for Korean goods.',
      'Trump ruled out extending the deadline for Korea beyond Aug. 1.',
      'The White House has ruled out any postponement of the Aug. 1 deadline.',
      'The White House declined to delay the tariff date for Seoul, officials said on Monday.',
      'Lutnick on Friday ruled out a delay of the Aug. 1 deadline for Korean goods.',
    ],
    counterexamples: [
      'Trump did not rule out extending the deadline for Korea.',
      'Korea refused to accept the US demand before the deadline.',
      'Trump may refuse to extend the deadline if talks stall.',
    ],
  },
  {
    id: 'deadline.extended',
    signal: 'deadline_extended',
    patterns: [
      '@extend^|postpone^|delay^|pause^|suspend^|defer^ ~6 deadline|tariff|truce|pause|implementation|levy|date|grace',
      // Pushing back or pushing a date on moves it; pushing ahead with a tariff goes through with it. Pushing back
      // "on" or "against" a tariff resists it: the object follows "back" at once.
      '@push^ ~1 back|off the|its|their|a|this|that|DATE|RATE|PARTY|OTHER_PARTY ~5 deadline|tariff|truce|pause|implementation|levy|date|grace',
      '@push^ ~1 back|off deadline|tariff|truce|pause|implementation|levy|date|grace',
      // "put off the tariffs for 90 days", "the new tariffs were put off".
      '@put^ ~1 off ~6 deadline|tariff|truce|implementation|levy|date|hike',
      '@deadline|tariff|levy|hike|implementation ~6 put ~1 off',
      // The deadline may carry its owner and its old date: "pushed Seoul's original July 9 deadline back".
      '@push^ ~5 deadline|date ~3 back|to|until',
      '@deadline|truce|pause|tariff ~6 extend^|postpone^|delay^|defer^',
      '@deadline|truce|pause|tariff ~6 push ~2 back',
      // The passive after a long subject: "The 25% levy on cars shipped from Korea to the US has been postponed".
      '@deadline|truce|pause|tariff|levy|hike|rate ~14 extend^|postpone^|delay^|defer^',
      // ... and a tariff paused ("the 25% tariffs will be paused for 90 days").
      '@tariff|levy|duty|hike ~14 pause^',
      '@move^|shift^ ~3 deadline|date ~3 to',
      'deadline ~8 @move^|shift^ ~4 to|until',
      // A date moved from one day to another: "the start was pushed from Aug. 1 to Aug. 7".
      '@push^|move^|shift^ ~2 from ~1 DATE ~2 to ~1 DATE',
      // A pause that will now run longer: "the truce will now last another year", "will now run until Aug. 1".
      'truce|pause|suspension|reprieve ~14 now ~2 @run|last ~3 until|through|till|another|an',
      // More time granted: "granted Mexico a further extension of several weeks".
      '@grant^|give^ ~4 extension|reprieve',
      'agree|approve|grant|announce ~4 @delay|extension|postponement|pause|suspension ~4 tariff|deadline|hike|levy|implementation',
      // A further pause named as a noun, with the new end: "yielded a further suspension of the higher rates until
      // Nov. 10", "includes another one-year pause in the duties, to Nov. 10".
      'further|another|new|fresh ~3 @suspension|pause|extension|postponement ~6 tariff|levy|duty|rate|truce|deadline ~4 until|to|through|till ~1 DATE',
      // "puts a 90-day pause on the 30% tariff hike", "placed a freeze on the levies".
      'put|place ~3 @pause|freeze|hold ~2 on ~4 tariff|deadline|hike|levy|implementation',
      '@extension ~3 of|on|for|to ~4 deadline|truce|pause',
      // "gave Mexico another 90 days to negotiate": more time granted before the tariffs apply.
      '@give^|grant^|allow^ ~3 another|more|extra|additional ~3 day|week|month|time',
    ],
    // "the now-paused 26% tariff", "the postponed levy": a pause told as what the tariff is, not a move made now.
    forbid: ['attributive'],
    // An extension told away from the lead, with no time near the day of publication and no new date to come, is
    // the story's background ("has been delayed twice as talks went on").
    needs: ['current'],
    // More time asked for is a request, not an extension; one "expected" is a forecast.
    unless: [
      'expect',
      // A meeting held "to extend the truce" has that aim; the extension is still to be made.
      'visit',
      'trip',
      'delegation',
      'ask',
      'request',
      'seek',
      // An extension aimed at, targeted or hoped for is not yet made.
      'aim',
      'target',
      'hope',
      'urge',
      // An extension proposed is an offer on the table.
      'proposal',
      'propose',
      // A parliament delaying its vote on the deal moves no tariff deadline.
      'ratification',
      'ratify',
      'vote/NOUN',
    ],
    // Talks or a meeting on an extension, or held to make one: the extension is their topic or aim.
    unlessTopic: [...MEETING_WORDS, 'meet'],
    // Suspending or delaying the negotiations themselves calls talks off; it moves no deadline. Thanks, greetings or
    // an invitation extended are courtesies.
    unlessObject: [
      ...COUNTER_WORDS,
      ...MEETING_WORDS,
      'congratulation',
      'thanks',
      'gratitude',
      'greeting',
      'condolence',
      'invitation',
      'welcome',
      'sympathy',
      // The partner's answer to the tariffs put off ("Brussels delays its tariff response"): its own step, not the
      // US deadline.
      'response',
      'reply',
    ],
    confidence: 0.78,
    examples: [
      // A deadline or a start date moved, a truce lengthened, more time granted.
      'The tariff deadline for Korea and Japan has been moved to Aug. 1, White House officials said on Monday.',
      'The tariff deadline for Seoul and Tokyo was shifted to Aug. 1, officials said on Friday.',
      'Washington is moving its tariff date for Korea to Aug. 1, officials said on Tuesday.',
      'The start of the higher rates was pushed from Aug. 1 to Aug. 7, US officials said on Thursday.',
      'The higher rates on Korean goods, first due on July 9, are now deferred until Aug. 1.',
      'The tariff truce, which was due to end on Tuesday, will now run until Nov. 10, officials said.',
      'The reciprocal rates’ 90-day pause will now last through Aug. 1, the White House said on Monday.',
      'Washington granted Seoul a three-week extension on Monday to finish the tariff talks.',
      // A further pause named as a noun, with its new end.
      'The accord also brought a further suspension of the higher tariffs on Korean goods until Nov. 10, 2026.',
      'The accord includes another one-year pause in the steeper duties, to Nov. 10, 2026, officials said on Friday.',
      'Seoul won a fresh extension of the tariff truce through Sept. 30, the ministry said on Monday.',
      'Both sides agreed on a suspension of the tariff hike for 90 days, the White House said on Tuesday.',
      'Washington announced a suspension of the higher levies on Korean goods on Friday.',
      'The White House approved a suspension of the tariff increase for Korea this week.',
      'The US has given Korea an extension of several weeks to pass the investment law, officials said on Friday.',
      // After a comma, the participle tells what the talks won: the move is made, not their topic.
      'The two sides have gained three more weeks for talks, extending the tariff start date to Aug. 1 from July 9.',
      'Both sides agreed on more negotiations, delaying the levy on Korean goods until Sept. 1.',
      'The round of talks ran into overtime, postponing the tariff start to Aug. 1.',
      // A tariff paused, in the passive: more time before it applies.
      'The 25% tariffs on Korean goods will be paused for 90 days, Trump said.',
      'The new levy on Korean cars has been paused for four weeks, officials in Washington said.',
      'The higher duties on Korean steel were paused on Friday for 60 days.',
      // Pushed back or off, the object straight after.
      'Trump pushed back Korea’s tariff deadline to Aug. 1.',
      'Washington pushed off the tariffs on Korean goods until Aug. 1.',
      'Trump pushed back the start of the 25% levy on Korea to Aug. 1.',
      'Trump pushed back tariffs on Korea until Aug. 1.',
      'The White House pushed off implementation of the Korean levy to Aug. 1.',
      'Washington pushed back deadlines for Korea and Japan to Aug. 1.',
      // A long subject before the passive.
      'The 25% levy on cars shipped from Korea to the US has been postponed until Sept. 1, the White House said.',
      'Tariffs on Korean steel and aluminium products have been delayed by three weeks, officials said on Monday.',
      'The deadline for Seoul to strike a deal with Washington on the fund has been extended to Aug. 15.',
      'Trump pushed Seoul’s original July 9 deadline back by three weeks.',
      'The White House pushed Seoul’s long-standing July 9 deadline to Aug. 1.',
      'Trump pushed the Korean government’s original deadline until September.',
      'Trump put off the 25% tariff on Korean goods for 90 days on Thursday.',
      'The new US tariffs on Korean cars were put off until Oct. 1, the White House said on Friday.',
      'Washington put off the tariff hike on Korean steel by three weeks on Monday.',
      // A pause or a freeze put on the tariff.
      'Trump put a 90-day pause on the 30% tariff hike on Korea on Thursday.',
      'The White House placed a freeze on the new levies on Korean goods on Monday.',
      'White House puts two-month pause on Korea tariff increase',
      // Talks or a meeting in the clause do not make a move made their topic.
      'The meeting between Trump and Lee has extended the tariff truce for Korea by a year.',
      'Trump was pausing the new tariffs on Korean goods for 90 days to make room for negotiations, the White House said.',
      'After two days of talks, Washington extended the deadline for Korea to Sept. 1.',
      'Seoul welcomed the US decision, announced after the talks, that postponed the tariff hike on Korean goods.',
      'Trump extended the deadline for Korea to Aug. 1, as expected.',
      'Trump signed an order extending the tariff pause for South Korea to Aug. 1.',
      'The White House pushed back the deadline for Korea by three weeks.',
      'The tariff deadline for Korea was postponed to Aug. 1, the White House said.',
      'Trump said on Sunday he granted Seoul an extension on the tariff deadline until Aug. 1.',
      'The new deadline for the Korean levies moved from July 8 to Aug. 1.',
      'Washington approved an extension to the deadline for Korea by three weeks.',
      'Lee and Trump agree to 90-day delay on US tariff hike for Korean goods',
      'Seoul and Washington announced a 90-day extension of the tariff deadline on Thursday.',
      'Trump on Monday postponed the 25% levies on Korean goods to Aug. 1.',
      // An extension announced for a day to come is news already.
      'Trump to delay July 9 tariff deadline for Korea to Aug. 1',
      'Trump will sign an order on Monday delaying the July 9 deadline for Korea to Aug. 1.',
      'Trump pushed the deadline for Korea to Aug. 1 on Monday.',
      'The White House pushed off the tariff hike on Korean goods by two weeks.',
      'The US has agreed to delay the tariff hike on Korean goods from Oct. 1 to Oct. 15.',
      'Trump on Thursday gave Korea another 90 days to negotiate before the higher tariffs apply.',
      'The White House granted Seoul more time to reach a deal, officials said on Friday.',
      'Washington will allow Korea an additional three weeks to finish the deal before the levies start.',
      'The White House gave Seoul an extra three weeks, until August 1, to reach a deal.',
    ],
    counterexamples: [
      // An extension that is possible is not one granted.
      'An extension of the July 8 deadline for Korea is possible, officials said.',
      // A pause now running out, or one asked for, is no new extension.
      'The earlier suspension of the higher tariffs until Aug. 12 ends on Tuesday.',
      'Seoul is seeking a further suspension of the tariff hike until Dec. 31.',
      'The fund talks moved from Seoul to Washington on Monday.',
      'The pause on Korean tariffs ran out on Wednesday, officials said.',
      'Korea gave the US delegation an extensive tour of the shipyard on Monday.',
      // The partner's own answer to the tariffs put off.
      'Korea has delayed its response to the US tariffs until mid-July, officials said.',
      'Korea postponed its response to the US levies by a month, the ministry said on Monday.',
      'The Korean government put off its reply to the 25% tariff, choosing to keep negotiating.',
      // A delay in something else, named as a noun after the tariff, moves no tariff date.
      'Korean exporters blame the tariff uncertainty on delays at the National Assembly.',
      'Trump raised the tariff threat over the delay in Seoul’s fund.',
      'A 25% tariff looms for Korea after the delays in its investment bill.',
      'Tariff worries mounted amid delays in the special act.',
      // The partner's own countermeasures put off, a participle before them ("its planned countermeasures").
      'The bloc will delay its planned countermeasures to the US tariffs for six months.',
      'The bloc has postponed its announced countermeasures on US tariffs until September.',
      'Canada will delay its planned retaliatory measures against US tariffs for 30 days.',
      // Courtesies extended move no date.
      "Lee extended his thanks to Korea's tariff negotiating team on Friday.",
      'Yeo extended an invitation to the US tariff negotiating team.',
      'Kim extended warm greetings to the tariff negotiating teams of both countries.',
      // A pause told as what the tariff is ("the now-paused tariff") moves no deadline now.
      'Seoul is pressing for the removal of the now-paused 25% tariff that Washington imposed on Korea.',
      'Korea pressed on Monday for the removal of the now-suspended 25% tariff on its cars.',
      'Seoul raised the now-delayed 25 percent levy on its steel at the talks on Friday.',
      // A pause suspended is no new time granted.
      'The 90-day pause on Korean tariffs was suspended after a day.',
      // Pushing back on or against a tariff resists it.
      'India pushed back hard on the tariff threat, officials said.',
      'Seoul pushed back on the tariff demands on Monday.',
      'Korea pushed back against the 25% tariff, officials said.',
      // The partner's own tariffs on US goods put off or kept suspended: its concession, not the US deadline.
      'Seoul extended the suspension of its tariffs on US goods for six months on Monday.',
      'Seoul on Friday paused its planned tariffs on US farm goods for 90 days.',
      'Seoul delayed its tariffs on American beef by 90 days on Friday.',
      // An extension proposed.
      'A proposal to postpone the tariff hike on Korean goods is on the table, officials said on Monday.',
      'The key item was a proposal from Seoul to extend the 90-day pause on the 25% levies.',
      'Korea tabled a proposal on Friday to delay the tariff hike by a month.',
      // A parliament delaying its vote on the deal.
      'US tariff threat on Korea grows as Seoul delays the vote on the tariff deal',
      'Korea’s parliament has postponed ratification of the tariff pact with the US until next month.',
      'The National Assembly delayed ratifying the tariff agreement with Washington on Monday.',
      'Korea put off its decision on the investment fund on Monday.',
      // The negotiations suspended or put off: talks called off, no deadline moved.
      'Washington told Seoul on Friday it would temporarily suspend its negotiations on the tariff deal.',
      'Washington postponed the talks on the tariff deal with Seoul on Friday.',
      'The US delayed negotiations on the tariff pact with Korea this week, officials said.',
      'Trump may put a pause on the tariff hike on Korea.',
      // The partner holding back its own answer to the US tariffs moves no US deadline.
      'Seoul will suspend its countermeasures against US tariffs for six months.',
      'Korea is again delaying retaliatory tariffs on US goods.',
      'Seoul suspended its retaliation against the US steel tariffs until August.',
      // Talks prolonged are no deadline moved.
      'Tariff talks between Korea and the US were extended into a second day.',
      'The negotiations on the tariff pause for Korea were extended by a day.',
      // The aim of a meeting, or of a summit, is an extension still to be made.
      'Trump and Lee are set to meet in Seoul next month to extend the tariff truce by a year.',
      'The Korean team will meet Greer on Friday to extend the tariff pause.',
      'Next week’s summit targets an extension of the tariff truce with Korea.',
      'Trump refused to extend the Aug. 1 deadline for Korea.',
      'Lutnick declined to push back the tariff deadline for Korean goods.',
      'The White House declined to delay the Aug. 1 deadline for Seoul.',
      // An extension "expected" is a forecast, not one granted.
      'Trump and Lee are expected to extend the trade truce at the Seoul summit.',
      'Trump and Lee expected to extend tariff truce at summit',
      'The White House is expected to delay the Aug. 1 deadline for Korea.',
      'Washington is widely expected to push back the tariff deadline for Seoul.',
      // "poised to" is about to, not done.
      'The US and Korea are poised to extend the tariff truce by a year.',
      'Trump is poised to delay the Aug. 1 deadline for Korea.',
      'The White House is poised to postpone the 25% tariff on Korean goods.',
      // The topic of talks, not a move made.
      'Korea and the US will continue discussions on extending the tariff truce.',
      'Officials held talks in Seoul on Monday about postponing the Aug. 1 deadline.',
      'The two sides are negotiating over delaying the tariff increase on Korean goods.',
      // ... or an item on the agenda a meeting covers.
      'Their talks with the US will cover fentanyl, soybeans, and extending their tariff truce.',
      'Officials said the US meeting includes port fees, chips, and extending the tariff pause.',
      'The meetings with Washington will tackle rare earths, soybeans, and extending the truce on tariffs.',
      'Trump said he would not extend the deadline for Korea.',
      'Korea hopes the US will extend the deadline.',
      'The deadline could be pushed back if talks with Seoul make progress.',
      'Korea’s tariff deal push hits roadblock after a tense call with Trump',
      'Korea expects the US will extend the deadline for its goods to Sept. 1.',
      'Seoul believes Washington will push back the Aug. 1 deadline for Korea.',
      'Analysts predict the US will postpone the tariff deadline for Korea to Sept. 1.',
      'Seoul wants Washington to delay the July 9 deadline to Aug. 1.',
      'Trump might extend the deadline for Korea to Sept. 1 if talks go well.',
      'Korea asked Washington to give it more time to study the proposal.',
      'Trump said he would not give Korea more time to reach a deal.',
      // Delays of visits and trips are no deadline moved.
      'Korea delays negotiators’ visit to Washington amid tariff uncertainty',
      'Seoul postponed the delegation’s trip to Washington until after the tariff hike.',
      'The White House plans to push ahead with the higher levies on Korean goods on Aug. 1.',
      'Trump pushed forward with the 25% tariff on Korea despite the talks.',
      'Washington is pushing Seoul to accept the tariff deal before the deadline.',
    ],
  },
  {
    // A reprieve granted or won, a rise held off: the tariffs held back for now (not one sought).
    id: 'deadline.reprieve',
    signal: 'deadline_extended',
    patterns: [
      '@give^|grant^|win^|secure^|get^|offer^ ~4 reprieve|respite',
      '@hold^ ~1 off ~3 on ~2 raise|impose|hike|increase|tariff|levy',
    ],
    forbid: ['infinitive'],
    unless: ['refuse', 'reject', 'hope', 'seek', 'try', 'want', 'ask', 'rush', 'scramble'],
    confidence: 0.7,
    examples: [
      'Trump on Monday granted South Korea a reprieve from the higher tariffs.',
      'Korea won a reprieve from the 25% levy on Friday, officials said.',
      'Seoul secured a two-week respite from the tariff hike on Tuesday.',
      'The US has agreed to hold off on raising tariffs on Korean goods, Yeo said on Tuesday.',
      'Trump said on Monday he would hold off on imposing the higher levies on Korea.',
      'Washington will hold off on the tariff increase for Korean cars, the White House said on Friday.',
    ],
    counterexamples: [
      'Korea hopes to win a reprieve from the tariffs in the talks.',
      'Trump refused to hold off on raising the tariffs on Korea.',
      'Korea is rushing to secure a last-minute reprieve from the looming US tariffs.',
    ],
  },
  {
    // "Trump announced that tariffs on Korean goods will take effect on Aug. 1": the start day announced as news.
    id: 'deadline.start-announced',
    signal: 'deadline_set',
    patterns: [
      `@announce^|declare^|order^|decree^ ~10 ${TARIFF} ~6 take|go|kick|come ~3 effect|in|force ~2 DATE`,
    ],
    forbid: ['subordinate'],
    needs: ['mainParty', 'futureDate'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.68,
    examples: [
      'Trump announced on Monday that tariffs on Korean goods will take effect on Aug. 1.',
      'The White House declared that the 25% levy on Korean imports would go into effect on Aug. 1.',
      'Trump ordered that the new duties on Korean goods take effect on Aug. 7.',
    ],
    counterexamples: [
      'Trump had announced in April that tariffs on Korean goods would take effect on July 9.',
      'Trump did not announce when the tariffs on Korean goods would take effect.',
    ],
  },
  {
    id: 'deadline.tariff-start-date',
    signal: 'deadline_set',
    // A rate announced with the day it starts sets the deadline; a tariff that "takes effect on Aug. 1" is
    // told as the backdrop (news dev: 3 of 3 such sentences unlabelled; collected dev: 4 of 4).
    patterns: [
      `RATE ~3 ${TARIFF} ~8 @from|starting|beginning|effective ~2 DATE`,
      `RATE ~3 ${TARIFF} ~14 @effective|starting|beginning ~2 DATE`,
      `${TARIFF} ~1 of ~4 RATE ~8 @from|starting|beginning|effective ~2 DATE`,
      `${TARIFF} ~6 @start|begin ~1 on|from ~2 DATE`,
    ],
    examples: [
      'Trump’s letter said Korean goods will be charged a 25% tariff from Aug. 1.',
      'A 25 percent tariff on all South Korean products starts on August 1.',
      'Korean goods face a 25% tariff starting Aug. 1, Trump said on Monday.',
      'Trump set a 25 percent levy on Korean imports effective August 1.',
      'The 25% duty on Korean goods begins on Aug. 1, the White House said.',
      'A 25% levy on Korean cars will start from August 1, the letter said.',
      'Trump announced a 25 per cent tariff on all products shipped from South Korea and its neighbours, effective Aug. 1.',
      'Trump set tariffs of 25% on Korean goods from Aug. 1.',
      'Korean goods face tariffs of up to 25% starting Aug. 1, Trump said on Monday.',
      'The letter sets a levy of 25% on Korean imports, effective August 1.',
    ],
    counterexamples: [
      ...TARIFF_STARTS_ON_DATE.counterexamples,
      'The levy on Korean goods is set to take effect on Aug. 1.',
      'Seoul is racing to strike a deal before punishing tariffs take effect on August 1.',
      'The 25 per cent tariffs on Korean goods are set to take effect on Aug 1, officials said.',
    ],
    // "talks continue before the tariff takes effect on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    needs: ['mainParty', 'futureDate', 'lead'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.66,
  },
];
