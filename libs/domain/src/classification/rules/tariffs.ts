import type { SignalRule } from './types';

const TARIFF = 'tariff|levy|duty|rate';
const DEAL_WORDS = ['agree', 'framework', 'under', 'reduce', 'lower', 'low', 'down', 'instead'];
/** A rate that already applies and stays is no threat: "will continue to face 19%". */
const STANDING_WORDS = ['continue', 'remain', 'maintain', 'keep', 'immediate', 'immediately'];
const SECTOR_WORDS = [
  'semiconductor',
  'chip',
  'pharmaceutical',
  'drug',
  'truck',
  'bus',
  'lumber',
  'movie',
  'film',
  'copper',
  'furniture',
  'cabinet',
  'timber',
  'steel',
  'aluminum',
  'aluminium',
];

/** A tariff lifted, cut or paused is not one put in force. */
/** The partner's own counter-tariffs on US goods are not the US tariff the track is about. */
const COUNTER_WORDS = [
  'retaliatory',
  'retaliation',
  'countermeasure',
  'counter',
  'counter-tariff',
  'counter-tariffs',
];
const LIFTED_WORDS = [
  'rescind',
  'revoke',
  'lift',
  'remove',
  'removal',
  'cut',
  'lower',
  'reduce',
  'reduction',
  'decrease',
  'halve',
  'pause',
  'suspend',
  'suspension',
  'waive',
];
/**
 * An order that concludes a deal ("sealing", "finalising", "formalising" it) sets the deal's rate: not a
 * tariff imposed for want of one.
 */
const DEAL_SET_WORDS = ['seal', 'finalize', 'finalise', 'formalize', 'formalise', 'cement', 'codify'];

