import { COMPANY_FIGURES, COUNTER_WORDS, SECTOR_WORDS, STANDING_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs threatened by a verb: threatened, warned of, vowed, floated or planned, raised or faced. */
export const TARIFF_THREAT_VERB_RULES: SignalRule[] = [
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
      // The lead's reaction, and the undated news after "after" that it reacts to.
      'Korean shares slid after Trump threatened a 25% tariff on Korean goods.',
      // One wording more per pattern, so each has three of its own.
      // Vowed to implement or introduce, or hinted at imposing.
      'Lutnick vowed on Thursday to implement rising duties on Korean goods from next month.',
      'The White House vowed on Friday to introduce a 25% levy on all Korean imports.',
      'Trump hinted on Monday at slapping new duties on Korean goods.',
      'Trump hinted at imposing 25% tariffs on Korean goods before the August cutoff.',
      'Trump threatened to hit Korea with a 25% tariff on Monday.',
      'The White House threatened on Friday to hit Korean cars with higher duties.',
      'Trump has threatened to hit Seoul with steep tariffs.',
      'Trump threatened to impose levies of 25% on Korean products.',
      'Trump threatened to slap a steep 30% tariff on Korean goods.',
      'Trump threatened to impose 50% levies on Korean cars if talks fail.',
      'Trump threatened to raise the tariff on Korean goods to 25%.',
      'Trump threatened on Monday to double the levy on Korean cars.',
      'Lutnick threatened to hike the tariff on Korean cars to 50%.',
      'Trump warned Korea of steep tariffs on Monday.',
      'The White House warned Seoul of new levies if talks stall.',
      'Lutnick warned of higher duties on Korean products on Friday.',
      'Trump warned Seoul of steep new tariffs on Monday.',
      'Trump floated tariffs of up to 50% on Korean goods.',
      'Trump on Monday floated a 25 percent levy on Korean imports.',
      'Washington intends to reimpose the 25% tariff on Korean goods next month.',
      'Trump intends to impose steep tariffs on Korean goods.',
      'Trump vowed to impose a 25% levy on products from Korea.',
      'Trump threatened Seoul with steep tariffs on Monday.',
      'The White House threatened the country with 50% duties.',
      'Trump vowed to hit Korea with steep new tariffs if it retaliates.',
      'Trump floated a 25% levy on Korean products in a post on Monday.',
      'The White House said on Monday it plans to reimpose the 25% tariff on Korean goods.',
      'Trump promised to raise tariffs on Korean imports to 25% next month.',
      'Trump threatened Korea and Japan with 25% tariffs.',
      'Trump pushed for a 50% levy on Korean imports on Friday.',
      'Trump recommended a straight 50% tariff on Korean imports starting Aug. 1.',
      'The White House pushed for higher tariffs on Korean cars on Monday.',
      'Trump’s advisers pushed for new tariffs on Korean imports on Tuesday.',
      'White House aides recommended a 25% levy on Korean cars on Monday.',
      'Lutnick recommended higher tariffs on Korean goods on Friday.',
      'Trump threatened to double them if Seoul retaliates.',
      'Trump threatened on Monday to hit Korea with a 25% tariff.',
      'Trump threatens 25% tariff on Korean goods',
      'Trump warned that Korean goods would face a 25 percent tariff from Aug. 1.',
      'The president warned he would slap higher tariffs on Korea if Seoul did not open its market.',
      'Trump delays 25 percent tariff threat to Korea until Aug. 1',
      'Trump’s 15%→25% tariff threat puts Korea’s investment plan in doubt',
      'The US president warned on Friday that Korea would get hit with a 50% levy.',
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
      'Analysts warned that a 25% tariff would hit Korean exporters hard.',
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
      'Trump said he is raising the levies on Korean products to 25% because the legislature has not acted.',
      'Lutnick told Seoul to take the deal or face steeper tariffs.',
      'The US is raising the reciprocal levy on Korea back up to 25 percent, Trump wrote.',
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
      'Korea raised its own duties on U.S. beef last year.',
      'Trump is raising the tariff on Korean goods to 25% with immediate effect.',
      'Trump may not raise tariffs on Korea, an aide said.',
      // A rise someone says could or might come is a forecast, not a threat made.
      'The US could reinstate higher tariffs on Korean goods later this year, analysts said.',
      'Washington might double the duty on Korean goods, a trade expert said on Monday.',
      'Korea could face higher tariffs on its exports, an economist said.',
    ],
  },
];
