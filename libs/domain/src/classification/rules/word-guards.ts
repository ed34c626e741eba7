import type { EntityClass, Token } from '../nlp/annotate';
import { gluedHyphen } from '../nlp/verb-forms';
import {
  AGREEMENT_WORDS,
  FIRM_WORDS,
  isVerb,
  MEETING_WORD_SET,
  MEETING_WORDS,
  QUALIFIED_BY_TARIFF,
} from '../nlp/words';
import { CUT_VERBS, cutInExchange, liftedToARate } from './cut-guards';
import { AGREEMENTS, agreementOnSomeIssues, agreementOnTheTalks, reachAsDistance } from './deal-word-guards';
import { TARIFF_LEMMAS } from './tariff-words';
import { PUT_OFF_VERBS, STANDSTILL_WORDS } from './vocabulary';

/** A check on a word that fits a pattern element: true reads the word as something else. */
export type WordGuard = (tokens: Token[], at: number) => boolean;

/** "scrapped the tariff talks": a tariff word qualifying the noun after it names the talks, not a tariff. */
function qualifiesNextNoun(tokens: Token[], at: number): boolean {
  return TARIFF_LEMMAS.has(tokens[at].lemma) && QUALIFIED_BY_TARIFF.has(tokens[at + 1]?.lemma ?? '');
}

const OF_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "a further round of trade probes", "another round of tariffs": a round of something other than talks. */
function roundOfSomethingElse(tokens: Token[], at: number): boolean {
  if (tokens[at].lemma !== 'round' || tokens[at + 1]?.normal !== 'of') return false;
  let last = -1;
  // "a round of Korea-US talks": a hyphenated compound is a word of the phrase.
  for (let j = at + 2; j < tokens.length && (OF_PHRASE.has(tokens[j].pos) || gluedHyphen(tokens, j)); j += 1)
    if (OF_PHRASE.has(tokens[j].pos)) last = j;
  return last >= 0 && !MEETING_WORD_SET.has(tokens[last].lemma);
}

const FIRMS = new Set(FIRM_WORDS);
/** A party's name as the adjective of firms, within two words: "US chip makers", "Korean carmakers". */
const namesFirms = (tokens: Token[], at: number) =>
  [1, 2].some((step) => FIRMS.has(tokens[at + step]?.lemma ?? ''));

/** Places whose names begin with "New": "a New York meeting" is no new meeting. */
const NAMED_NEW = new Set([
  'york',
  'delhi',
  'zealand',
  'jersey',
  'orleans',
  'hampshire',
  'mexico',
  'brunswick',
]);
const partOfPlaceName = (tokens: Token[], at: number) =>
  tokens[at].normal === 'new' && NAMED_NEW.has(tokens[at + 1]?.normal ?? '');

/** Nouns that make a rate a tariff rate ("the baseline rate", "the tariff rate"); another noun names another rate. */
const TARIFF_RATE_NOUNS = new Set([
  ...TARIFF_LEMMAS,
  'baseline',
  'base',
  'import',
  'customs',
  'country',
  'sector',
]);

/** "a drop in homicide rates", "the unemployment rate", "interest rates": a rate of something other than a tariff. */
function otherRate(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  return tokens[at].lemma === 'rate' && before?.pos === 'NOUN' && !TARIFF_RATE_NOUNS.has(before.lemma);
}

/** Verbs of a figure moving by itself: the rate right after one is how far it moved ("exports fell 4%"). */
const MOVEMENT_VERBS = new Set([
  'drop',
  'fall',
  'slide',
  'decline',
  'dip',
  'plunge',
  'slump',
  'tumble',
  'sink',
  'rise',
  'climb',
  'jump',
  'soar',
  'surge',
  'gain',
  'grow',
  'shrink',
]);