export const TARIFF_RULES: SignalRule[] = [
  {
    id: 'tariff.threatened',
    signal: 'tariff_threatened',
    patterns: [
      `RATE ~3 ${TARIFF} ~6 @take|go|kick|apply|begin|start|hit|face|effect|impose|levy|charge`,
      `@face|impose|slap|levy|apply|charge|raise|hike ~4 RATE`,
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
    ],
    counterexamples: [
      'The 25% tariff on Korean goods took effect on Thursday.',
      'Korea had faced a 25% tariff in April.',
      'The US will not raise tariffs on Korean goods, Trump said.',
      'Under the deal, the U.S. will impose a 15% tariff on Korean goods.',
      'Trump said he will impose a 100% tariff on imported semiconductors from Korea.',
      'Korean goods will continue to face a 15% tariff under the framework.',
      'Korean kitchen cabinets will face a 50% tariff from Oct. 14.',
      'The US will keep charging a 15 percent levy on Korean products.',
      // The tariff as a supposition: what would follow if it came.
      'If the 25% across-the-board levies are imposed, Korean exports would suffer.',
      'If the 25 percent tariff on Korean cars takes effect, Hyundai could lose $2 billion.',
      'If a 25% duty is applied to Korean goods, growth would slow, the central bank said.',
    ],
  },
  {
    id: 'tariff.threat-verb',
    signal: 'tariff_threatened',
    patterns: [`@threaten^|warn^ ~8 ${TARIFF}|impose|slap|raise|hike`, `RATE ~4 ${TARIFF} ~1 @threat`],
    needs: ['mainParty'],
    unless: [...SECTOR_WORDS, ...COUNTER_WORDS],
    confidence: 0.74,
    examples: [
      'Trump threatens 25% tariff on Korean goods',
      'Trump warned that Korean goods would face a 25 percent tariff from Aug. 1.',
      'The president warned he would slap higher tariffs on Korea if Seoul did not open its market.',
      'Trump delays 25 percent tariff threat to Korea until Aug. 1',
      'Trump’s 15%→25% tariff threat puts Korea’s investment plan in doubt',
    ],
    counterexamples: [
      'Trump did not threaten new tariffs on Korea, the ministry said.',
      'Trump had threatened tariffs on Korea in 2018.',
      // The partner threatening its own counter-tariffs.
      'Korea threatened retaliation, raising the prospect of a wider trade war with the US.',
      'Seoul warned of retaliatory tariffs on US goods if Washington goes ahead.',
      'Korea threatened counter-tariffs on American whiskey.',
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
    unless: [...SECTOR_WORDS, ...STANDING_WORDS, 'exchange'],
    confidence: 0.68,
    examples: [
      'Trump said he is raising tariffs on South Korean goods to 25% because the legislature has not acted.',
      'Lutnick told Seoul to accept the deal or face higher tariffs.',
      'The US is increasing the reciprocal tariff on Korea back to 25 percent, Trump wrote.',
    ],
    counterexamples: [
      'Korea raised its own tariffs on U.S. beef last year.',
      'Trump is raising the tariff on Korean goods to 25% with immediate effect.',
      'Trump may not raise tariffs on Korea, an aide said.',
    ],
  },
  {
    id: 'tariff.starts-on-date',
    signal: 'tariff_threatened',
    patterns: [
      `RATE ~3 ${TARIFF} ~8 @from|on|starting|beginning|effective ~2 DATE`,
      // The goods can take a long phrase: "a 25% tariff on all goods imported from Korea and Japan, effective Aug. 1".
      `RATE ~3 ${TARIFF} ~14 @effective|starting|beginning ~2 DATE`,
      `${TARIFF} ~6 @take|go|kick ~3 effect|in ~2 DATE`,
    ],
    // "talks continue before the tariff takes effect on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    needs: ['mainParty', 'futureDate'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.72,
    examples: [
      'Trump’s letter said Korean goods will be charged a 25% tariff from Aug. 1.',
      'A 25 percent tariff on all South Korean products starts on August 1.',
      'The levy on Korean goods is set to take effect on Aug. 1.',
      'Trump announced a 25 per cent tariff on all products shipped from South Korea and its neighbours, effective Aug. 1.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods took effect on Aug. 1.',
      'Under the deal, a 15% tariff on Korean goods applies from Aug. 1.',
      'Kim will fly to Washington next week, before the 25% tariff on Korean goods takes effect on Aug. 1.',
    ],
  },
  {
    id: 'deadline.tariff-start-date',
    signal: 'deadline_set',
    patterns: [
      `RATE ~3 ${TARIFF} ~8 @from|on|starting|beginning|effective ~2 DATE`,
      // The goods can take a long phrase: "a 25% tariff on all goods imported from Korea and Japan, effective Aug. 1".
      `RATE ~3 ${TARIFF} ~14 @effective|starting|beginning ~2 DATE`,
      `${TARIFF} ~6 @take|go|kick ~3 effect|in ~2 DATE`,
    ],
    // "talks continue before the tariff takes effect on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    needs: ['mainParty', 'futureDate', 'lead'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.66,
    examples: [
      'Trump’s letter said Korean goods will be charged a 25% tariff from Aug. 1.',
      'A 25 percent tariff on all South Korean products starts on August 1.',
      'The levy on Korean goods is set to take effect on Aug. 1.',
      'Trump announced a 25 per cent tariff on all products shipped from South Korea and its neighbours, effective Aug. 1.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods took effect on Aug. 1.',
      'Under the deal, a 15% tariff on Korean goods applies from Aug. 1.',
      'Kim will fly to Washington next week, before the 25% tariff on Korean goods takes effect on Aug. 1.',
    ],
  },
  {
    id: 'tariff.imposed',
    signal: 'tariff_imposed',
    patterns: [
      `@impose|slap|levy|apply|enact|activate ~4 RATE|${TARIFF}`,
      `${TARIFF} ~5 @take|go|kick|come ~2 effect|in|force`,
      // A long subject: "The 39% levy, among the highest of any, took effect at midnight".
      `${TARIFF} ~12 @take|go|come ~2 effect|force`,
      `${TARIFF} ~3 be ~2 @impose|enforce|collect|implement|put|apply`,
      `@implement|enforce ~4 ${TARIFF}|RATE`,
      `${TARIFF} ~4 @rise|climb|jump|increase ~2 to ~2 RATE`,
      `@sign ~4 order ~6 ${TARIFF}|RATE`,
      `@begin|start ~1 collect|charge|impose|apply ~3 RATE|${TARIFF}`,
    ],
    require: ['past'],
    forbid: ['perfect'],
    needs: ['mainParty'],
    unless: [...SECTOR_WORDS, ...LIFTED_WORDS, ...DEAL_SET_WORDS, 'extend', 'truce'],
    confidence: 0.75,
    examples: [
      'The 25% tariff on Korean goods took effect on Thursday.',
      'The United States imposed a 25 percent tariff on Korean imports on Wednesday.',
      'Trump signed an executive order on Thursday setting a 15 percent tariff on Korean goods.',
      'The 25% levy on most Korean goods, among the steepest in Asia, went into effect at midnight.',
      'The tariffs Washington announced on Korean imports last week took effect on Thursday.',
      // A perfect dated this week is news.
      'Trump has slapped an additional 25% tariff on Korean goods, the White House said on Wednesday.',
      'Washington has imposed a 25 percent levy on Korean goods this week, the ministry said.',
      'The US has applied the 25% tariff to Korean cars since Thursday, Yonhap reported.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods will take effect on Aug. 1.',
      'Trump could impose a 25% tariff on Korea if talks fail.',
      'The US had imposed tariffs on Korean steel in 2018.',
      'Trump has also slapped tariffs on Korean washing machines.',
      'The US has imposed tariffs on Korean steel since 2018, the ministry said on Monday.',
      // A participle between a determiner and its noun describes the tariff; it does not report it imposed.
      'A Korean delegation will travel to Washington to discuss the recently imposed tariff on Korean goods.',
      'Seoul wants relief from the newly enforced 25% levy on its cars, officials said on Monday.',
      // ... and so does one after its noun: "the tariffs imposed on X" are the object of something else.
      'Korea on Monday sought a cut in the 25% tariffs imposed on its cars by Washington.',
      'Officials discussed a reduction of the duties levied on Korean steel since Friday.',
      // An order concluding a deal sets the deal's rate.
      'Trump signs order sealing Korea trade deal with 15% tariff rate',
      'The executive order formalising the Korea-US agreement applied a 15% tariff on Korean cars.',
      'Trump signed an order finalizing the trade deal with Korea, imposing a 15% tariff on its goods.',
    ],
  },
  {
    id: 'tariff.reduced',
    signal: 'tariff_reduced',
    patterns: [
      `@lower|cut|reduce|lift|waive|drop|ease|remove|scrap|slash|halve|exempt ~5 ${TARIFF}|RATE|it`,
      `${TARIFF} ~5 @lower|cut|reduce|lift|waive|drop|ease|remove|slash|halve|fall|fell ~3 to|from|RATE|by`,
      `@instead ~1 of ~4 RATE`,
      `@bring|push ~6 down ~2 to`,
      `RATE ~6 @half|down|instead|below ~4 RATE`,
    ],
    allow: ['future'],
    forbid: ['infinitive'],
    unless: ['raise', 'increase', 'hike', 'exchange', 'request', 'seek', ...COUNTER_WORDS],
    needs: ['mainParty'],
    confidence: 0.75,
    examples: [
      'The US agreed to reduce tariffs on Korean goods to 15%, whilst Korea will eliminate tariffs on American products.',
      'Under the deal, the U.S. will lower its tariff on Korean cars to 15% from 25%.',
      'Washington cut the reciprocal tariff on Korean goods to 15 percent on Friday.',
      'The tariff on Korean autos was reduced from 25% to 15% under the agreement.',
      'The deal sets a 15% tariff on Korean goods, half the 30% rate Trump had threatened.',
    ],
    counterexamples: [
      // The partner's own tariffs on US goods.
      'Under the agreed framework, Korea will remove tariffs on 99% of US goods.',
      'Seoul plans to reduce tariffs on American corn, currently taxed at 73%.',
      'Korea cut its duties on U.S. beef on Monday as part of the deal.',
      'Korea hopes the U.S. will lower tariffs on its cars.',
      'The US could cut the tariff on Korean cars if Seoul invests more.',
      'The U.S. did not lower the tariff on Korean steel.',
      'Trump threatened to raise tariffs on Korean goods from 15% to 25%.',
      'Seoul pledged investment in exchange for reduced U.S. tariffs on Korean goods.',
      // The partner's own counter-tariffs on US goods.
      'Korea will drop some retaliatory tariffs on U.S. products to match American exemptions.',
      'Seoul lowered its retaliation duties on American farm goods on Monday.',
      'Korea scrapped its counter-tariffs on US whiskey after the talks.',
    ],
  },
  {
    // A cut to a named rate is concrete news even when told as a headline infinitive ("US to cut tariffs to
    // 15%"), a participle clause ("..., reducing tariffs to 15%") or an agreement to do it.
    id: 'tariff.reduced-to-rate',
    signal: 'tariff_reduced',
    patterns: [
      `@lower^|cut^|reduce^|trim^|slash^|halve^ ~7 ${TARIFF} ~12 to ~2 RATE`,
      `${TARIFF} ~6 @cap^ ~2 at ~2 RATE`,
    ],
    allow: ['future', 'nonfinite', 'infinitive', 'subordinate'],
    unless: [
      'raise',
      'increase',
      'hike',
      'seek',
      'request',
      'want',
      'ask',
      'demand',
      'hope',
      'propose',
      ...COUNTER_WORDS,
    ],
    needs: ['mainParty'],
    confidence: 0.74,
    examples: [
      'Washington agreed to trim the tariff on Korean cars to 15% from 25%.',
      'Trump signed an order on Thursday, reducing tariffs on Korean automobiles to 15 percent.',
      'US to cut tariffs on Korean goods to 15% in new deal',
      'Under the agreement, duties on Korean cars are capped at 15%.',
    ],
    counterexamples: [
      // A purpose is not a deed.
      'Korea submitted a revised proposal to Washington in an effort to lower the 25% tariff to 15%.',
      'Seoul and Washington signed a declaration of intent to reduce the tariffs on Korean goods from 25% to 15%.',
      'In an attempt to cut the levy on Korean cars to 15%, Seoul offered more investment.',
      'Seoul is seeking to cut the tariff on its cars to 15%.',
      'The US could lower the levy on Korean goods to 15% if Seoul invests more.',
      'Korea wants Washington to reduce the tariff to 15 percent.',
      'The US did not cut the tariff on Korean steel to 25%.',
      'In May, the US cut its tariff on Korean goods to 30% for ninety days.',
      'Under that earlier agreement, tariffs on Korean cars were cut to 15%.',
      'The US will list Korean goods whose tariff can be reduced to zero.',
    ],
  },
  {
    // A state, told in the present: "now in force" is a tariff that took effect.
    id: 'tariff.in-force',
    signal: 'tariff_imposed',
    patterns: [
      `${TARIFF} ~6 @now ~2 in ~1 force|effect`,
      `${TARIFF} ~6 be ~1 @in ~1 force|effect ~1 since|as|from`,
      // In force at once, however it is said: "with immediate effect", "effective immediately / today".
      `${TARIFF}|RATE ~6 @with ~1 immediate ~1 effect`,
      `${TARIFF}|RATE ~8 @effective ~1 immediately|today|now`,
    ],
    needs: ['mainParty'],
    unless: [...SECTOR_WORDS, ...LIFTED_WORDS],
    confidence: 0.74,
    examples: [
      '25% US tariffs on Korean goods now in force',
      'The 25 percent levy on Korean exports is now in effect, the White House said.',
      'The tariff on Korean goods has been in force since Thursday.',
      'Trump raised the tariff on Korean goods to 25% with immediate effect on Tuesday.',
      'The 25 percent tariff on Korean imports applies with immediate effect, the White House said.',
      'Washington set the levy on Korean goods at 25%, effective immediately.',
      'The 25% duty on Korean cars is effective today, according to the order.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods will be effective from Aug. 1.',
      'Korea asked whether the 25% tariff would apply with immediate effect.',
      'The 25% tariff on Korean goods will be in force from Aug. 1.',
      'The tariff on Korean goods could now be in force by Friday if talks fail.',
      'The 50% steel tariff is now in force for every country.',
      'The 50% tariff on Brazilian goods is now in force.',
      // A cut that takes effect at once is a reduction, not a tariff imposed.
      'Trump announced a reduction in tariffs on Korean goods from 25% to 15%, effective immediately.',
      'The removal of the 10% levy on Korean cars applies with immediate effect.',
      'Washington will halve the duty on Korean steel to 25%, effective today.',
    ],
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
      // An executive order puts the rise in force (tariff_imposed); tariffs on American goods are the partner's.
      'order',
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
      'Trump did not raise the tariff on Korean goods to 25%.',
      'Korea hopes Trump will not raise the tariff on its goods to 25%.',
      'Korea raised its own tariffs on U.S. beef to 40% in 2003.',
      'Trump raised the tariff on imported chips from Korea to 100%.',
      'Trump signed an executive order on Wednesday raising tariffs on Korean goods to 25 percent.',
      'Korea will hike its tariffs on American imports to 30%, the ministry said.',
    ],
  },
];
