import type { EntityClass, Token } from '../nlp/annotate';
import { BACKGROUND_CONJUNCTIONS } from '../nlp/polarity';
import { gluedHyphen, participleAfterDeterminer } from '../nlp/verb-forms';
import { isVerb, MEETING_WORDS, NOUN_PHRASE, QUALIFIED_BY_TARIFF } from '../nlp/words';
import { TARIFF_LEMMAS } from './tariff-words';

export interface PatternElement {
  lemmas: ReadonlySet<string>;
  classes: readonly EntityClass[];
  optional: boolean;
  /** How many other tokens may stand before this element. */
  gap: number;
  /** `~Nnp`: the tokens of the gap must be words of a noun phrase (no preposition, verb or clause comma). */
  phraseGap: boolean;
  head: boolean;
  /** Only a verb (or auxiliary) fits: "pause" the verb, not "a 90-day pause". */
  verb: boolean;
  /** Lemmas that fit only as this part of speech: "official/NOUN", the person, not "an official letter". */
  partOfSpeech: ReadonlyMap<string, string>;
  /** Readings of a fitting word as something else ("interest rates", "a round of probes"): any true, it does not fit. */
  usedOtherwise: readonly WordGuard[];
}

type WordGuard = (tokens: Token[], at: number) => boolean;

export interface CompiledPattern {
  source: string;
  elements: PatternElement[];
  headIndex: number;
}

const CLASSES = new Set<EntityClass>(['DATE', 'RATE', 'MONEY', 'NUM', 'PARTY', 'OTHER_PARTY']);

export function compilePattern(source: string): CompiledPattern {
  const elements: PatternElement[] = [];
  let gap = 0;
  let phraseGap = false;
  for (const part of source.trim().split(/\s+/)) {
    const gapMatch = /^~(\d+)(np)?$/.exec(part);
    if (gapMatch) {
      gap = Number(gapMatch[1]);
      phraseGap = gapMatch[2] === 'np';
      continue;
    }
    let body = part;
    const head = body.startsWith('@');
    if (head) body = body.slice(1);
    const optional = body.endsWith('?');
    if (optional) body = body.slice(0, -1);
    const verb = body.includes('^');
    body = body.replace(/\^/g, '');
    const lemmas = new Set<string>();
    const classes: EntityClass[] = [];
    const partOfSpeech = new Map<string, string>();
    for (const written of body.split('|')) {
      const [alternative, pos] = written.split('/');
      if (pos !== undefined && /^[A-Z]+$/.test(pos)) partOfSpeech.set(alternative, pos);
      else if (pos !== undefined)
        throw new Error(`pattern "${source}": unknown part of speech in "${written}"`);
      if (CLASSES.has(alternative as EntityClass)) classes.push(alternative as EntityClass);
      else if (alternative === alternative.toLowerCase() && alternative.length > 0) lemmas.add(alternative);
      else throw new Error(`pattern "${source}": unknown element "${alternative}"`);
    }
    const usedOtherwise = guardsFor(lemmas, classes, optional, elements.length === 0);
    elements.push({ lemmas, classes, optional, gap, phraseGap, head, verb, partOfSpeech, usedOtherwise });
    gap = 0;
    phraseGap = false;
  }
  if (elements.length === 0) throw new Error('empty pattern');
  const marked = elements.findIndex((element) => element.head);
  return { source, elements, headIndex: marked >= 0 ? marked : 0 };
}

/** "scrapped the tariff talks": a tariff word qualifying the noun after it names the talks, not a tariff. */
function qualifiesNextNoun(tokens: Token[], at: number): boolean {
  return TARIFF_LEMMAS.has(tokens[at].lemma) && QUALIFIED_BY_TARIFF.has(tokens[at + 1]?.lemma ?? '');
}

const MEETINGS = new Set<string>(MEETING_WORDS);
const OF_PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** "a further round of trade probes", "another round of tariffs": a round of something other than talks. */
function roundOfSomethingElse(tokens: Token[], at: number): boolean {
  if (tokens[at].lemma !== 'round' || tokens[at + 1]?.normal !== 'of') return false;
  let last = -1;
  // "a round of Korea-US talks": a hyphenated compound is a word of the phrase.
  for (let j = at + 2; j < tokens.length && (OF_PHRASE.has(tokens[j].pos) || gluedHyphen(tokens, j)); j += 1)
    if (OF_PHRASE.has(tokens[j].pos)) last = j;
  return last >= 0 && !MEETINGS.has(tokens[last].lemma);
}

/** Firms named by their country and trade: "Korean carmakers agreed to invest" is the firms, not the country. */
const FIRMS = new Set([
  'company',
  'firm',
  'carmaker',
  'automaker',
  'chipmaker',
  'maker',
  'shipbuilder',
  'manufacturer',
  'exporter',
  'conglomerate',
  'producer',
  'supplier',
]);
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
  if (tokens[before]?.normal === 'by') before -= 1;
  const verb = tokens[before];
  return verb !== undefined && isVerb(verb) && MOVEMENT_VERBS.has(verb.lemma);
}

/** A noun phrase's words (NOUN_PHRASE), with pronouns, particles, adverbs and punctuation such as quotes. */
const NOUN_PHRASE_POS = new Set([...NOUN_PHRASE, 'PRON', 'PART', 'ADV', 'PUNCT']);
/** Particles of a phrasal verb, which may stand between it and its object ("put forward several proposals"). */
const PARTICLES = new Set(['up', 'out', 'forward', 'over', 'down', 'back']);

