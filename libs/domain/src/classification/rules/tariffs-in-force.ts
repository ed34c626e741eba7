import { LIFTED_WORDS, SECTOR_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs in force: now in effect, taking effect today, or applied at once by an order. */
export const TARIFF_IN_FORCE_RULES: SignalRule[] = [
  {
    // A state, told in the present: "now in force" is a tariff that took effect.
    id: 'tariff.in-force',
    signal: 'tariff_imposed',
    patterns: [
      `${TARIFF} ~6 @now ~2 in ~1 force|effect|place`,
      `${TARIFF} ~6 be ~1 @in ~1 force|effect ~1 since|as|from`,
      // Taking effect the same day the article is dated, told in the present: "the higher duties kick in today".
      `${TARIFF} ~10 @take|go|come|kick ~2 effect|force|in ~3 today|tonight`,
      // In force at once, however it is said ("with immediate effect", "effective immediately / today"), by an order
      // named beside it: said in a statement or a post, a rate is the labels' threat.
      `${TARIFF}|RATE ~6 @with ~1 immediate ~1 effect ~10 order|proclamation`,
      `order|proclamation ~12 ${TARIFF}|RATE ~6 @with ~1 immediate ~1 effect`,
      `${TARIFF}|RATE ~8 @effective ~1 immediately|today|now ~10 order|proclamation`,
      `order|proclamation ~12 ${TARIFF}|RATE ~8 @effective ~1 immediately|today|now`,
      // "have been subject to a 25% tariff since Monday", "As of Thursday, Korean goods are subject to ...".
      `@subject ~1 to ~8 ${TARIFF}|RATE ~6 since`,
      `since|as ~6 @subject ~1 to ~6 ${TARIFF}|RATE`,
    ],
    needs: ['mainParty'],
    unless: [...SECTOR_WORDS, ...LIFTED_WORDS],
    confidence: 0.74,
    examples: [
      'The higher US duties on Korean goods are now in place.',
      'The 25% tariff on Korean goods is now in place, the ministry said.',
      'Washington’s 25% levy on Korean imports is now in place after the order.',
      '25% US tariffs on Korean goods now in force',
      'The 25 percent levy on Korean exports is now in effect, the White House said.',
      'The tariff on Korean goods has been in force since Thursday.',
      'Under the order, the 25% tariff on Korean goods applies with immediate effect.',
      'The proclamation sets the levy on Korean goods at 35%, effective immediately.',
      'The 25 percent tariff on Korean products applies with immediate effect under an order signed on Tuesday.',
      'Korean goods have been subject to a 25% US tariff since Monday.',
      'As of Thursday, Korean goods are subject to a 25% tariff.',
      'Korean cars have been subject to the higher duty since Friday, the ministry said.',
      'The 25% duty on Korean cars is effective today, according to the order.',
      // Taking effect today, in the present.
      'The 25% tariff on Korean goods takes effect today.',
      'Higher US duties on Korean cars kick in today, the ministry said.',
      'The new levies on Korean exports come into force at midnight tonight.',
      'Tariffs of 25% on most Korean goods go into effect today, customs officials said.',
    ],
    counterexamples: [
      'The 25% tariff on Korean goods will now be in place from Aug. 1.',
      'The 25% tariff on Korean goods will be effective from Aug. 1.',
      'Korea asked whether the 25% tariff would apply with immediate effect.',
      'The 25% tariff on Korean goods will be in force from Aug. 1.',
      'Korean steel has been subject to a tariff of 25% since 2018.',
      'Korean goods will be made subject to a 25% tariff as of Aug. 1.',
      'Korean cars are subject to a 25% tariff, analysts said on Monday.',
      'The tariff on Korean goods could now be in force by Friday if talks fail.',
      'The 50% steel tariff is now in force for every country.',
      'The 50% tariff on Brazilian goods is now in force.',
      'The 25% tariff on Korean goods takes effect next month.',
      'The 25% tariff on Korean goods would take effect today if the talks failed.',
      'The 50% tariff on Chinese goods takes effect today.',
      'The lower 15% tariff on Korean cars takes effect today under the deal.',
      // At once, said in a statement or a post with no order.
      'Trump raised the tariff on Korean goods to 25% with immediate effect on Tuesday.',
      'The 25 percent tariff on Korean products applies with immediate effect, the White House said.',
      'Washington set the levy on Korean goods at 25%, effective immediately.',
      // A cut that takes effect at once is a reduction, not a tariff imposed.
      'Trump announced a reduction in tariffs on goods made in Korea to 15% from 25%, effective immediately.',
      'The removal of the 10% levy on Korean cars applies with immediate effect.',
      'Washington will halve the duty on Korean steel to 25%, effective today.',
    ],
  },
];
