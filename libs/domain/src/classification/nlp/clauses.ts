import type { Token } from './annotate';
import { CONTENT_NOUNS } from './clause-speech';
import { gluedHyphen, spacedHyphen } from './verb-forms';
import {
  ACT_NOUNS,
  DONE_AUXILIARIES,
  IRREGULAR_PAST,
  isPastForm,
  isVerb,
  NOUN_PHRASE_MARKED,
  PLANNED,
  RELATIVE_OPENERS,
} from './words';

/**
 * How a clause reports what it says. A rule names the polarities it needs or forbids; the one clause
 * splitter below and clausePolarity (polarity.ts) decide them for every rule alike.
 */
export const POLARITIES = [
  'negated',
  'hedged',
  'conditional',
  'future',
  'past',
  'perfect',
  'reported',
  'unconfirmed',
  'denial',
  'recap',
  'question',
  'nonfinite',
  /** A participle after the noun it describes: "the agreement reached in July", "tariffs imposed on Korea". */
  'attributive',
  'subordinate',
  'infinitive',
  /** An infinitive after agreeing or deciding: "agreed to meet" tells a plan the sides settled on, maybe with no time. */
  'agreedTo',
  'pluperfect',
  /** A past perfect reported by a verb of saying before it: "said that he had met Greer" tells the past. */
  'backshifted',
  'pastplan',
  /** The match is the condition itself: "if the 25% levies are imposed, ...". */
  'supposition',
  /** An infinitive describing a noun: "the steep tariffs set to take effect next Friday" names the tariffs, announces nothing. */
  'described',
  /** The perfect progressive: "has been pushing for access" tells a stance held for a while, not a new step. */
  'standing',
  /** The sentence tells someone saying, announcing, threatening or warning it, or is a headline. */
  'announced',
  /** The present progressive: "are negotiating", "are being conducted" tells something going on, not a step done. */
  'progressive',
  /** Insisting or demanding that something is so, told in the indicative: a claim, not a demand made. */
  'claimed',
  /** What a report or claim says that someone denies: "denied a report that the talks had collapsed". */
  'reportDenied',
] as const;
export type Polarity = (typeof POLARITIES)[number];

export interface Clause {
  from: number;
  /** Exclusive token index. */
  to: number;
  /** Who is reported as saying it ("Lutnick said ..."), when a reporting verb frames the clause. */
  speaker?: string;
  /** Opened by "as" with no comma ("braces as tariffs take effect"): simultaneous news, not background. */
  simultaneous?: boolean;
}

/** Words that open a new clause when they follow a comma or stand at a clause edge. */
const OPENERS = new Set([
  'but',
  'while',
  'whilst',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'when',
  'if',
  'unless',
  'which',
  'who',
  'as',
  'until',
  'once',
  'otherwise',
  'saying',
  'adding',
  'noting',
  'citing',
  'warning',
  'following',
]);
/** Conjunctions that open a clause with a subject of its own, also with no comma before them. */
export const LEADING_SUBORDINATORS = new Set([
  'as',
  'if',
  'unless',
  'after',
  'before',
  'when',
  'since',
  'because',
  'although',
  'though',
  'while',
  'once',
]);
const HARD_BREAKS = new Set([';', ':', '—', '–', '(', ')']);
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'SYM']);

/**
 * "delayed twice as negotiations continued": "as", a subject, then a finite verb opens a clause of its
 * own even without a comma, so a pattern cannot join a verb of one clause to a noun of the other.
 * "as early as May", "as well as", "such as Korea" have no subject-and-verb and stay where they are.
 */