/** "shipments dropped 4.3 percent", "sales slid by 9%": the size of a change in a figure, not a tariff rate. */
function measuresAMove(tokens: Token[], at: number): boolean {
  if (!tokens[at].classes.includes('RATE')) return false;
  let before = at - 1;
  while (tokens[before]?.classes.includes('RATE')) before -= 1;
  // "a sharp drop (-14%)", "orders (+3.2%)": a signed percentage is a change, never a tariff's level.
  if (/^[+\-−]\d/.test(tokens[before + 1]?.text ?? '')) return true;
  if (tokens[before]?.normal === 'by') before -= 1;
  const verb = tokens[before];
  return verb !== undefined && isVerb(verb) && MOVEMENT_VERBS.has(verb.lemma);
}

/**
 * "Imports drop 30% amid tariffs", "shipments fell by 5% under the levy": a verb of moving with its size right after
 * is a figure that moved; "drop 25% tariffs" names the tariff it drops.
 */
function movedByARate(tokens: Token[], at: number): boolean {
  if (!MOVEMENT_VERBS.has(tokens[at].lemma.replace(/s$/, ''))) return false;
  // "the tariff fell 10 points to 15%": the tariff is what moved.
  if (tokens.slice(Math.max(0, at - 5), at).some((token) => TARIFF_LEMMAS.has(token.lemma))) return false;
  let next = tokens[at + 1]?.normal === 'by' ? at + 2 : at + 1;
  if (!tokens[next]?.classes.includes('RATE')) return false;
  while (tokens[next]?.classes.includes('RATE')) next += 1;
  return !TARIFF_LEMMAS.has(tokens[next]?.lemma ?? '');
}

const STALL_WORDS = new Set(STANDSTILL_WORDS);
/** The words between "after" and a stall that say how long it lasted: "after months of", "after a two-month". */
const SPAN_OF = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'ADP', 'PUNCT']);
/** "a gesture after months of deadlock", "resumed after a two-month stalemate": a stall behind what came after it. */
function stallLeftBehind(tokens: Token[], at: number): boolean {
  if (!STALL_WORDS.has(tokens[at].lemma)) return false;
  for (let k = at - 1; k >= Math.max(0, at - 5); k -= 1) {
    if (tokens[k].normal === 'after') return true;
    if (!SPAN_OF.has(tokens[k].pos) || tokens[k].text === ',') return false;
  }
  return false;
}

const DEADLINE_OBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/**
 * "the talks deadline set for Friday", "the deadline for the trade talks on the 1st": a meeting word
 * qualifying "deadline", or what the deadline is for, names the deadline, and the date beside it is the deadline's.
 */
function qualifiesDeadline(tokens: Token[], at: number): boolean {
  if (tokens[at + 1]?.lemma === 'deadline') return true;
  let k = at - 1;
  while (k >= 0 && (DEADLINE_OBJECT.has(tokens[k].pos) || gluedHyphen(tokens, k))) k -= 1;
  return (tokens[k]?.normal === 'for' || tokens[k]?.normal === 'of') && tokens[k - 1]?.lemma === 'deadline';
}

/** "the much-delayed arrival", "a twice-postponed visit": glued into a compound, the participle describes a noun. */
const compoundModifier = (tokens: Token[], at: number) => at > 0 && gluedHyphen(tokens, at - 1);

/**
 * "cut it way back" in a sentence that names no tariff before the pronoun: "it" is something else (oil
 * purchases, a tax); with a tariff named before it ("the 25% levy ... cut it to 15%") it stands for the tariff.
 */
function pronounForSomethingElse(tokens: Token[], at: number): boolean {
  return tokens[at].lemma === 'it' && !tokens.slice(0, at).some((token) => TARIFF_LEMMAS.has(token.lemma));
}

/** Verbs by which a side asks for something, and by which a deal's text states its terms. */
const ASKING_VERBS = ['call', 'ask', 'demand', 'request', 'require', 'want', 'urge'];
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/** "the agreement calls for Tokyo to invest", "the pact demands that Seoul open": a deal's terms, not a side's ask. */
function termsOfADeal(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos)) k -= 1;
  return AGREEMENTS.has(tokens[k]?.lemma ?? '') && tokens[k].pos === 'NOUN';
}

