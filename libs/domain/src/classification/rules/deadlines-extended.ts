import type { SignalRule } from './types';
import { DEADLINE_EXTENDED_COUNTEREXAMPLES } from './deadlines-extended-counterexamples';
import { COUNTER_WORDS } from './tariff-words';
import { MEETING_WORDS } from '../nlp/words';

/** A deadline extended: a date moved, a tariff put off or paused, more time or a reprieve granted. */
export const DEADLINE_EXTENDED_RULES: SignalRule[] = [
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
      // ... with what the deadline is for between: "moved its deadline for finishing deals with partners to Aug. 1".
      '@move^|shift^ ~3 deadline ~8 to ~2 DATE',
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
      // "puts a 90-day pause on that 30% tariff hike", "placed a freeze on the levies".
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
      // Relief or a cut put off comes later: the opposite of more time before a tariff. ("The tariff cut" is read
      // as a verb after its noun, so "cut" would end the object before it is seen.)
      'relief',
      'reduction',
    ],
    confidence: 0.78,
    examples: [
      // A deadline or a start date moved, a truce lengthened, more time granted.
      // An order or a statement after its day whose relative clause puts the levy off ("that delays ...").
      'Trump signed an order on Monday that delays the tariff increase on Korean goods.',
      'The White House released a statement Tuesday that delays the levies on Korea until Aug. 1.',
      'Trump issued an order late Monday that delays the 25% tariffs on Seoul by three weeks.',
      'The tariff deadline for Korea and Japan has been moved to Aug. 1, White House officials said on Monday.',
      'The tariff deadline for Seoul and Tokyo was shifted to Aug. 1, officials said on Friday.',
      'Washington has moved its deadline for concluding tariff deals with Seoul and others to Aug. 1.',
      'The US shifted the deadline for Korea to sign a trade pact to the first of August, Seoul said.',
      'Trump moved the deadline for a deal with Korea on cars to Aug. 1 on Monday.',
      'Washington is moving its tariff date for Korea to Aug. 1, officials said on Tuesday.',
      'The start of the higher rates was pushed from Aug. 1 to Aug. 7, US officials said on Thursday.',
      'The higher rates on Korean goods, first due on July 9, are now deferred until Aug. 1.',
      'The tariff truce, which was due to end on Tuesday, will now run until Nov. 10, officials said.',
      'The reciprocal rates’ 90-day pause will now last through Aug. 1, a White House aide said on Monday.',
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
      'The two sides have gained three more weeks for talks, extending the tariff start date to Aug. 1 from July 8.',
      'Both sides agreed on more negotiations, delaying the levy on Korean goods until Sept. 1.',
      'The round of talks ran into overtime, postponing the tariff start to Aug. 1.',
      // A tariff paused, in the passive: more time before it applies.
      'The 25% tariffs on Korean goods will be paused for 90 days, Trump said.',
      'The new levy on Korean cars has been paused for four weeks, officials in Washington said.',
      'The higher duties on Korean steel were paused on Friday for 60 days.',
      // Pushed back or off, the object straight after.
      'Washington pushed off the tariffs on Korean goods until Aug. 1.',
      'Trump pushed back Korea’s tariff deadline to Aug. 1.',
      'Trump pushed back the start of the 25% levy on Korea to Aug. 1.',
      'Trump pushed back tariffs on Korea until Aug. 1.',
      'The White House pushed off implementation of the Korean levy to Aug. 1.',
      'Washington pushed back deadlines for Korea and Japan to Aug. 1.',
      // A long subject before the passive.
      'The 25% levy on cars shipped from Korea to the US has been postponed until Sept. 1, the White House said.',
      'Tariffs on Korean steel and aluminium products have been delayed by three weeks, officials said on Monday.',
      'The deadline for Seoul to strike a fund deal with Washington has been extended to Aug. 15.',
      'Trump pushed Seoul’s original July 9 deadline back by three weeks.',
      'The White House pushed Seoul’s long-standing July 9 deadline to Aug. 1.',
      'Trump pushed the Korean government’s original deadline until September.',
      'Trump put off the 25% tariff on Korean goods for 90 days on Thursday.',
      'The new US tariffs on Korean cars were put off until Oct. 1, the White House said on Friday.',
      'Washington put off the tariff hike on Korean steel by three weeks on Monday.',
      // A pause or a freeze put on the tariff.
      'Trump put a fresh 90-day pause on his 30% tariff hike on Korea on Thursday.',
      'The White House placed a freeze on the new levies on Korean goods on Monday.',
      'White House puts two-month pause on Korea tariff increase',
      // Talks or a meeting in the clause do not make a move made their topic.
      'The meeting between Trump and Lee has extended the tariff truce for Korea by a year.',
      'Trump was pausing the new tariffs on Korean goods for 90 days to make room for negotiations, the White House said.',
      'After two full days of talks, Washington extended the deadline for Korea to Sept. 1.',
      'Seoul welcomed the US decision, announced after the talks, that postponed the tariff hike on Korean goods.',
      'Trump extended the deadline for Korea to Aug. 1, as expected.',
      'The White House pushed back the deadline for Korea by three weeks.',
      'Trump signed an order extending the tariff pause for South Korea to Aug. 1.',
      'The tariff deadline for Korea was postponed to Aug. 1, a White House spokeswoman said.',
      'Trump said on Sunday he granted Seoul an extension on the tariff deadline until Aug. 1.',
      'The new deadline for the Korean levies moved from July 8 to Aug. 1.',
      'Washington approved an extension to the deadline for Korea by three weeks.',
      'Trump, Lee agree to 90-day delay of US tariff hike on Korean goods',
      'Seoul and Washington announced on Thursday a 90-day extension to the tariff deadline.',
      'Trump on Monday postponed the 25% levies on Korean goods to Aug. 1.',
      // An extension announced for a day to come is news already.
      'Trump to delay July 8 tariff deadline for Korea to Aug. 1',
      'Trump will sign an order on Monday delaying the July 9 deadline for Korea to Aug. 1.',
      'Trump pushed the deadline for Korea to Aug. 1 on Monday.',
      'The White House pushed off the tariff hike on Korean goods by two weeks.',
      'The US has agreed to delay the tariff hike on Korean goods from Oct. 1 to Oct. 15.',
      'Trump on Thursday gave Korea another 90 days to negotiate before the higher tariffs apply.',
      'The White House granted Seoul more time to reach a deal, officials said on Friday.',
      'Washington will allow Korea an additional three weeks to finish the deal before the levies start.',
      'The White House gave Seoul an extra three weeks, until August 1, to reach a deal.',
    ],
    counterexamples: DEADLINE_EXTENDED_COUNTEREXAMPLES,
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
      'Trump told reporters on Tuesday he would hold off on imposing the higher levies on Korea.',
      'Washington will hold off on the tariff increase for Korean cars, the White House said on Friday.',
    ],
    counterexamples: [
      'Korea hopes to win a reprieve from the tariffs in the talks.',
      'Trump refused to hold off on raising the tariffs on Korea.',
      'Seoul is rushing to secure a reprieve at the last minute from the US tariffs now looming.',
    ],
  },
];
