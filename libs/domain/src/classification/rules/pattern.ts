import type { EntityClass, Token } from '../nlp/annotate';
import { BACKGROUND_CONJUNCTIONS } from '../nlp/clause-background';
import { gluedHyphen, participleAfterDeterminer } from '../nlp/verb-forms';
import { isVerb, NOUN_PHRASE, PHRASAL_PARTICLES } from '../nlp/words';
import { guardsFor, type WordGuard } from './word-guards';

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

/** A noun phrase's words (NOUN_PHRASE), with pronouns, particles, adverbs and punctuation such as quotes. */
const NOUN_PHRASE_POS = new Set([...NOUN_PHRASE, 'PRON', 'PART', 'ADV', 'PUNCT']);

/** Nouns that count or gather what follows their "of": "a wide range of concessions" is concessions. */
const QUANTITY_NOUNS = new Set([
  'range',
  'series',
  'set',
  'raft',
  'host',
  'slew',
  'array',
  'number',
  'variety',
  'batch',
  'bundle',
  'string',
]);

/** "made a new offer" but not "made an announcement of a plan" nor "sends letters, plans". */
function nounPhraseWord(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (token.text === ',' || token.text === ';' || token.text === ':') return false;
  if (token.normal === 'of') return QUANTITY_NOUNS.has(tokens[i - 1]?.lemma ?? '');
  return (
    NOUN_PHRASE_POS.has(token.pos) ||
    PHRASAL_PARTICLES.has(token.lemma) ||
    participleAfterDeterminer(tokens, i)
  );
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
  // "a session of cabinet-level officials with Greer": a hyphenated compound is one word of the gap.
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
