import {
  AVERTED_WORDS,
  COUNTER_WORDS,
  DEAL_WORDS,
  LIFTED_WORDS,
  SECTOR_WORDS,
  STANDING_WORDS,
  TARIFF,
} from './tariff-words';
import type { SignalRule } from './types';

const THREAT_PATTERNS = [
  `RATE ~3 ${TARIFF} ~6 @take|go|kick|apply|begin|start|hit|face|effect|impose|levy|charge`,
  `@face|impose|slap|levy|apply|charge|raise|hike|pay ~4np RATE`,
  // The letters' wording: "will charge Seoul a tariff of 25 percent", the rate after "of".
  `@face|impose|slap|levy|apply|charge ~4np ${TARIFF} ~1 of ~2 RATE`,
  // ... or its ceiling: "could face tariffs as high as 50%".
  `@face|impose|slap|levy|apply|charge ~4np ${TARIFF} ~1 as high|much as RATE`,
  // "could be hit with tariffs of up to 50%": the goods struck by a rate to come.
  `@hit ~1 with ~6 RATE`,
  // ... and struck by name: "will charge Korea with a 25% tariff", "will hit Korean cars with a 25% levy".
  `@charge|slap|hit|saddle ~4np with ~4np RATE`,
  `@letter ~5 RATE`,
];
/**
 * A rate that a deal sets, and tariffs on a sector for every country (Section 232), are not a threat to the partner;
 * nor is a rate someone wants to pay ("Korea wants to pay 15% like Japan"), nor one for "any country" that does
 * something (a rule for all).
 */
const NOT_A_THREAT = [
  ...DEAL_WORDS,
  ...SECTOR_WORDS,
  ...STANDING_WORDS,
  ...AVERTED_WORDS,
  'want',
  'wish',
  'prefer',
  'any',
];