function opensBareAsClause(tokens: Token[], at: number): boolean {
  if (tokens[at].normal !== 'as' || ['such', 'well', 'so', 'same'].includes(tokens[at - 1]?.normal ?? ''))
    return false;
  let i = at + 1;
  // The subject may carry a prepositional phrase: "as negotiations with Seoul continued".
  while (
    i < tokens.length &&
    i <= at + 8 &&
    (SUBJECT_WORDS.has(tokens[i].pos) || (i > at + 1 && tokens[i].pos === 'ADP' && tokens[i].normal !== 'as'))
  )
    i += 1;
  const verb = tokens[i];
  return (
    i > at + 1 &&
    verb !== undefined &&
    isVerb(verb) &&
    !/ing$/.test(verb.normal) &&
    tokens[i - 1].normal !== 'to'
  );
}

/**
 * "the tariff pact that was concluded last year", "tariffs which took effect in April", "disputes that have
 * strained ties for years": a relative clause right after its noun, with no comma, in the past or the perfect,
 * describes the noun; its verb is not the sentence's.
 * "said that" and "that deal" are no such clause: the word before is a noun and a verb comes at once.
 */
function opensRestrictiveRelative(tokens: Token[], at: number): boolean {
  if (!['that', 'which'].includes(tokens[at].normal)) return false;
  if (!['NOUN', 'PROPN'].includes(tokens[at - 1]?.pos ?? '') || ACT_NOUNS.has(tokens[at - 1].lemma))
    return false;
  let next = at + 1;
  // "the fund that Seoul has agreed to set up": the relative clause may have a subject of its own, unless
  // the noun is one whose "that" tells what it says ("the report that Korea had agreed").
  if (describedNoun(tokens, at - 1))
    while (next <= at + 4 && OWN_SUBJECT.has(tokens[next]?.pos ?? '')) next += 1;
  while (tokens[next]?.pos === 'ADV') next += 1;
  const verb = tokens[next];
  if (verb === undefined || !(verb.pos === 'AUX' || verb.pos === 'VERB')) return false;
  // Only what was done: "the rate that will take effect Aug. 1", "an order that puts a 25% tariff" tell the news.
  return DONE_AUXILIARIES.has(verb.normal) || (verb.pos === 'VERB' && isPastForm(verb));
}

/**
 * A noun a relative clause with its own subject can describe: not one whose "that" tells what it says ("the report
 * that"), not a day ("said Thursday that"), and not the object of a verb that takes a "that" of its own ("told
 * reporters that", "assured Seoul that").
 */
function describedNoun(tokens: Token[], noun: number): boolean {
  if (CONTENT_NOUNS.has(tokens[noun].lemma) || tokens[noun].classes.includes('DATE')) return false;
  let before = noun - 1;
  while (before >= noun - 4 && NOUN_PHRASE_MARKED.has(tokens[before]?.pos ?? '')) before -= 1;
  return !TELLING_VERBS.has(tokens[before]?.lemma ?? '');
}
/** Verbs whose object is told something in a "that" clause: "told reporters that", "assured Seoul that". */
const TELLING_VERBS = new Set([
  'tell',
  'inform',
  'assure',
  'reassure',
  'remind',
  'warn',
  'notify',
  'convince',
  'persuade',
  'advise',
  'promise',
  'show',
  'brief',
]);

/** Words of a relative clause's own subject: "that the two sides", "that Seoul and Washington". */
const OWN_SUBJECT = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'CCONJ', 'PART']);

/**
 * "said on Monday (local time) that", "on Thursday (Oct. 30)", "($350 billion)": a short aside in brackets with
 * no verb of its own is part of its clause. Returns the closing bracket's position, or -1.
 */
function shortAsideEnd(tokens: Token[], open: number): number {
  if (tokens[open].text !== '(') return -1;
  for (let at = open + 1; at < tokens.length && at <= open + 7; at += 1) {
    if (tokens[at].text === ')') return at;
    if (isVerb(tokens[at]) || HARD_BREAKS.has(tokens[at].text)) return -1;
  }
  return -1;
}

function clauseFrom(from: number, to: number, simultaneous: boolean): Clause {
  return simultaneous ? { from, to, simultaneous } : { from, to };
}