/** "made a new offer" but not "made an announcement of a plan" nor "sends letters, plans". */
function nounPhraseWord(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.text === ',' || token.text === ';' || token.text === ':') return false;
  return NOUN_PHRASE_POS.has(token.pos) || PARTICLES.has(token.lemma) || participleAfterDeterminer(tokens, i);
}

function fits(element: PatternElement, token: Token): boolean {
  if (element.verb && token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  const lemma = element.lemmas.has(token.lemma)
    ? token.lemma
    : element.lemmas.has(token.normal)
      ? token.normal
      : null;
  if (lemma !== null) return (element.partOfSpeech.get(lemma) ?? token.pos) === token.pos;
  return element.classes.length > 0 && element.classes.some((type) => token.classes.includes(type));
}

/**
 * A verb with a subject of its own: not an infinitive ("to cut") and not a gerund. Unlike isFiniteVerb it takes a
 * past form after a noun too: after a conjunction that is the clause's verb ("before the tariff on the metal came").
 */
const tensedVerb = (tokens: Token[], k: number) =>
  isVerb(tokens[k]) && tokens[k - 1]?.normal !== 'to' && !/ing$/.test(tokens[k].normal);

/**
 * "Shipments dropped after the 25% duty took effect", "Output fell after Trump raised the tariff": a word after a
 * conjunction whose clause has a verb of its own belongs to that clause, not to the verb before the conjunction. A
 * verb is never held back: "Tariffs after the deal fell to 15%" may be one clause, and a verb reads as its own.
 */
function insideLaterClause(tokens: Token[], from: number, candidate: number, to: number): boolean {
  if (tensedVerb(tokens, candidate)) return false;
  let opener = -1;
  for (let j = from; j < candidate; j += 1) if (BACKGROUND_CONJUNCTIONS.has(tokens[j].normal)) opener = j;
  if (opener < 0) return false;
  for (let k = opener + 1; k < to; k += 1) {
    if (k > candidate && (tokens[k].text === ',' || tokens[k].pos === 'CCONJ')) return false;
    if (tensedVerb(tokens, k)) return true;
  }
  return false;
}

/** Each element's guards, chosen once when its pattern is compiled. */
function guardsFor(
  lemmas: ReadonlySet<string>,
  classes: readonly EntityClass[],
  optional: boolean,
  first: boolean,
): WordGuard[] {
  const guards: WordGuard[] = [];
  // An optional element is a modifier's slot ("ended its tariff talks with"): there the qualifying word is wanted.
  if (lemmas.has('tariff') && !optional) guards.push(qualifiesNextNoun);
  if (lemmas.has('rate')) guards.push(otherRate);
  if (classes.includes('RATE')) guards.push(measuresAMove);
  if (lemmas.has('round')) guards.push(roundOfSomethingElse);
  if (lemmas.has('new')) guards.push(partOfPlaceName);
  // The subject's place: "Korean carmakers agreed" is the firms; "a tariff on Korean carmakers" stays the partner's.
  if (first && classes.includes('PARTY')) guards.push(namesFirms);
  return guards;
}

export interface PatternMatch {
  /** Token index per element (-1: an optional element left out). */
  positions: number[];
  head: number;
}

/**
 * Places elements[element..] from token `at` on, within tokens[.., to): each within its gap after the one
 * before, the first anywhere. A function of its own, not a closure made for each pattern and clause.
 */
function place(
  elements: readonly PatternElement[],
  tokens: Token[],
  to: number,
  positions: number[],
  element: number,
  at: number,
  first: boolean,
): boolean {
  if (element === elements.length) return true;
  const spec = elements[element];
  let last = first ? to - 1 : Math.min(to - 1, at + spec.gap);
  // "a meeting of high-level officials with Greer": a hyphenated compound is one word of the gap.
  // "tariffs on autos, drugs, and lumber": a list's commas are not words of the gap.
  if (!first)
    for (let i = at; i <= last; i += 1) {
      if (gluedHyphen(tokens, i)) last = Math.min(to - 1, last + 2);
      else if (tokens[i].text === ',') last = Math.min(to - 1, last + 1);
    }
  for (let i = at; i <= last; i += 1) {
    if (i > at && spec.phraseGap && !nounPhraseWord(tokens, i - 1)) break;
    if (!fits(spec, tokens[i])) continue;
    if (spec.usedOtherwise.some((otherwise) => otherwise(tokens, i))) continue;
    if (!first && insideLaterClause(tokens, at, i, to)) continue;
    positions[element] = i;
    if (place(elements, tokens, to, positions, element + 1, i + 1, false)) return true;
  }
  if (spec.optional && !first) {
    positions[element] = -1;
    return place(elements, tokens, to, positions, element + 1, at, false);
  }
  return false;
}

/** The first match inside tokens[from, to): each element within its gap after the one before. */
export function matchPattern(
  pattern: CompiledPattern,
  tokens: Token[],
  from: number,
  to: number,
): PatternMatch | null {
  const positions: number[] = [];
  if (!place(pattern.elements, tokens, to, positions, 0, from, true)) return null;
  const head = positions[pattern.headIndex] >= 0 ? positions[pattern.headIndex] : positions[0];
  return { positions, head };
}

/** Every lemma a set of patterns can match: headline words are lemmatised against it. */
export function patternVocabulary(patterns: CompiledPattern[]): Set<string> {
  const words = new Set<string>();
  for (const pattern of patterns)
    for (const element of pattern.elements) for (const lemma of element.lemmas) words.add(lemma);
  return words;
}