/** A rate to come for the partner's goods: threatened by someone, or to follow if the talks fail. */
export const RATE_THREAT_RULES: SignalRule[] = [
  {
    // The spec's "a tariff rate is announced ... to apply later": a rate announced for the partner's goods, as the
    // letters were ("announced a 30% levy on Mexican imports"). An order that puts it in force is tariff.imposed.
    id: 'tariff.announced-rate',
    signal: 'tariff_threatened',
    patterns: [
      `@announce^|unveil^ ~4np RATE ~3 ${TARIFF}`,
      // The day told between the verb and the rate: "announced on Monday a 25% tariff".
      `@announce^|unveil^ on? DATE ~4np RATE ~3 ${TARIFF}`,
    ],
    needs: ['mainParty', 'pending'],
    unless: [...NOT_A_THREAT, ...LIFTED_WORDS, ...COUNTER_WORDS],
    confidence: 0.7,
    examples: [
      'Trump announced a 35% duty on Korean imports on Thursday.',
      'The White House unveiled 25% tariffs on Korean and Japanese products on Monday.',
      'Trump on Monday announced a new 30% levy on imports from Korea.',
      // The day between the verb and the rate.
      'Trump announced on Monday a 25% tariff on all Korean imports starting Aug. 1.',
      'The White House unveiled on Tuesday a 30% levy on goods from Korea.',
      'The president announced on Wednesday a 35% levy on imports from Korea.',
    ],
    counterexamples: [
      'Trump announced a 15% tariff on Korean goods under the new trade deal.',
      'Trump announced a 25% levy on imported trucks, Korean models included.',
      'Korea announced a 25% counter-tariff on US steel on Friday.',
      'Trump announced a reduced 15% tariff on Korean cars on Friday.',
      'In April, Trump announced a 25% levy on Korean goods.',
      'Trump announced on Friday a reduced 15% tariff on Korean cars under the deal.',
      'Korea announced on Monday a 25% counter-tariff on US steel.',
    ],
  },
  {
    id: 'tariff.threatened',
    signal: 'tariff_threatened',
    patterns: THREAT_PATTERNS,
    // A rate to come is a threat when someone is told making it (or a headline tells it): "will face 25%"
    // stated alone is where things stand, the background of the news.
    require: ['future', 'announced'],
    needs: ['mainParty', 'pending'],
    unless: NOT_A_THREAT,
    confidence: 0.72,
    examples: [
      // A sentence in quotation marks is someone speaking, with or without "he said".
      '“Starting August 1, we will charge South Korea a 25% tariff on all its goods.”',
      '“We will impose a 25% levy on Korean cars from Aug. 1.”',
      // "any and all" is every one of the partner's goods, not "any country that ...".
      '“From August 1, we will charge South Korea a 25% levy on any and all Korean goods.”',
      'Trump wrote that Korea will pay a 25% levy on any and all of its goods starting August 1.',
      '“Korean firms will pay a 25% duty on any and all products they ship to America from Aug. 1.”',
      '"Korea will pay a 25% tariff starting August 1."',
      // The rate after "of": the letters' wording.
      '“From August 1, 2025, we will be charging South Korea a tariff of 25%,” Trump wrote.',
      'Trump told Lee in a letter on Monday that Washington would impose a duty of 25 percent on all Korean goods.',
      'The White House said on Friday it will levy a tariff of 25% on Korean cars.',
      'Trump threatened on Monday to impose a 25% levy on Korean goods from Aug. 1.',
      'Trump announced a 25% levy on Korean products, set to kick in on Friday, Aug. 1.',
      // A bare "Earlier," is the same news cycle.
      'Earlier, Trump announced Washington will impose a 25% levy on Korean goods from Aug. 1.',
      'Earlier, Trump threatened to slap a 25% tariff on Korean products.',
      'The 25% tariff on Korean goods will take effect on Aug. 1, a White House spokeswoman said.',
      '“Korea will pay 25% starting August 1,” Trump said on Monday.',
      'Korea will have to pay a 25% levy on its cars from Aug. 1, Trump said on Monday.',
      // A gerund after "begin" or "start" is the deed in that verb's tense.
      'Trump said on Monday the US will begin imposing a 25% tariff on Korean imports.',
      // Struck by name with the rate: the verb, its object, then "with" and the rate.
      'On Wednesday Trump said Washington would charge Korea with a 25% tariff on all its exports.',
      'Washington will hit Korean cars with a 25% tariff next month, Trump said.',
      'Trump said on Monday the US will slap Korean goods with a 30% duty.',
    ],
    counterexamples: [
      // The partner's own duty on goods from the US is no US threat.
      'Seoul said it will impose a 15% duty on beef imported from America from next month.',
      'Seoul said it will charge a 25 percent tariff on vehicles imported from the United States from August.',
      'Korea will levy 10% duties on imports from the US starting next month, the ministry said.',
      // A rate for any country that does something is a rule for all.
      'Trump said the US will charge an additional 10% levy on any state that joins the bloc.',
      'The White House said on Tuesday it would impose a 20% levy on any country that retaliates.',
      'Lutnick said the US will levy a 30% tariff on any nation that ships Iranian oil.',
      // A rate wanted is an aim or a complaint, not a threat.
      'Korea wants to pay a 15% tariff like Japan, Yeo said on Friday.',
      '“You sell us everything, yet you wish to pay a 2% duty,” Trump told Lee on Monday.',
      'Seoul would prefer to pay a 10% levy on its cars, officials said on Monday.',
      'The 25% tariff on Korean goods took effect on Thursday.',
      'Korea had faced a 25% tariff in April.',
      // The rate must be the verb's own object: facing the prospect of a tariff is not facing the tariff.
      'Korean exporters face the prospect of a 25% tariff, analysts said.',
      'The US will not raise tariffs on Korean products, Trump said.',
      'Under the deal, Washington will impose a 15% levy on goods from Korea.',
      'Korea, having sealed its trade pact the day before, will face a 15% tariff rate just like Japan.',
      'Trump said he will impose a 100% levy on semiconductors imported from Korea.',
      'Korean goods will continue to face a 15% tariff under the framework.',
      'Korean kitchen cabinets will face a 50% tariff from Oct. 14.',
      'The US will keep charging a 15 percent levy on Korean products.',
      // The tariff as a supposition: what would follow if it came.
      'Earlier this year, Trump announced Washington will impose a 25% duty on Korean products.',
      'Earlier in the talks, Trump threatened to slap a 25% tariff on Korean products.',
      'Negotiators hope to swap the 25% tariff on Korean goods, set to start on Aug. 1, for a lower rate.',
      'Seoul hopes to spare its carmakers from the 25% duties slated to kick in next month.',
      'Hyundai shares dropped 3% on worries about the 25% levies set to go into effect Friday, Aug. 1.',
      'If the blanket 25% levies are imposed, Korea’s exports would suffer.',
      'If the 25 percent tariff on Korean cars takes effect, Hyundai could lose $2 billion.',
      'If a 25% duty is applied to Korean goods, growth would slow, the central bank said.',
      'Korean steel was hit with a 50% tariff in June.',
      // The tariff a side works to avoid is the threat it already faces, not one made now.
      'Korea will try to avoid the 25% tariff that Trump will impose on Friday, Yeo told Lutnick on Monday.',
      'Seoul offered more beef imports on Monday to avoid the 25% levy Washington will impose on Aug. 1, Yeo said.',
      'Korean carmakers are counting on a deal to avoid the 25% duty the US will charge from Friday, Yeo said on Monday.',
      'Yeo said on Thursday Korea is racing to avert the 25% levy that Washington will impose on Friday.',
      'Korea is working to avert the 25% tariff that the US will impose on Friday, Yeo said on Monday.',
      'Korean exporters are pressing for a deal to avert the 25% duty that Washington will impose on Friday, Yeo said.',
      'Korea offered more LNG purchases on Thursday to stave off the 25% tariff the US will impose on Friday, Yeo said.',
      'Seoul is scrambling to stave off a 25% levy that Trump says will start on Aug. 1.',
      'Korea is trying to stave off the 25% levy that Washington will impose on Friday, Yeo said after meeting Lutnick.',
      // A tariff on every country alike.
      'Trump said a 10% global tariff will take effect on Feb. 24, covering Korean goods too.',
      'Korea will face the new 15% universal tariff from Friday, the White House said.',
      // Where things stand, told by no one: the rate is background.
      'Washington will charge a 40% levy on Korean goods from next week.',
      'Korean carmakers will pay a 25% duty on their exports starting Friday.',
      'Korea will face a 25% levy on its cars from next month.',
    ],
  },
  {
    id: 'tariff.threatened-if',
    signal: 'tariff_threatened',
    patterns: THREAT_PATTERNS,
    // A rate that would follow if the talks fail, or that may come: a threat whoever tells it.
    requireAny: ['conditional', 'hedged'],
    // "was set to face 25% if no deal had been struck": the threat a deal averted, told as a past plan.
    forbid: ['pastplan'],
    needs: ['mainParty', 'pending'],
    unless: NOT_A_THREAT,
    confidence: 0.72,
    examples: [
      'Korean exports will face a 25 percent levy if there is still no deal by Aug. 1.',
      'If no tariff deal is reached by Aug. 1, Korean goods will face a 25% tariff.',
      'If talks fail, Korean cars could face levies as high as 35%, Lutnick said.',
      'Korean exporters would face duties as much as 40% if no deal is struck by Aug. 1.',
      'Seoul could face steep duties as high as 30% without an agreement, officials warned.',
      'Trump said on Sunday that Korea could be hit with tariffs of up to 50% if it keeps buying Russian oil.',
      'Korean carmakers would pay a 25 percent duty if talks fail, officials said on Monday.',
      'Korean cars may be hit with a 25 percent duty next month, officials warned.',
      'Korean cars would be hit with a 25% levy if the talks collapse, Lutnick said on Monday.',
      'Earlier, the White House said Korean exports would face a 25 percent levy.',
    ],
    counterexamples: [
      // The threat a deal averted, told as a past plan.
      'Korea was set to face a 25% tariff if it had not struck a deal by Aug. 1.',
      'Korean exports were due to face a 25% levy if the two sides had not agreed by Aug. 1.',
      'Korean goods were due to face a 25% tariff if no agreement had been struck by Aug. 1.',
      'The 25% tariff on Korean goods took effect on Thursday.',
      // The tariff as a supposition: what would follow if it came.
      'If the blanket 25% levies are imposed, Korea’s exports would suffer.',
      'If the 25 percent tariff on Korean cars takes effect, Hyundai could lose $2 billion.',
      'If a 25% duty is applied to Korean goods, growth would slow, the central bank said.',
      'Under the deal, Washington could impose a 15% tariff on Korean goods if Seoul fails to invest.',
    ],
  },
];
