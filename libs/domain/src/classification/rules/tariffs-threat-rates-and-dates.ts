import {
  AVERTED_WORDS,
  COUNTER_WORDS,
  DEAL_WORDS,
  MONETARY_WORDS,
  SECTOR_WORDS,
  TARIFF,
  TARIFF_STARTS_ON_DATE,
} from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs threatened with a rate or a day named: a start day, a rise to a rate, an ultimatum, a letter. */
export const TARIFF_THREAT_RATE_AND_DATE_RULES: SignalRule[] = [
  {
    id: 'tariff.starts-on-date',
    signal: 'tariff_threatened',
    ...TARIFF_STARTS_ON_DATE,
    counterexamples: [
      ...TARIFF_STARTS_ON_DATE.counterexamples,
      // A rate and its day told by no one: where things stand (see tariff.threatened).
      'A 25 percent levy on every Korean product begins on August 1.',
      'The Korean levy kicks in from Aug. 1.',
      'Korean goods face tariffs of 25% from Aug. 1.',
      // The tariff a side works to avoid (see AVERTED_WORDS).
      'Seoul is scrambling to stave off a 25% levy that Trump says will start on Aug. 1.',
      'Seoul hopes to avert a 25% levy that Trump will charge from Aug. 1, officials told Lutnick on Monday.',
    ],
    // "talks continue before the tariff starts to apply on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    require: ['announced'],
    needs: ['mainParty', 'futureDate'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS, ...AVERTED_WORDS],
    confidence: 0.72,
  },
  {
    // A rise to a named rate announced by statement: a threat until an order puts it in force (labels'
    // judgement call), told in any tense ("said he was raising", "to rise to 25%").
    id: 'tariff.raise-to-rate',
    signal: 'tariff_threatened',
    patterns: [
      `@raise^|increase^|hike^|restore^|reinstate^|revert^|return^ ~8 ${TARIFF}|it|them ~10 to ~5 RATE`,
      `${TARIFF} ~6 @rise^|climb^|go^|increase^|jump^ ~5 to|up ~2 RATE`,
    ],
    allow: ['nonfinite'],
    needs: ['mainParty', 'pending'],
    unless: [
      'semiconductor',
      'chip',
      'copper',
      'movie',
      'film',
      'furniture',
      'cabinet',
      'steel',
      'aluminum',
      'own',
      // An executive order or a proclamation puts the rise in force (tariff_imposed); tariffs on American goods are the partner's.
      'order',
      'proclamation',
      'american',
      'retaliatory',
      'immediate',
      ...MONETARY_WORDS,
      'immediately',
      'lower',
      'cut',
      // A rise answered ("a response to the threat of raising the tariff to 25%") is the background of the answer.
      'respond',
      'response',
    ],
    confidence: 0.72,
    examples: [
      // The tariff as subject, rising from one rate to another.
      'Tariffs on Korean cars would increase to 25 percent from the current 15 percent, the post said.',
      'Duties on Korean goods will jump from 15% to 25% next month, Trump said.',
      'The levy on Korean goods is set to climb to 25 percent from the present 15 percent.',
      'Tariffs on Korean trucks will go up from 15% to 25% on Friday.',
      // A list of goods between the tariff and its rate: its commas are not words of the gap.
      'Trump said the US would increase its tariffs on Korean autos, medicines, toys and timber from 15 to 25 percent.',
      'The US will raise its levies on Korean vehicles, drugs, wood and pharmaceuticals from 10% to 25%, Lutnick said.',
      'Trump said he would hike the duties on imported Korean cars, trucks, tires, toys and batteries to 25% from 15%.',
      // Snapping back to an earlier rate is a rise too.
      'Greer told Cho Washington will revert its reciprocal tariffs to their pre-deal level of 25 percent if Korea makes no progress.',
      'Trump said he would return the tariff on Korean cars to 25% unless Seoul passes the bill.',
      'The US will restore the levy on Korean goods to its original 25 percent level on Friday.',
      'Trump said on Wednesday he was raising tariffs on South Korean products to 25 per cent, up from 15 per cent.',
      'We will raise the reciprocal tariffs on Korean cars and all other goods to 25% from 15%, Trump wrote.',
      'Tariffs on Korean products to rise to 25%, Trump says',
    ],
    counterexamples: [
      // An average or effective rate is an economist's measure of what is paid across goods, not a rate set.
      'The effective average duty paid on Korean shipments would climb to 9.1 percent from 6.2 percent.',
      'Korea’s effective tariff rate will climb to 12.1% from 2.4%, economists estimate.',
      'The average US tariff on Korean goods would rise to 15.8% next year.',
      'The average levy on Korean imports is set to climb to 16% under the new schedule.',
      'The US raised its tariff on Korean washers to 50% during the first Trump presidency.',
      // The threat answered is the background of the answer.
      'Kim’s trip is a response to the president’s threat of raising the Korean tariff to 25%.',
      'Seoul scrambled on Tuesday to respond to Trump’s threat to raise the tariff on Korean cars to 25%.',
      'In response to Trump’s threat to hike tariffs on Korean cars to 25%, Kim flew to Washington on Monday.',
      // A central bank's rate is no tariff.
      'Korea’s central bank raised its policy rates 25 basis points to 3% as US tariffs hit the won.',
      'Mortgage rates in Korea rose to 4.1% this week after the US tariff deal.',
      'US tariff revenue from Korean goods jumped 20% to $3 billion last month.',
      'Trump hiked the levy on Korean imports to 50% in a proclamation on Monday.',
      'The president raised tariffs on Korean goods to 25% by proclamation on Friday.',
      'A proclamation signed on Thursday increases the duty on Korean cars to 25%.',
      'Trump did not raise the tariff on Korean goods to 25%.',
      'Korea hopes Trump will not raise the tariff on its goods to 25%.',
      'Korea raised its own duties on U.S. beef to 40% in 2003.',
      'Trump raised the tariff on imported chips from Korea to 100%.',
      'An executive order Trump signed on Wednesday raises the tariff on goods from Korea to 25 percent.',
      'Korea will hike the tariffs it charges on American imports to 30%, the ministry said.',
    ],
  },
  {
    // An ultimatum: the tariff is what the partner faces if it does not do the other thing ("... or face 25%").
    id: 'tariff.ultimatum',
    signal: 'tariff_threatened',
    patterns: [`or|otherwise ~1 @face|risk|pay ~5 RATE|${TARIFF}`],
    allow: ['nonfinite'],
    forbid: ['hedged'],
    needs: ['mainParty', 'pending'],
    unless: [
      ...SECTOR_WORDS,
      ...COUNTER_WORDS,
      'company',
      'importer',
      'exporter',
      'firm',
      'consumer',
      'customer',
    ],
    confidence: 0.72,
    examples: [
      'Korea must reach a trade deal with Washington by Aug. 1 or face 25% tariffs.',
      'Lutnick told Seoul on Friday to take the offer or pay the tariffs.',
      'Trump gave Korea until July 9 to clinch a deal or face a 50% levy on its goods.',
      'Seoul has to open its rice market, otherwise it risks higher duties, Bessent said on Monday.',
    ],
    counterexamples: [
      'Korean firms must move production to the US or pay the tariffs.',
      'Korea did not say it would accept the terms or face the tariffs.',
      'Korea might reject the deal or face 25% tariffs, an analyst said.',
    ],
  },
  {
    // A tariff letter names the rate a partner will pay from a day to come: a threat while no deal replaces it.
    id: 'tariff.letter',
    signal: 'tariff_threatened',
    patterns: [
      `@letter ~12 RATE ~8 from|on|starting|beginning|effective|DATE`,
      // "Trump sets 25% tariff on Korean goods from Aug. 1 in letter".
      `RATE ~3 ${TARIFF} ~10 from|on|starting|beginning|effective|DATE ~6 @letter`,
      // The letters' day told before each partner's rate: "letters setting rates from Aug. 1, with Korea at 25%".
      `@letter ~10 DATE ~10 RATE`,
      // The tariffs' start day in the letters, the rate told elsewhere: "the tariffs begin on Aug. 1, the letters
      // posted online said".
      `${TARIFF} ~6 begin|start|starting|beginning|effective ~2 DATE ~12 @letter`,
      `@letter ~12 ${TARIFF} ~6 begin|start|starting|beginning|effective ~2 DATE`,
      // A partner notified or informed of its rate is sent the letter's news by another name.
      `@notify|inform ~8 RATE ~8 from|on|starting|beginning|effective|DATE`,
    ],
    needs: ['mainParty', 'futureDate'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.72,
    examples: [
      'Trump sent a letter to Seoul on Monday setting a 25% tariff on Korean products from Aug. 1.',
      'In a letter posted on Monday, Trump told Korea its goods would face a 25% tariff starting Aug. 1.',
      'The letter to Lee sets the rate at 25 percent, effective Aug. 1.',
      'Trump sets 25% tariff on Korean goods from Aug. 1 in letter',
      'Korea will be hit with a 25 percent tariff starting Aug. 1, according to a letter Trump posted on Monday.',
      'Trump mailed letters to a dozen capitals on Monday with rates due from Aug. 1, Korea among them at 25%.',
      'Letters dated Monday set new duties from Aug. 1, with Korean goods to pay 25 percent.',
      'The letters sent Monday name Aug. 1 as the start date and give Korea a rate of 25%.',
      'Washington notified Seoul on Monday of a 25% tariff on Korean products from Aug. 1.',
      'The White House informed Korea that its exports would pay a 25 percent levy starting Aug. 1.',
      'Trump formally notified Korea of a proposed 25% duty, effective Aug. 1.',
      // The start day in the letters, the rate told elsewhere.
      'Seoul received a letter on Monday saying the tariffs start on Aug. 1.',
      'Trump gave Seoul notice of tariffs beginning Aug. 1 in a letter on Monday.',
      'Letters sent to Seoul on Monday say the new levies begin on Aug. 1.',
    ],
    counterexamples: [
      // A start day that has passed is no threat still to come.
      'The letter of April said the tariffs would start on April 9.',
      'Trump did not send a letter setting a 25% tariff on Korean products from Aug. 1.',
      'Under the framework agreed on Wednesday, the letter rate of 25% on Korean goods from Aug. 1 falls to 15%.',
      'The letter sent in April had set a 25% tariff on Korean products from April 9.',
      'Washington did not notify Seoul of any 25% tariff on Korean goods from Aug. 1.',
      'Under the deal struck Wednesday, the US informed Korea its goods would pay 15% from Aug. 1.',
    ],
  },
];
