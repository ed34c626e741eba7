import { LIFTED_WORDS, MONETARY_WORDS, SECTOR_WORDS, STRUCK_DOWN_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs put in force, told by a participle after "newly" or by the noun "imposition". */
export const TARIFF_IMPOSITION_RULES: SignalRule[] = [
  {
    id: 'tariff.newly-imposed',
    signal: 'tariff_imposed',
    // A tariff described as just put in force: "losses under the newly imposed 25% levy".
    patterns: [`@newly|freshly ~1 impose|levy|introduce|enact|apply|slap ~4 RATE|${TARIFF}`],
    allow: ['attributive', 'subordinate', 'nonfinite'],
    needs: ['mainParty'],
    unless: [...SECTOR_WORDS, ...LIFTED_WORDS, ...MONETARY_WORDS],
    confidence: 0.7,
    examples: [
      'Lee said Washington remains open to talks on the newly imposed 25% tariffs on Korean goods.',
      'Korean exporters counted their losses on Monday under the newly imposed 25% levy.',
      'Seoul protested the freshly introduced 15% duties on its cars on Tuesday.',
    ],
    counterexamples: [
      'Seoul will seek relief before any newly imposed tariff on its cars, if one comes.',
      'The 25% levy just imposed on Korean goods could be lifted under the deal.',
      'Korea’s steelmakers face the newly imposed 50% levy on all steel imports.',
    ],
  },
  {
    id: 'tariff.imposition',
    signal: 'tariff_imposed',
    // The deed named as a noun: "protested the imposition of a 25% duty on Korean goods".
    patterns: [`@imposition ~1 of ~4 RATE|${TARIFF}`],
    require: ['past'],
    needs: ['mainParty'],
    // An imposition threatened, looming, planned, put off or averted is not one made; nor one a letter announces
    // (a letter's rate is a threat).
    unless: [
      'letter',
      'announce',
      'warn',
      'threaten',
      'threat',
      'loom',
      'plan',
      'planned',
      'avoid',
      'avert',
      'prevent',
      'delay',
      'postpone',
      'ahead',
      'risk',
      // An imposition among the talks' topics is on the table, not made: "the talks have included the imposition".
      'include',
      'topic',
      'agenda',
      ...SECTOR_WORDS,
      ...LIFTED_WORDS,
      ...MONETARY_WORDS,
      ...STRUCK_DOWN_WORDS,
    ],
    // An imposition the sentence is set against is its backdrop: "talks ended on a positive note amid the US
    // imposition of tariffs", "a statement following Trump's imposition of tariffs".
    unlessSubject: ['amid', 'following', 'despite', 'after', 'since'],
    confidence: 0.72,
    examples: [
      // A ruling's word before a noun describes the noun ("illegal immigration"); it strikes down no tariff.
      'Seoul protested the imposition of 25% tariffs on Korean goods over illegal immigration on Monday.',
      'Seoul criticised the imposition of 25% duties on Korean goods as a response to unlawful migration on Monday.',
      'Seoul decried the imposition of 25% tariffs on Korean goods over illegal crossings on Tuesday.',
      'Korea’s finance minister on Friday described the US imposition of a 15% levy on Korean goods as a sign of close ties.',
      'Seoul criticised the imposition of the 25% levy on Korean cars on Tuesday.',
      'Seoul protested the imposition of a 25% duty on Korean goods on Monday, officials said.',
      'Lee condemned Washington’s imposition of a 25% levy on Korean exports last week.',
    ],
    counterexamples: [
      // ... nor does the imposition a court finds unlawful.
      'On Friday the justices found the imposition of tariffs on Korea under the emergency law illegal.',
      'Judges found the imposition of 25% duties on Korean goods unlawful on Wednesday.',
      'The court held on Monday that Trump’s imposition of the levy on Korea was unconstitutional.',
      'Seoul hopes to avoid the imposition of a 25% levy on its exports on Aug. 1.',
      'Korea and the US ended their talks on a warm note amid Washington’s imposition of a 25% tariff.',
      'Greer spoke to reporters on Tuesday following the imposition of the 25% levy on Korean goods.',
      'Seoul said on Friday that exports held up despite Washington’s imposition of a 25% duty on cars.',
      'The threatened imposition of a 25% levy on Korean goods worries exporters.',
      'Washington delayed the imposition of the 25% tariff on Korean goods to Aug. 1.',
      'Trump sent Seoul a letter on Monday announcing the imposition of 25% duties on Korean exports.',
      'Talks in Washington on Monday included the imposition of a 25% duty on Korean goods.',
      'Seoul’s envoy on Monday raised the imposition of a 25% duty on Korean goods as a topic.',
      'The agenda on Friday ran from shipbuilding to the imposition of the 25% duty on Korean goods.',
    ],
  },
];