/**
 * "the effective average tariff on Korean goods", "the average US levy", "the effective tariff rate": an economist's
 * measure of what importers pay across goods, not a rate either side set, threatened or cut.
 */
function tariffStatistic(tokens: Token[], at: number): boolean {
  const word = tokens[at].lemma;
  if (!TARIFF_LEMMAS.has(word) && word !== 'rate') return false;
  let average = false;
  let effective = false;
  for (let k = Math.max(0, at - 3); k < at; k += 1) {
    average ||= tokens[k].lemma === 'average';
    effective ||= tokens[k].lemma === 'effective';
  }
  return average || (effective && (word === 'rate' || tokens[at + 1]?.lemma === 'rate'));
}

/**
 * "The cut was met with praise", "will be met with a higher tariff": "met with" after "be" is how
 * something was received, never a meeting. People who meet are the subject of an active "met with".
 */
function metWithAReaction(tokens: Token[], at: number): boolean {
  if (tokens[at].normal !== 'met' || tokens[at + 1]?.normal !== 'with') return false;
  const before = tokens[at - 1]?.pos === 'ADV' ? tokens[at - 2] : tokens[at - 1];
  return before?.lemma === 'be';
}

/** Each element's guards, chosen once when its pattern is compiled. */
export function guardsFor(
  lemmas: ReadonlySet<string>,
  classes: readonly EntityClass[],
  optional: boolean,
  first: boolean,
): WordGuard[] {
  const guards: WordGuard[] = [];
  // An optional element is a modifier's slot ("ended its tariff talks with"): there the qualifying word is wanted.
  if (lemmas.has('tariff') && !optional) guards.push(qualifiesNextNoun);
  if (lemmas.has('rate')) guards.push(otherRate);
  if (lemmas.has('tariff') || lemmas.has('rate')) guards.push(tariffStatistic);
  if (classes.includes('RATE')) guards.push(measuresAMove);
  if (lemmas.has('round')) guards.push(roundOfSomethingElse);
  if (lemmas.has('meet')) guards.push(metWithAReaction);
  if (lemmas.has('new')) guards.push(partOfPlaceName);
  if ([...STALL_WORDS].some((word) => lemmas.has(word))) guards.push(stallLeftBehind);
  if (MEETING_WORDS.some((word) => lemmas.has(word))) guards.push(qualifiesDeadline);
  if (PUT_OFF_VERBS.some((word) => lemmas.has(word))) guards.push(compoundModifier);
  if (AGREEMENT_WORDS.some((word) => lemmas.has(word)))
    guards.push(agreementOnTheTalks, agreementOnSomeIssues);
  // Among other verbs "reach" is the deal made; alone ("out of reach") it is the noun the pattern asks for.
  if (lemmas.has('reach') && lemmas.size > 1) guards.push(reachAsDistance);
  if (lemmas.has('it')) guards.push(pronounForSomethingElse);
  if (lemmas.has('lift')) guards.push(liftedToARate);
  if ([...MOVEMENT_VERBS].some((word) => lemmas.has(word))) guards.push(movedByARate);
  if (CUT_VERBS.some((word) => lemmas.has(word))) guards.push(cutInExchange);
  if (ASKING_VERBS.some((word) => lemmas.has(word))) guards.push(termsOfADeal);
  // The subject's place: "Korean carmakers agreed" is the firms; "a tariff on Korean carmakers" stays the partner's.
  if (first && classes.includes('PARTY')) guards.push(namesFirms);
  return guards;
}

/** Nouns of fixed phrases that are no object: "in order to", "got under way". */
const FIXED_PHRASES: ReadonlyArray<{ before: string; noun: string; after?: string }> = [
  { before: 'in', noun: 'order', after: 'to' },
  { before: 'under', noun: 'way' },
];

export function inFixedPhrase(tokens: Token[], at: number): boolean {
  return FIXED_PHRASES.some(
    ({ before, noun, after }) =>
      tokens[at].normal === noun &&
      tokens[at - 1]?.normal === before &&
      (after === undefined || tokens[at + 1]?.normal === after),
  );
}