/** One clause splitter: punctuation that ends a clause, and subordinating or contrasting words. */
export function splitClauses(tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let simultaneous = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const asideEnd = shortAsideEnd(tokens, i);
    if (asideEnd > 0) {
      i = asideEnd;
      continue;
    }
    const token = tokens[i];
    const afterComma = i > 0 && tokens[i - 1].text === ',';
    // ", under which the tariffs were imposed, ...": a relative clause opened by a preposition and "which".
    const afterCommaAndPreposition =
      token.normal === 'which' && tokens[i - 1]?.pos === 'ADP' && tokens[i - 2]?.text === ',';
    // ", issued on July 7, warned ...": a participle after a comma opens a phrase that describes a noun.
    const participle =
      afterComma &&
      token.pos === 'VERB' &&
      !PLANNED.has(token.lemma) &&
      (/ed$/.test(token.normal) || IRREGULAR_PAST.has(token.normal)) &&
      // "The deal, announced on Wednesday, sets ...": after the opening subject the phrase stays with it.
      !(from === 0 && tokens.slice(0, i).every((before) => !isVerb(before)));
    const bareAs = i > from && !afterComma && opensBareAsClause(tokens, i);
    const relative = i > from && !afterComma && opensRestrictiveRelative(tokens, i);
    const opens =
      i > from &&
      (participle ||
        bareAs ||
        relative ||
        (OPENERS.has(token.normal) &&
          (afterComma ||
            afterCommaAndPreposition ||
            ['but', 'while', 'whilst', 'whereas', 'unless', 'if'].includes(token.normal))));
    // "If no deal is reached, Korea will face 25%", "After announcing ..., Trump declared ...": a leading
    // condition or subordinate clause ends at its comma.
    const opener = tokens[from]?.normal ?? '';
    const endsLeadingCondition =
      token.text === ',' &&
      LEADING_SUBORDINATORS.has(opener) &&
      i > from + 2 &&
      // "After the meeting, Yeo said ...": a leading phrase with no verb is no clause of its own.
      (opener === 'if' || opener === 'unless' || tokens.slice(from + 1, i).some(isVerb));
    // "The meeting, which had been set for Friday, was cancelled": a relative clause between commas ends
    // where the main clause's verb comes back.
    const endsRelative =
      token.text === ',' &&
      RELATIVE_OPENERS.has(opener) &&
      i > from + 2 &&
      tokens[i + 1] !== undefined &&
      isVerb(tokens[i + 1]) &&
      !/ing$/.test(tokens[i + 1].normal);
    if (endsRelative) {
      clauses.push(clauseFrom(from, i + 1, simultaneous));
      from = i + 1;
      simultaneous = false;
      continue;
    }
    if (
      (HARD_BREAKS.has(token.text) && !gluedHyphen(tokens, i)) ||
      spacedHyphen(tokens, i) ||
      endsLeadingCondition ||
      (token.text === ',' && tokens[i + 1] && tokens[i + 1].normal === 'and' && !closesList(tokens, from, i))
    ) {
      if (i > from) clauses.push(clauseFrom(from, i, simultaneous));
      from = i + 1;
      simultaneous = false;
      continue;
    }
    if (opens) {
      clauses.push(clauseFrom(from, i, simultaneous));
      from = i;
      simultaneous = bareAs;
    }
  }
  if (from < tokens.length) clauses.push(clauseFrom(from, tokens.length, simultaneous));
  return clauses.length > 0 ? clauses : [{ from: 0, to: tokens.length }];
}

const LIST_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "levies on cars, steel, and chips from Korea": the comma before "and" closes a list of one- to three-word
 * items, each after a comma of its own clause; it ends no clause.
 */
function closesList(tokens: Token[], from: number, comma: number): boolean {
  let start = comma - 1;
  while (start > from && LIST_WORDS.has(tokens[start].pos) && comma - start <= 3) start -= 1;
  if (start <= from || tokens[start].text !== ',' || start === comma - 1) return false;
  const next = tokens[comma + 2];
  return !!next && LIST_WORDS.has(next.pos) && !isVerb(tokens[comma + 3] ?? next);
}
