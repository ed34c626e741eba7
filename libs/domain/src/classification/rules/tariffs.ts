import {
  COMPANY_FIGURES,
  COUNTER_WORDS,
  DEAL_WORDS,
  MONETARY_WORDS,
  SECTOR_WORDS,
  STANDING_WORDS,
  TARIFF,
  TARIFF_STARTS_ON_DATE,
} from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs announced or threatened for later. */
export const TARIFF_THREAT_RULES: SignalRule[] = [
  {
    id: 'tariff.threat-verb',
    signal: 'tariff_threatened',
    patterns: [
      `@threaten^ ~5 ${TARIFF}`,
      `@threaten^ ~4 with ~3 ${TARIFF}|RATE`,
      // What is threatened to be raised or imposed is a tariff: a trade war "threatens to raise prices".
      `@threaten^ ~3 raise|hike|double|triple ~3 ${TARIFF}|RATE|it|them`,
      `@threaten^ ~3 impose|slap ~4 ${TARIFF}|RATE`,
      `@threaten^ ~3 hit ~4 with ~4 ${TARIFF}|RATE`,
      // A warning is a threat when it names the tariff to come, not when tariffs "could hurt growth".
      `@warn^ ~8 RATE|high|higher|new|additional|steep|steeper|punitive|impose|slap|raise|hike|hit|face|reimpose ~4 ${TARIFF}`,
      `@warn^ ~3 of ~6 ${TARIFF}`,
      // Vowed, floated or planned: "vowed to hit Korea with steep new tariffs", "floated a 25% tariff".
      `@vow^|promise^ ~2 to ~1 impose|slap|raise|hike|hit|reimpose|levy|implement|introduce|apply ~6 ${TARIFF}|RATE`,
      // Hinted at or floated as a step to take: "hinted at imposing 25% tariffs".
      `@hint^ ~3 at ~2 impose|slap|raise|hike|levy|reimpose ~6 ${TARIFF}|RATE`,
      `@float^ ~3 RATE|${TARIFF}`,
      // Pushed for or recommended by the side that would impose it: "pushed for a 50% levy on the partner's goods".
      `@push^ ~1 for ~3 RATE|high|higher|new|steep ~2 ${TARIFF}`,
      `@recommend^ ~3 RATE|high|higher|new|steep ~2 ${TARIFF}`,
      `@plan^|intend^ ~1 to ~1 impose|reimpose|slap|raise|hike ~6 ${TARIFF}|RATE`,
      `@warn^ ~8 ${TARIFF} ~8 RATE`,
      `RATE ~4 ${TARIFF} ~1 @threat`,
    ],
    needs: ['mainParty', 'pending'],
    // Forecasters warning what a tariff would cost are not the side threatening it.
    unless: [...SECTOR_WORDS, ...COUNTER_WORDS, 'estimate', 'analyst', 'economist', 'forecast', 'study'],
    confidence: 0.74,
    examples: [
      // One wording more per pattern, so each has three of its own.
      // Vowed to implement or introduce, or hinted at imposing.
      'Lutnick vowed on Thursday to implement rising duties on Korean goods from next month.',
      'The White House vowed on Friday to introduce a 25% levy on all Korean imports.',
      'Trump hinted on Monday at slapping new duties on Korean goods.',
      'Trump hinted at imposing 25% tariffs on Korean goods before the August cutoff.',
      'Trump threatened to hit Korea with a 25% tariff on Monday.',
      'The White House threatened on Friday to hit Korean cars with higher duties.',
      'Trump has threatened to hit Seoul with steep tariffs.',
      'Trump threatened to impose a 25% tariff on Korean goods.',
      'Trump threatened to slap a 30% tariff on Korean goods.',
      'Trump threatened to impose 50% levies on Korean cars if talks fail.',
      'Trump threatened to raise the tariff on Korean goods to 25%.',
      'Trump threatened on Monday to double the levy on Korean cars.',
      'Lutnick threatened to hike the tariff on Korean cars to 50%.',
      'Trump warned Korea of steep tariffs on Monday.',
      'The White House warned Seoul of new levies if talks stall.',
      'Lutnick warned of higher duties on Korean goods on Friday.',
      'Trump warned Seoul of steep new tariffs on Monday.',
      'Trump floated tariffs of up to 50% on Korean goods.',
      'Trump on Monday floated a 25 percent levy on Korean imports.',
      'Washington intends to reimpose the 25% tariff on Korean goods next month.',
      'Trump intends to impose steep tariffs on Korean goods.',
      'Trump vowed to impose a 25% tariff on Korean goods.',
      'Trump threatened Seoul with steep tariffs on Monday.',
      'The White House threatened the country with 50% duties.',
      'Trump vowed to hit Korea with steep new tariffs if it retaliates.',
      'Trump floated a 25% tariff on Korean goods in a post on Monday.',
      'The White House said on Monday it plans to reimpose the 25% tariff on Korean goods.',
      'Trump promised to raise tariffs on Korean imports to 25% next month.',
      'Trump threatened Korea and Japan with 25% tariffs.',
      'Trump pushed for a 50% levy on Korean imports on Friday.',
      'Trump recommended a straight 50% tariff on Korean imports starting Aug. 1.',
      'The White House pushed for higher tariffs on Korean cars on Monday.',
      'Trump’s advisers pushed for new tariffs on Korean imports on Tuesday.',
      'The White House recommended a 25% levy on Korean cars on Monday.',
      'Lutnick recommended higher tariffs on Korean goods on Friday.',
      'Trump threatened to double them if Seoul retaliates.',
      'Trump threatened on Monday to hit Korea with a 25% tariff.',
      'Trump threatens 25% tariff on Korean goods',
      'Trump warned that Korean goods would face a 25 percent tariff from Aug. 1.',
      'The president warned he would slap higher tariffs on Korea if Seoul did not open its market.',
      'Trump delays 25 percent tariff threat to Korea until Aug. 1',
      'Trump’s 15%→25% tariff threat puts Korea’s investment plan in doubt',
      'The US president warned on Friday that Korea would be hit with a 50% tariff.',
      'Trump warned Seoul on Monday that it would be hit with higher tariffs.',
      'Lutnick warned that Korean exporters would be hit by new tariffs from Aug. 1.',
      'Trump warned of steep tariffs on Korean cars if Seoul walks away from the deal.',
      'Trump warned Seoul on Tuesday that tariffs on its goods would snap back to 25%.',
    ],
    counterexamples: [
      // The partner's own tariffs on US goods, and a cut floated, threaten nothing.
      'Korea plans to raise tariffs on US beef.',
      'Seoul floated a plan to cut tariffs on US farm goods.',
      // What a trade war or a dispute threatens to raise or hit is not a tariff.
      'The trade war between the US and Korea threatens to raise prices for consumers, with tariffs at 25%.',
      'A tariff fight with Korea threatens to hike costs for US carmakers and their tariffs bill.',
      'The dispute threatens to hit Korean exports hard, the tariff report said.',
      'Trump did not threaten new tariffs on Korea, the ministry said.',
      'Trump had threatened tariffs on Korea in 2018.',
      // The partner threatening its own counter-tariffs.
      'Korea threatened retaliation, raising the prospect of a wider trade war with the US.',
      'Seoul warned of retaliatory tariffs on US goods if Washington goes ahead.',
      'Central bank estimates warn that a 25% levy on Korean goods could cost 100,000 jobs.',
      'Analysts warned that a 25 percent tariff would hit Korean exporters hard.',
      'Many economists warn that higher tariffs on Korean cars would slow growth.',
      'Korea threatened counter-tariffs on American whiskey.',
      'Economists warned that tariffs could hurt growth in Korea this year.',
      'The central bank warned that US tariffs would weigh on Korean exports.',
      'Analysts warn the tariff fight is already denting business confidence in Seoul.',
    ],
  },
  {
    id: 'tariff.raise',
    signal: 'tariff_threatened',
    patterns: [
      `@increase|raise|hike|reinstate|restore|double|triple ~5 ${TARIFF}|RATE`,
      `@face ~3 high|higher|steep|additional ~2 ${TARIFF}`,
    ],
    forbid: ['past', 'infinitive', 'hedged'],
    needs: ['mainParty', 'pending'],
    // A rise feared or worried about is speculation, not a threat made.
    unless: [
      ...SECTOR_WORDS,
      ...STANDING_WORDS,
      'still',
      'exchange',
      'fear',
      'worry',
      'concern',
      // A rise delayed or put off is an extension, not a threat made.
      'delay',
      'postpone',
      'defer',
    ],
    unlessObject: COMPANY_FIGURES,
    confidence: 0.68,
    examples: [
      // "Earlier" with a weekday is earlier in the same week's news.
      'Earlier on Tuesday, the president said he would hike the duty on Korean cars to 25%.',
      'Trump said he is raising tariffs on South Korean goods to 25% because the legislature has not acted.',
      'Lutnick told Seoul to accept the deal or face higher tariffs.',
      'The US is increasing the reciprocal tariff on Korea back to 25 percent, Trump wrote.',
      // "because of" is a preposition, whatever stands before it: no clause of background opens there.
      '“Because of this, we will raise the levy on every Korean car.”',
      'Largely because of the trade gap, Washington will raise the tariffs on Korean cars next month.',
      'Trump said that because of the trade gap he will raise tariffs on Korean goods.',
    ],
    counterexamples: [
      // A rise delayed or put off is an extension, not a threat made.
      'Washington will delay hiking the tariffs on Korean goods to 25% until Nov. 10.',
      'Washington will postpone the increase of tariffs on Korean goods to 25%.',
      'Washington will defer the increase in tariffs on Korean goods to 25%.',
      // A company raises its forecast or outlook, not the tariff it names.
      'Hyundai raises profit forecast despite US tariffs on Korean cars.',
      'Korean automakers raise outlook despite Trump tariffs',
      // A higher tariff still faced is a standing state, not a threat made.
      'Korean cars still face a higher US tariff, 25%, than Japanese ones.',
      'Korean exporters still face higher US tariffs than Japanese rivals, officials said.',
      'Korea fears the US could raise tariffs again, officials said on Monday.',
      'Exporters worry that Washington may hike tariffs on Korean goods.',
      'Korea raised its own tariffs on U.S. beef last year.',
      'Trump is raising the tariff on Korean goods to 25% with immediate effect.',
      'Trump may not raise tariffs on Korea, an aide said.',
      // A rise someone says could or might come is a forecast, not a threat made.
      'The US could reinstate higher tariffs on Korean goods later this year, analysts said.',
      'Washington might double the duty on Korean goods, a trade expert said on Monday.',
      'Korea could face higher tariffs on its exports, an economist said.',
    ],
  },
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
    ],
    // "talks continue before the tariff takes effect on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    require: ['announced'],
    needs: ['mainParty', 'futureDate'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
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
      'Tariffs on Korean cars would increase from 15 percent to 25 percent, the post said.',
      'Duties on Korean goods will jump from 15% to 25% next month, Trump said.',
      'The levy on Korean goods is set to climb from 15 percent to 25 percent.',
      'Tariffs on Korean trucks will rise from 15% to 25% on Friday.',
      // A list of goods between the tariff and its rate: its commas are not words of the gap.
      'Trump said the US would increase its tariffs on Korean autos, medicines, toys and timber from 15 percent to 25 percent.',
      'The US will raise its levies on Korean vehicles, drugs, wood and pharmaceuticals from 10% to 25%, Lutnick said.',
      'Trump said he would hike the duties on imported Korean cars, trucks, tires, toys and batteries to 25% from 15%.',
      // Snapping back to an earlier rate is a rise too.
      'Greer told Cho the United States will revert reciprocal tariffs to the preagreement level of 25 percent if Korea makes no progress.',
      'Trump said he would return the tariff on Korean cars to 25% unless Seoul passes the bill.',
      'The US will restore the levy on Korean goods to its original 25 percent level on Friday.',
      'Trump said on Tuesday he was raising tariffs on South Korean goods from 15 per cent to 25 per cent.',
      'We will raise all reciprocal tariffs on Korean cars and everything else from 15% to 25%, Trump wrote.',
      'Tariffs on South Korean goods to rise to 25%, Trump says',
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
      'Korea raised its own tariffs on U.S. beef to 40% in 2003.',
      'Trump raised the tariff on imported chips from Korea to 100%.',
      'Trump signed an executive order on Wednesday raising tariffs on Korean goods to 25 percent.',
      'Korea will hike its tariffs on American imports to 30%, the ministry said.',
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
      'Korea must reach a trade deal with the U.S. by Aug. 1 or face 25% tariffs.',
      'Lutnick told Seoul on Friday to accept the deal or pay the tariffs.',
      'Trump gave Korea until July 9 to reach a deal or face a 50% levy on its goods.',
      'Seoul has to open its rice market, otherwise it risks higher duties, Bessent said on Monday.',
    ],
    counterexamples: [
      'Korean firms must move production to the US or pay the tariffs.',
      'Korea did not say it would accept the deal or face the tariffs.',
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
      'Trump sent a letter to Seoul on Monday setting a 25% tariff on Korean goods from Aug. 1.',
      'In a letter posted on Monday, Trump told Korea its goods would face a 25% tariff starting Aug. 1.',
      'The letter to Lee sets the rate at 25 percent, effective Aug. 1.',
      'Trump sets 25% tariff on Korean goods from Aug. 1 in letter',
      'Korea will face a 25 percent tariff starting Aug. 1, according to a letter Trump posted on Monday.',
      'Trump mailed letters to a dozen capitals on Monday with rates due from Aug. 1, Korea among them at 25%.',
      'Letters dated Monday set new duties from Aug. 1, with Korean goods to pay 25 percent.',
      'The letters sent Monday name Aug. 1 as the start date and give Korea a rate of 25%.',
      'Washington notified Seoul on Monday of a 25% tariff on Korean goods from Aug. 1.',
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
      'Trump did not send a letter setting a 25% tariff on Korean goods from Aug. 1.',
      'Under the framework agreed on Wednesday, the letter rate of 25% on Korean goods from Aug. 1 falls to 15%.',
      'The letter sent in April had set a 25% tariff on Korean goods from April 9.',
      'Washington did not notify Seoul of any 25% tariff on Korean goods from Aug. 1.',
      'Under the deal struck Wednesday, the US informed Korea its goods would pay 15% from Aug. 1.',
    ],
  },
];
