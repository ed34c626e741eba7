/** What the tariff rules share: what a tariff is called, what makes a clause about something else, and the tariff-start pattern. */
export const TARIFF = 'tariff|levy|duty|rate';
/** The same words as a set of lemmas, for the readings that look a word up. */
export const TARIFF_LEMMAS: ReadonlySet<string> = new Set(TARIFF.split('|'));
export const DEAL_WORDS = [
  'agree',
  'conclude',
  'framework',
  'under',
  'reduce',
  'lower',
  'low',
  'down',
  'instead',
];
/** A rate that already applies and stays is no threat: "will continue to face 19%". */
export const STANDING_WORDS = ['continue', 'remain', 'maintain', 'keep', 'immediate', 'immediately'];
/**
 * A tariff a side works to avoid is the threat it already faces, the backdrop of the effort that is the news ("racing
 * to avert the 25% levy due Friday"): shared/news tags the looming day, not a threat, in such stories.
 */
export const AVERTED_WORDS = ['avoid', 'avert', 'stave'];
/** Words of one tariff for every country alike: "a 10% global tariff", "a universal baseline levy". */
export const EVERY_COUNTRY_WORDS = ['global', 'worldwide', 'universal'];
export const SECTOR_WORDS = [
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
  // Tariffs on every country alike ("a 10% worldwide tariff under Section 122") are not aimed at the partner either.
  ...EVERY_COUNTRY_WORDS,
];

/**
 * The partner's own counter-tariffs on US goods are not the US tariff the track is about, and suspending or
 * delaying them moves no US tariff deadline.
 */
export const COUNTER_WORDS = [
  'retaliatory',
  'retaliation',
  'countermeasure',
  'counter',
  'counter-tariff',
  'counter-tariffs',
];
/** Stock indexes: what they "dropped" or "fell" by is a market move, not a tariff ("share" is left out: a share of exports can fall). */
export const MARKET_WORDS = [
  'dow',
  'nasdaq',
  's&p',
  'kospi',
  'kosdaq',
  'nikkei',
  'topix',
  'nifty',
  'sensex',
  'taiex',
  'ftse',
  'dax',
  'stoxx',
  'index',
  'stock',
];
/** What a company raises or cuts: its forecast, prices or output, not a tariff ("raises profit forecast despite tariffs"). */
export const COMPANY_FIGURES = [
  'forecast',
  'profit',
  'outlook',
  'guidance',
  'price',
  'estimate',
  'projection',
  'earnings',
  'output',
  'production',
  'dividend',
  'wage',
];
/** A central bank's rate is no tariff: "cut its key interest rate to 2.5%", "raised rates by 25 basis points". */
export const MONETARY_WORDS = ['interest', 'basis', 'mortgage', 'lending', 'borrowing'];
/** An imposition found unlawful (a court's ruling on it) is not a tariff put in force by that news. */
export const STRUCK_DOWN_WORDS = ['illegal', 'unlawful', 'unconstitutional', 'invalid'];
/** A tariff lifted, cut or paused is not one put in force. */
export const LIFTED_WORDS = [
  'rescind',
  'revoke',
  'lift',
  'remove',
  'removal',
  'cut',
  'lower',
  // "an order to implement the lower tariffs": the adjective's lemma.
  'low',
  'reduce',
  'reduction',
  'decrease',
  'halve',
  'pause',
  'suspend',
  'suspension',
  'waive',
  'eliminate',
  'elimination',
  'scrap',
  'repeal',
  'exempt',
  'exemption',
  // "an order to get rid of the tariffs".
  'rid',
];
/**
 * An order that concludes a deal ("sealing", "finalising", "formalising" it) sets the deal's rate: not a
 * tariff imposed for want of one.
 */
export const DEAL_SET_WORDS = ['seal', 'finalize', 'finalise', 'formalize', 'formalise', 'cement', 'codify'];

/** A tariff due from a day ahead: the threat it makes and the deadline it sets read alike, with the same examples. */
export const TARIFF_STARTS_ON_DATE = {
  patterns: [
    `RATE ~3 ${TARIFF} ~8 @from|on|starting|beginning|effective ~2 DATE`,
    // The goods can take a long phrase: "a 25% tariff on all the goods shipped in from Korea and Japan, effective Aug. 1".
    `RATE ~3 ${TARIFF} ~14 @effective|starting|beginning ~2 DATE`,
    // The rate told after the tariff: "tariffs of 25% to 40% from Aug. 1".
    `${TARIFF} ~1 of ~4 RATE ~8 @from|on|starting|beginning|effective ~2 DATE`,
    `${TARIFF} ~6 @take|go|kick ~3 effect|in ~2 DATE`,
  ],
  examples: [
    'Trump’s letter said Korean goods will be charged a 25% tariff from Aug. 1.',
    'Trump announced a 25 per cent duty covering all products shipped from South Korea and its neighbours, effective Aug. 1.',
    'Trump set tariffs of 25% on Korean goods from Aug. 1 in a letter sent to Seoul.',
    'Korean goods face tariffs of 25% from Aug. 1, according to the White House.',
    'Trump’s letter sets a levy of up to 25% on Korean imports, effective August 1.',
    // Unveiling a rate is announcing it.
    'The president has unveiled a steep 35 percent levy on Korean exports, effective August 1.',
    'Trump unveiled a 25% levy on Korean cars on Monday, starting Aug. 1.',
    'The White House unveiled a 30 percent duty on Korean goods from Aug. 1 on Friday.',
  ],
  counterexamples: [
    'The 25% tariff on Korean goods took effect on Aug. 1.',
    'A tariff of 25% on Korean goods took effect on Aug. 1.',
    'Under the deal, a 15% tariff on Korean goods applies from Aug. 1.',
    'Kim will fly to Washington next week, before the 25% tariff on Korean goods takes effect on Aug. 1.',
    // The tariffs named by what is due to them, in a sentence about something else.
    'Kim hopes for a deal that would spare Korea from the 25% tariffs set to kick in from Friday, Aug. 1.',
    'Exporters rushed shipments ahead of the 25% levy on Korean goods, due to begin on Aug. 1.',
    'Seoul sent a new offer to avoid 25% duties scheduled to start on Aug. 1.',
  ],
};
