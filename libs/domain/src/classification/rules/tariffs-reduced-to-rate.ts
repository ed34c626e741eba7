import { COUNTER_WORDS, MONETARY_WORDS, TARIFF } from './tariff-words';
import type { SignalRule } from './types';

/** Tariffs cut to a named rate, or set below the rate threatened. */
export const TARIFF_REDUCED_TO_RATE_RULES: SignalRule[] = [
  {
    // A cut to a named rate is concrete news even when told as a headline infinitive ("US to cut tariffs to
    // 15%"), a participle clause ("..., reducing tariffs to 15%") or an agreement to do it.
    id: 'tariff.reduced-to-rate',
    signal: 'tariff_reduced',
    patterns: [
      `@lower^|cut^|reduce^|trim^|slash^|halve^ ~7 ${TARIFF} ~12 to ~2 RATE`,
      `${TARIFF} ~6 @cap^ ~2 at ~2 RATE`,
      // The rate set, told against the one threatened: "a lower rate than the threatened 25%",
      // "below the 25% threatened by Trump".
      // The comparative, not the verb: "went to Washington to lower the threatened levy" is a cut still to win.
      '@lower/ADJ|below ~4 threaten ~3 RATE',
      '@lower/ADJ|below ~4 RATE ~1 threaten',
      // ... or told in its place: "15% rather than the threatened 30%", "rather than a 25% duty Trump threatened".
      '@rather ~1 than ~4 threaten ~3 RATE',
      '@rather ~1 than ~4 RATE ~4 threaten',
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
      // A rate cut that a proposal offers is not made.
      'proposal',
      ...COUNTER_WORDS,
      ...MONETARY_WORDS,
    ],
    // A cut told away from the lead, with no time near publication and no day to come, is the story's background.
    needs: ['mainParty', 'current'],
    confidence: 0.74,
    examples: [
      // The partner's pledge on goods from the US beside it leaves the US cut on the partner's goods a cut.
      'Washington agreed on Friday to cut tariffs on Korean-made goods to 15% after Seoul pledged to drop duties on imports from the US.',
      'The agreed 15% rate on Korean cars is far below the threatened 25% levy.',
      'Korean cars will pay 15%, lower than the 25% threatened in July, under the deal.',
      'Korean chips will carry a 10% duty, lower than the 25% threatened last month, under the accord.',
      'Washington agreed to trim the tariff on Korean cars to 15% from 25%.',
      'Trump on Thursday signed an order, reducing tariffs on automobiles from Korea to 15 percent.',
      'US to cut tariffs on goods made in Korea to 15% in new deal',
      'Under the agreement, duties on Korean cars are capped at 15%.',
      'Trump said on Wednesday Korean goods will face a 15% tariff, well below the earlier threatened 25%.',
      'Under the deal announced on Wednesday, Korean cars will face a 15% levy, lower than the 25% rate threatened earlier.',
      'Korean goods will carry a 15% duty under the deal, below the 25% threatened by Trump.',
      'Under the deal, Korean cars will face a 15% levy rather than the threatened 25%.',
      'Korean goods will pay 15% rather than a 25% tariff previously threatened by Trump, under the pact.',
      'Korean chips will carry a 15% duty under the accord, rather than the 25% Trump threatened.',
      // A deal's terms told ahead, or dated this week, announce the cut.
      'As part of that accord, Washington will lower its levy on Korean goods to 15%.',
      'Under the deal, the US agreed on Friday to cut the tariff on Korean cars to 15%.',
      'In return, Washington will reduce the duty on Korean steel to 15%.',
    ],
    counterexamples: [
      // A "that" clause after a deal of an old month takes its time: background.
      'Seoul points to the framework settled in April that cut the levy on its cars to 15%.',
      'Officials cited the accord signed in March that lowered the tariff on Korean goods to 15%.',
      'Officials cited the accord signed in early May that lowered the tariff on Korean goods to 15%.',
      'Seoul points to the framework settled in late May that cut the levy on its cars to 15%.',
      // Another partner's news in a clause of its own, opened with no comma: its subject is not the track's partner.
      'Pressure has been mounting on Seoul since Tokyo clinched a deal to cut the US tariff to 15% on Tuesday.',
      // A cut as the gerund after "in exchange for" or "in return for": what one side gets for what it gives.
      'Seoul promised a $350 billion fund in exchange for Washington cutting the duty on its sedans to 15%.',
      'Seoul agreed to buy US energy in return for the US lowering its levy on Korean machinery to 15 percent.',
      'Seoul will pour money into US shipyards in exchange for Washington trimming its duty on Korean goods to 15%.',
      // A deal's terms told in the past, with no time near publication, recall the deal.
      'In exchange, Washington agreed to trim its duty on Korean sedans from 25% to 15%.',
      'In return, Washington pledged to reduce its levy on Korean steel to 15%.',
      'As part of that accord, the US committed to cutting duties on Korean trucks to 15%.',
      'Under the deal, the US agreed to cut the tariff on Korean cars to 15%.',
      // A central bank's rate is no tariff.
      'The Bank of Korea cut its key interest rate to 2.5% on Thursday, citing US tariffs on Korean goods.',
      // A cut a proposal offers.
      'Washington sent Seoul a proposal on Friday reducing the tariff on Korean cars to 15%.',
      'A US proposal tabled on Tuesday trims the duty on Korean steel to 25%.',
      'The US handed Korea a proposal on Monday lowering the levy on Korean goods to 20%.',
      // A purpose is not a deed.
      'Korea submitted a revised proposal to Washington in a renewed effort to lower the 25% tariff to 15%.',
      'Seoul and Washington signed a statement of intent to cut the tariffs on goods made in Korea to 15% from 25%.',
      'In an attempt to cut the levy on Korean cars to 15%, Seoul offered more investment.',
      'Seoul is seeking to cut the tariff on its cars to 15%.',
      // Striving for a cut is not making it.
      'Both countries are negotiating to cut the levy on Korean cars to 15% from 25%.',
      'Seoul is working to cut the US levy on its cars to 15%.',
      'Korean officials are fighting to reduce the tariff on Korean steel to 25%.',
      'The US could lower the levy on Korean goods to 15% if Seoul invests more.',
      'Korea wants Washington to reduce the tariff to 15 percent.',
      'The US did not cut the tariff on Korean steel to 25%.',
      'In May, the US cut its tariff on Korean goods to 30% for ninety days.',
      'Under that earlier agreement, tariffs on Korean cars were cut to 15%.',
      'The US will list Korean goods whose tariff can be reduced all the way to zero.',
      // "Lower", the verb, with a threatened rate after it: a cut still to win.
      'Seoul sent its envoy to Washington on Friday to lower a threatened 25% levy on its cars.',
      'Yeo flew to Washington on Monday to lower the threatened 25% tariff on Korean goods.',
      'Korea offered more LNG purchases on Tuesday to lower the threatened 25 percent duty on its goods.',
      'Seoul hopes for a tariff lower than the threatened 25%.',
      'The rate could end up lower than the 25% Trump threatened.',
      'Korea asked for a levy below the 25% that Trump had threatened.',
      'Seoul hopes to pay 15% rather than the threatened 25%.',
      'Korea would rather pay 15% than face the 25% tariff Trump threatened.',
    ],
  },
];
