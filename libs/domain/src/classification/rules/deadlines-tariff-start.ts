import type { SignalRule } from './types';
import { DEAL_WORDS, SECTOR_WORDS, TARIFF, TARIFF_STARTS_ON_DATE } from './tariff-words';

/** A deadline set by the day a tariff starts: announced with it, or named beside its rate. */
export const DEADLINE_TARIFF_START_RULES: SignalRule[] = [
  {
    // "Trump announced that tariffs on Korean goods will take effect on Aug. 1": a start day announced is news.
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
      'White House officials declared that the 25% levy on Korean imports would go into effect on Friday, Aug. 1.',
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
      'A 25 percent tariff on every South Korean product starts on August 1.',
      'Korean goods face a 25% tariff starting Aug. 1, Trump said on Monday.',
      'Trump set a 25 percent levy on Korean imports effective August 1.',
      'The 25% duty on Korean goods begins on Aug. 1, a White House statement said.',
      'A 25% levy on Korean cars will start from August 1, the letter said.',
      'Trump announced a 25 per cent duty covering all products shipped from South Korea and its neighbours, effective Aug. 1.',
      'Trump set tariffs of 25% on Korean goods from Aug. 1.',
      'Korean goods face tariffs of up to 25% starting Aug. 1, Trump said on Monday.',
      'The letter sets a levy of 25% on Korean imports, effective August 1.',
    ],
    counterexamples: [
      ...TARIFF_STARTS_ON_DATE.counterexamples,
      'The levy on Korean goods is due to kick in on Friday, Aug. 1.',
      'Seoul is racing to strike a deal before punishing tariffs take hold on August 1.',
      'The 25 per cent tariffs on Korean goods are due to kick in on Friday, Aug 1, officials said.',
    ],
    // "talks continue before the tariff starts to apply on Aug. 1": a deadline told as the backdrop.
    forbid: ['past', 'subordinate'],
    needs: ['mainParty', 'futureDate', 'lead'],
    unless: [...DEAL_WORDS, ...SECTOR_WORDS],
    confidence: 0.66,
  },
];
