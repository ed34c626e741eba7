import type { Token } from './annotate';
import type { Clause } from './clauses';
import {
  DENIALS,
  INDICATIVE,
  INSISTING,
  REPORTING,
  THREATENING,
  UNCONFIRMED,
  isBareVerb,
  isPastForm,
  isVerb,
} from './words';

const QUOTE_OPENERS = new Set(['“', '"']);

/** What the whole sentence holds, the same for every clause and match in it. */
interface SentenceWords {
  reported: boolean;
  announced: boolean;
  unconfirmed: boolean;
  /** The first token whose lemma denies, or -1. */
  firstDenial: number;
  question: boolean;
}

/**
 * Per tagged sentence (its token array), read once: clausePolarity runs for every match of every rule in the
 * sentence, and the tokens' words never change once tagged.
 */
const SENTENCE_WORDS = new WeakMap<Token[], SentenceWords>();

export function wordsOfSentence(tokens: Token[]): SentenceWords {
  let words = SENTENCE_WORDS.get(tokens);
  if (!words) {
    const reported = tokens.some((token) => REPORTING.has(token.lemma));
    words = {
      reported,
      // A sentence that opens with a quotation mark is someone speaking: "“Korea will pay 25% from August,” ...".
      announced:
        reported ||
        QUOTE_OPENERS.has(tokens[0]?.text ?? '') ||
        tokens.some((token) => THREATENING.has(token.lemma)),
      unconfirmed: tokens.some((token) => UNCONFIRMED.has(token.lemma) || UNCONFIRMED.has(token.normal)),
      firstDenial: tokens.findIndex((token) => DENIALS.has(token.lemma)),
      question: tokens.some((token) => token.text === '?'),
    };
    SENTENCE_WORDS.set(tokens, words);
  }
  return words;
}

const THAT_OPENS = new Set(['SCONJ', 'PRON']);
/**
 * "insists that officials have a working plan", "insisted that the talks were going well": a that-clause in the
 * indicative claims what is so; a demand's verb is bare ("insisted that Seoul pay the money upfront").
 */
export function claimsThat(tokens: Token[], head: number, clause: Clause): boolean {
  if (!INSISTING.has(tokens[head].lemma)) return false;
  let that = head + 1;
  // "insisted that's untrue": the tagger reads the "that" of a contraction as the pronoun.
  while (that <= head + 4 && !(tokens[that]?.normal === 'that' && THAT_OPENS.has(tokens[that].pos)))
    that += 1;
  if (that > head + 4) return false;
  const verb = tokens.slice(that + 1, Math.min(clause.to, that + 8)).find(isVerb);
  return !!verb && (INDICATIVE.has(verb.normal) || isPastForm(verb) || /[^s]s$/.test(verb.normal));
}

/**
 * "What matters is, do they offer Washington a deal": a "do" that opens its clause or follows a comma, with its
 * subject and then a bare verb after it, asks, with or without its question mark.
 */
export function askedByInversion(tokens: Token[], clause: Clause): boolean {
  for (let at = clause.from; at < clause.to; at += 1) {
    if (!['do', 'does', 'did'].includes(tokens[at].normal)) continue;
    const opens = at === clause.from || tokens[at - 1].pos === 'PUNCT';
    const subject = tokens[at + 1];
    if (
      opens &&
      !!subject &&
      ['PRON', 'PROPN', 'NOUN'].includes(subject.pos) &&
      tokens.slice(at + 2, at + 4).some(isBareVerb)
    )
      return true;
  }
  return false;
}

/** What a denial turns down when it is not the deed itself: a report, a claim, speculation. */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'claim',
  'speculation',
  'rumor',
  'rumour',
  'suggestion',
  'allegation',
]);
/** Nouns whose "that" opens what they say, not a clause describing them: reports, and words of thought or news. */
export const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  ...REPORT_NOUNS,
  'news',
  'statement',
  'announcement',
  'fact',
  'hope',
  'expectation',
  'assurance',
  'sign',
  'indication',
  'word',
  'view',
  'belief',
  'concern',
  'fear',
  'warning',
  'confirmation',
  'possibility',
  'idea',
  'assessment',
  'argument',
  'evidence',
  'doubt',
  'message',
  'insistence',
  'notion',
  'impression',
  'understanding',
]);
/** What a report is called when it is denied after it is told: "... was not true", "... is groundless". */
const CALLED_FALSE = new Set(['false', 'untrue', 'groundless', 'baseless', 'inaccurate', 'unfounded']);
/** How far before the head a "report that" may open, and how far after it the report may be called false. */
const REPORT_REACH = 16;
const CALLED_FALSE_REACH = 12;

/** Verbs of denying whose object is always what was said: "denies talks have collapsed" has no "that". */
const DENY_SAID = new Set(['deny', 'refute']);

/**
 * The head stands in what a report or claim says, and the report is denied: "denied a newspaper report that the
 * talks had collapsed", "rejected reports the negotiations were deadlocked", "denies talks have stalled", "a
 * report that talks had broken down was not true". Rejecting a proposal is no such denial, nor is a denial in an
 * earlier clause joined by "and" or a semicolon.
 */
export function deniedReport(tokens: Token[], head: number): boolean {
  for (let k = head - 1; k >= Math.max(0, head - REPORT_REACH); k -= 1) {
    const token = tokens[k];
    if (token.text === ';' || (token.text === ',' && ['and', 'but'].includes(tokens[k + 1]?.normal ?? '')))
      return false;
    if (DENIALS.has(token.lemma) && isVerb(token)) {
      const object = tokens.slice(k + 1, k + 4);
      return (
        DENY_SAID.has(token.lemma) ||
        object[0]?.normal === 'that' ||
        object.some((word) => REPORT_NOUNS.has(word.lemma))
      );
    }
    if (token.normal !== 'that' || !REPORT_NOUNS.has(tokens[k - 1]?.lemma ?? '')) continue;
    for (let j = k - 2; j >= Math.max(0, k - 6); j -= 1) if (DENIALS.has(tokens[j].lemma)) return true;
    for (let j = head + 1; j < Math.min(tokens.length, head + CALLED_FALSE_REACH); j += 1) {
      if (CALLED_FALSE.has(tokens[j].lemma)) return true;
      if (tokens[j].lemma === 'true' && tokens[j - 1]?.normal === 'not') return true;
    }
    return false;
  }
  return false;
}
