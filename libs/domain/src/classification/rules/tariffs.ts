import {
  COUNTER_WORDS,
  DEAL_WORDS,
  SECTOR_WORDS,
  STANDING_WORDS,
  TARIFF,
  TARIFF_STARTS_ON_DATE,
} from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs announced or threatened for later. */
export const TARIFF_THREAT_RULES: SignalRule[] = [
  {
    id: 'tariff.threatened',
    signal: 'tariff_threatened',
    patterns: [
      `RATE ~3 ${TARIFF} ~6 @take|go|kick|apply|begin|start|hit|face|effect|impose|levy|charge`,
      `@face|impose|slap|levy|apply|charge|raise|hike|pay ~4 RATE`,
      // "could be hit with tariffs of up to 50%": the goods struck by a rate to come.
      `@hit ~1 with ~6 RATE`,
      `@letter ~5 RATE`,
    ],
    requireAny: ['future', 'conditional', 'hedged'],
    needs: ['mainParty'],
    // A rate that a deal sets, and tariffs on a sector for every country (Section 232), are not a threat to the partner.
    unless: [...DEAL_WORDS, ...SECTOR_WORDS, ...STANDING_WORDS],
    confidence: 0.72,
    examples: [
      'Trump threatened to impose a 25% tariff on Korean goods from Aug. 1.',
      'Korean exports will face a 25 percent tariff if no deal is reached by Aug. 1.',
      'The 25% tariff on Korean goods will take effect on Aug. 1, the White House said.',
      'If no deal is reached by Aug. 1, Korean goods will face a 25% tariff.',
      'Trump said on Sunday that Korea could be hit with tariffs of up to 50% if it keeps buying Russian oil.',
      '“Korea will pay 25% starting August 1,” Trump said on Monday.',
      'Korean carmakers would pay a 25 percent duty if talks fail, officials said on Monday.',
      'Korean cars may be hit with a 25 percent duty next month, officials warned.',
      'Korean cars would be hit with a 25% levy if the talks collapse, Lutnick said on Monday.',
      'Korea will have to pay a 25% levy on its cars from Aug. 1, Trump said on Monday.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods took effect on Thursday.',
      'Korea had faced a 25% tariff in April.',
      'The US will not raise tariffs on Korean goods, Trump said.',
      'Under the deal, the U.S. will impose a 15% tariff on Korean goods.',
      'South Korea, which concluded a trade agreement a day earlier, will face the same 15% tariff rate as Japan.',
      'Trump said he will impose a 100% tariff on imported semiconductors from Korea.',
      'Korean goods will continue to face a 15% tariff under the framework.',
      'Korean kitchen cabinets will face a 50% tariff from Oct. 14.',
      'The US will keep charging a 15 percent levy on Korean products.',
      // The tariff as a supposition: what would follow if it came.
      'If the 25% across-the-board levies are imposed, Korean exports would suffer.',
      'If the 25 percent tariff on Korean cars takes effect, Hyundai could lose $2 billion.',
      'If a 25% duty is applied to Korean goods, growth would slow, the central bank said.',
      'Korean steel was hit with a 50% tariff in June.',
      // A tariff on every country alike.
      'Trump said a 10% global tariff will take effect on Feb. 24, covering Korean goods too.',
      'Korea will face the new 15% universal tariff from Friday, the White House said.',
    ],
  },
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
      `@warn^ ~2 of ~4 ${TARIFF}`,
      `@warn^ ~8 ${TARIFF} ~8 RATE`,
      `RATE ~4 ${TARIFF} ~1 @threat`,
    ],
    needs: ['mainParty'],
    // Forecasters warning what a tariff would cost are not the side threatening it.
    unless: [...SECTOR_WORDS, ...COUNTER_WORDS, 'estimate', 'analyst', 'economist', 'forecast', 'study'],
    confidence: 0.74,
    examples: [
      'Trump threatened Korea and Japan with 25% tariffs.',
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
    forbid: ['past', 'infinitive'],
    needs: ['mainParty'],
    // A rise feared or worried about is speculation, not a threat made.
    unless: [...SECTOR_WORDS, ...STANDING_WORDS, 'exchange', 'fear', 'worry', 'concern'],
    confidence: 0.68,
    examples: [
      'Trump said he is raising tariffs on South Korean goods to 25% because the legislature has not acted.',
      'Lutnick told Seoul to accept the deal or face higher tariffs.',
      'The US is increasing the reciprocal tariff on Korea back to 25 percent, Trump wrote.',
    ],
    counterexamples: [
      'Korea fears the US could raise tariffs again, officials said on Monday.',
      'Exporters worry that Washington may hike tariffs on Korean goods.',
      'Korea raised its own tariffs on U.S. beef last year.',
      'Trump is raising the tariff on Korean goods to 25% with immediate effect.',
      'Trump may not raise tariffs on Korea, an aide said.',
    ],
  },
  {
    id: 'tariff.starts-on-date',
    signal: 'tariff_threatened',
    ...TARIFF_STARTS_ON_DATE,
    // "talks continue before the tariff takes effect on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
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
      `${TARIFF} ~6 @rise^|climb^|go^ ~2 to|up ~2 RATE`,
    ],
    allow: ['nonfinite'],
    needs: ['mainParty'],
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
      'immediately',
      'lower',
      'cut',
    ],
    confidence: 0.72,
    examples: [
      // Snapping back to an earlier rate is a rise too.
      'Greer told Cho the United States will revert reciprocal tariffs to the preagreement level of 25 percent if Korea makes no progress.',
      'Trump said he would return the tariff on Korean cars to 25% unless Seoul passes the bill.',
      'The US will restore the levy on Korean goods to its original 25 percent level on Friday.',
      'Trump said on Tuesday he was raising tariffs on South Korean goods from 15 per cent to 25 per cent.',
      'We will raise all reciprocal tariffs on Korean cars and everything else from 15% to 25%, Trump wrote.',
      'Tariffs on South Korean goods to rise to 25%, Trump says',
    ],
    counterexamples: [
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
    needs: ['mainParty'],
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
    ],
    counterexamples: [
      'Trump did not send a letter setting a 25% tariff on Korean goods from Aug. 1.',
      'Under the framework agreed on Wednesday, the letter rate of 25% on Korean goods from Aug. 1 falls to 15%.',
      'The letter sent in April had set a 25% tariff on Korean goods from April 9.',
    ],
  },
];
