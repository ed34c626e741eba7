import { COUNTER_WORDS, MARKET_WORDS, MONETARY_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';
import { REDUCED_COUNTEREXAMPLES } from './tariffs-reduced-counterexamples';

/** Tariffs cut, waived, lifted or eased, or goods exempted from them. */
export const TARIFF_REDUCED_RULES: SignalRule[] = [
  {
    id: 'tariff.reduced',
    signal: 'tariff_reduced',
    patterns: [
      `@lower|cut|reduce|reduction|lift|waive|drop|remove|scrap|slash|halve|eliminate|elimination ~5 ${TARIFF}|RATE|it`,
      // Exempted, the verb: goods that "are exempt" from a tariff stand so; the exemption is not news.
      `@exempt^ ~5 ${TARIFF}|RATE|it`,
      // The tagger reads the bare form after a modal as an adjective: "will exempt Korean parts from tariffs".
      `will|would|shall ~1 @exempt ~5 ${TARIFF}|RATE|it`,
      // "Tensions eased after he called the tariffs unsustainable": only the tariff itself eased is a cut.
      `@ease ~3np ${TARIFF}|RATE`,
      `${TARIFF} ~5 @lower|cut|reduce|lift|waive|drop|ease|remove|slash|halve|fall|fell ~3 to|from|RATE|by`,
      `@instead ~1 of ~4 RATE`,
      `@bring|push ~6 ${TARIFF}|RATE|it ~6 down ~2 to|RATE`,
      `@bring|push ~1 down ~4np ${TARIFF}|RATE`,
      `RATE ~6 @half|down|instead ~4 RATE`,
      // "The lowered 15% rate took effect on Monday": the cut came into force.
      `reduce|lower ~4 ${TARIFF}|RATE ~8 @take ~1 effect`,
      `reduce|lower ~4 ${TARIFF}|RATE ~8 @go|kick|come ~2 effect|in|force`,
      // "signed an order on Friday lowering tariffs on Brazilian beef": the order makes the cut.
      `@sign^|issue^ ~4 order|proclamation ~4 lower|cut|reduce|remove|lift|exempt|ease|scrap|waive ~4 ${TARIFF}|RATE`,
    ],
    allow: ['future'],
    forbid: ['infinitive'],
    // "are currently exempt from the 10% rate", "remains exempt": a standing state, not a cut that is news.
    unless: [
      'raise',
      'increase',
      'hike',
      'exchange',
      'request',
      'seek',
      // "asked Washington for a reduction", "demanded a cut in the levy": a cut asked for.
      'ask',
      'demand/VERB',
      // A cut linked or tied to a condition is a demand, not a cut made ("tied a cut in the auto tariff to more investment").
      'link/VERB',
      'tie/VERB',
      // "in pursuit of a lower rate": a cut sought.
      'pursuit',
      'pursue',
      'press',
      'urge',
      // A cut wanted, hoped or wished for is not made ("wants the 25% duties cut to 15%").
      'want',
      'hope',
      'wish',
      // Pleading, lobbying or appealing for lower tariffs asks for the cut.
      'plead',
      'lobby',
      'appeal',
      'currently',
      // A cut "already" made, or the "current" rate under a deal in force: where things stand, not news.
      'current',
      'already',
      'remain',
      'still',
      // Goods that "continue being exempt from the duties": an exemption that stands.
      'continue',
      // "a levy lower than the 15% rates": a comparison cuts nothing.
      'than',
      ...COUNTER_WORDS,
      // A cut listed among the talks' topics is on the table, not made: "topics include a reduction of tariffs".
      'topic',
      'agenda',
      'issue/NOUN',
      'cover/VERB',
      // A market that dropped 1.4% is no tariff cut: "the Nasdaq slid 2.1% and the Dow Jones dropped 1.4%".
      ...MARKET_WORDS,
      ...MONETARY_WORDS,
    ],
    // A cut told away from the lead, with no time near publication and no day to come, is the story's background.
    needs: ['mainParty', 'current'],
    // "reduce the tariff gap", "cut the trade deficit": a gap or a balance narrowed is no tariff cut.
    // An estimate or forecast of the tariff revised down is no cut either.
    // ... and told in the passive, the pause is the subject: "the tariff pause will be lifted next week".
    unlessSubject: ['pause', 'suspension', 'reprieve'],
    // A pause, suspension or reprieve lifted brings the tariff back: the opposite of a cut.
    unlessObject: [
      'pause',
      'suspension',
      'reprieve',
      'gap',
      'differential',
      'deficit',
      'imbalance',
      'surplus',
      'estimate',
      'forecast',
      'projection',
    ],
    confidence: 0.75,
    examples: [
      // The lead's reaction, and the undated news after "after" that it reacts to.
      'Exporters breathed a sigh of relief after Washington cut the tariff on Korean cars to 15%.',
      // A tariff rate named by what makes it one.
      'The US cut the tariff rate it charges on Korean cars to 15% on Friday.',
      'Washington lowered the baseline rate on Korean goods to 10% on Monday.',
      // A cut agreed to, or won, is made.
      'The US agreed to a reduction in its levy on Korean cars to 15%.',
      'Korea secured a cut in the tariff on its cars to 15% on Friday.',
      'The US cut its tariff on Korean electric vehicles to 15% on Friday.',
      // Talks that continue beside a cut made.
      'Talks continue, and the US cut the tariff on Korean cars to 15% on Friday.',
      // Demand for goods is no demand made.
      'The cut in the tariff will lift demand for Korean cars, analysts said.',
      // An old marker before a participle that describes a noun dates the noun, not the cut.
      'The US on Thursday lowered its tariff on Korean cars to 15% from the initially proposed 25%.',
      'The US agreed to reduce tariffs on goods made in Korea to 15%, whilst Korea will eliminate tariffs on US products.',
      'Under the agreement, Washington will lower its tariff on Korean cars to 15% from 25%.',
      'Washington cut the reciprocal tariff on goods made in Korea to 15 percent on Friday.',
      'The tariff on Korean autos was reduced from 25% to 15% under the agreement.',
      'The agreement, struck on Friday, lowered the tariff on Korean goods to 15%.',
      'The deal sets a 15% tariff on Korean goods, half the 30% rate Trump had threatened.',
      'Korean cars will face a levy of 15%, down from 25%, under the deal struck on Friday.',
      'The agreement sets a 15% rate on Korean goods instead of the 25% Trump had threatened.',
      'The reduced 15% rate on Korean vehicles took effect on Monday.',
      'Lower tariffs on Korean cars came into force on Thursday, the trade ministry said.',
      'The lowered 15 percent levy on Korean autos went into effect at midnight.',
      'Trump signed an order on Friday lowering tariffs on cars from Korea to 15%.',
      'The White House on Thursday issued an executive order removing the tariffs on Korean aircraft parts.',
      'Trump signed a proclamation on Monday that cuts the levy on Korean trucks to 15%.',
      // The noun "reduction" is a cut like the noun "cut".
      'Korea won a reduction in Washington’s tariff rate to 15% on Tuesday.',
      'The reduction of the US tariff on Korean cars to 15% took effect on Tuesday.',
      'The US granted Korea a reduction of its tariff to 15% on Tuesday.',
      'A joint statement released on July 18, 2025, announced a cut in the tariff on Korean cars to 15%.',
      // Eliminated, as removed or scrapped.
      'Under the deal, Washington will eliminate tariffs on 1,600 Korean products.',
      'Washington eliminated the 10% tariff on Korean beef on Friday.',
      // Exempted, the verb, or after a modal.
      'The US exempted Korean aircraft parts from the 15% tariff on Friday.',
      'Korean generic drugs were exempted from the tariffs on Monday.',
      'Washington exempted Korean beef from the levy under Friday’s accord.',
      'Washington will exempt Korean aircraft parts from the tariffs under the deal.',
      'Under the accord, the US shall exempt Korean beef from the tariff.',
      'The US will exempt Korean generic drugs from the 15% tariff from Monday.',
      'Washington eased the tariffs on Korean steel on Friday.',
      'The order eases the 25% levy on Korean trucks from Monday.',
      'The US eased its duties on Korean beef under the accord.',
      'The agreement provides for the elimination of US tariffs on Korean aircraft parts.',
      // Brought or pushed down: the tariff or the rate is what comes down.
      'Washington on Friday brought the tariff on Korean cars down to 15%.',
      'The order brings down the duties on Korean chips to 15% from Monday.',
      'Washington pushed down its levy on Korean steel to 25% on Friday.',
      'The accord brings down the rate on Korean cars to 15% from Monday.',
      'The deal pushes the levy on Korean steel down to 25% from 50%.',
      // "it" after a tariff named earlier in the sentence is the tariff.
      'The 25% levy hurt Korean carmakers until Washington cut it to 15% on Friday.',
      // ... unless the cut names its own, newer time.
      'The tariff, which took effect in April, was cut to 15% on Friday.',
      // A rate after "drop" names the tariff dropped; a tariff before a fall is what fell.
      'US To Drop 25% Tariffs On Korean Cars',
      'The tariff on Korean cars fell 10 points to 15% on Friday.',
      // Goods bound for the US are the partner's exports, not American goods.
      'The tariff on US-bound shipments from Korea was cut to 15% on Friday.',
      'Washington lowered the levy on America-bound Korean cars to 15% on Monday.',
      'The duty on U.S.-bound products from Seoul was reduced to 15% on Friday.',
    ],
    counterexamples: REDUCED_COUNTEREXAMPLES,
  },
];
