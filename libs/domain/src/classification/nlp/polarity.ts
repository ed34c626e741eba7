import type { Token } from './annotate';
import type { Clause, Polarity } from './clauses';
import { frameClause } from './clause-frame';
import { addMood } from './clause-mood';
import { addTense } from './clause-tense';
import {
  DENIALS,
  INDICATIVE,
  INSISTING,
  MODALS,
  REPORTING,
  THREATENING,
  UNCONFIRMED,
  isBareVerb,
  isPastForm,
  isVerb,
  isVerbIng,
} from './words';
import {
  hyphenCompound,
  isFiniteVerb,
  isReducedRelative,
  participleAfterDeterminer,
  prenominalParticiple,
  talkedAboutAgreement,
  deedPraised,
  verbBefore,
} from './verb-forms';
import { SEASON_NAMES } from '../seasons';

/** Participles that, after "as", tell a plan kept: "held as scheduled", "went ahead as planned". */
const AS_PLANNED = new Set(['schedule', 'plan']);
/** Words that, right after a noun, start an infinitive describing it: "tariffs set to take effect", "a levy due to begin". */
const DESCRIBING = new Set(['set', 'due', 'scheduled', 'slated', 'poised']);
/** A limit whose infinitive names what must be done by it: "the deadline to suspend the tariffs". */
const LIMITS = new Set(['deadline', 'cutoff', 'window']);
/** Verbs whose object is news even when an infinitive describes it. */
const ANNOUNCING = new Set([
  'announce',
  'unveil',
  'threaten',
  'impose',
  'slap',
  'declare',
  'order',
  'levy',
  'warn',
]);

/**
 * "the 25% duties due to start on Aug. 1", "a 50% levy on Brazilian beef, set to begin": an
 * infinitive in the match hangs on a noun of a sentence whose verb is another. "The tariff is set to" has "is".
 */
function describesNoun(tokens: Token[], from: number, to: number): boolean {
  for (let marker = Math.max(2, from); marker <= to; marker += 1) {
    if (tokens[marker].normal !== 'to' || !DESCRIBING.has(tokens[marker - 1].normal)) continue;
    let before = marker - 2;
    if (tokens[before].text === ',') before -= 1;
    if (!['NOUN', 'PROPN'].includes(tokens[before]?.pos ?? '')) continue;
    // "Trump announced a 25% tariff on Korean goods, set to take effect Aug. 1": the announcement is the news.
    // ("a threatened 30% tariff" is an adjective, not the announcement.)
    const announced = (token: Token, k: number, span: Token[]) =>
      ANNOUNCING.has(token.lemma) && token.pos === 'VERB' && span[k - 1]?.pos !== 'DET';
    if (tokens.slice(Math.max(0, before - 8), before).some(announced)) continue;
    if (tokens.some((_, k) => k !== marker - 1 && k !== marker + 1 && isFiniteVerb(tokens, k))) return true;
  }
  return false;
}

/** "the deadline to suspend the tariffs", "the window to extend the truce": the head names what is due by the limit. */
function infinitiveOfLimit(tokens: Token[], head: number): boolean {
  const limit = tokens[head - 2];
  return tokens[head - 1]?.normal === 'to' && !!limit && limit.pos === 'NOUN' && LIMITS.has(limit.lemma);
}

/**
 * "After the signing ceremony, Lee and Trump continued discussions": the opener heads a phrase with no verb,
 * which ends at its comma; a head after that comma stands in the main clause, not a subordinate one.
 */
function openerIsPhrase(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = clause.from + 1; i < Math.min(head, clause.to); i += 1) {
    if (isVerb(tokens[i])) return false;
    if (tokens[i].text === ',') return true;
  }
  return false;
}

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

function wordsOfSentence(tokens: Token[]): SentenceWords {
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
function claimsThat(tokens: Token[], head: number, clause: Clause): boolean {
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
function askedByInversion(tokens: Token[], clause: Clause): boolean {
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

/**
 * The polarities of the clause around the head token: what stands before the head inside its clause
 * (modals, "will", "if", negators) and what frames the sentence (a reporting or denying verb). Mood
 * (clause-mood.ts) and tense (clause-tense.ts) read the same frame; the head's role in its sentence is read here.
 */
export function clausePolarity(
  tokens: Token[],
  clause: Clause,
  head: number,
  matched: Set<number>,
): Set<Polarity> {
  const found = new Set<Polarity>();
  const frame = frameClause(tokens, clause, head, matched);
  addMood(frame, found);
  addTense(frame, found);
  const { headToken, lastMatched } = frame;
  const sentence = wordsOfSentence(tokens);
  if (sentence.reported) found.add('reported');
  if (sentence.announced) found.add('announced');
  if (sentence.unconfirmed) found.add('unconfirmed');
  if (sentence.firstDenial >= 0 && sentence.firstDenial < head + 12) found.add('denial');
  if (sentence.question || askedByInversion(tokens, clause)) found.add('question');
  if (claimsThat(tokens, head, clause)) found.add('claimed');
  if (
    !clause.simultaneous &&
    [
      'when',
      'which',
      'that',
      'after',
      'since',
      'as',
      'while',
      'because',
      'although',
      'though',
      'before',
    ].includes(tokens[clause.from]?.normal ?? '') &&
    !openerIsPhrase(tokens, clause, head) &&
    !justAfter(tokens, clause.from)
  )
    found.add('subordinate');
  const gerund = isVerbIng(headToken);
  const progressive = tokens
    .slice(Math.max(clause.from, head - 3), head)
    .some((token) => token.lemma === 'be');
  if (
    (gerund &&
      !progressive &&
      !meansOfFiniteVerb(tokens, clause, head) &&
      !deedPraised(tokens, clause.from, head) &&
      !aspectComplement(tokens, head)) ||
    (head > 0 && tokens[head - 1].pos === 'DET' && headToken.pos !== 'NOUN' && headToken.pos !== 'PROPN') ||
    // "the recently imposed tariff hikes", "over recently imposed tariffs"
    (head > 1 &&
      (tokens[head - 2].pos === 'DET' ||
        (tokens[head - 2].pos === 'ADP' && ['NOUN', 'PROPN', 'NUM'].includes(tokens[head + 1]?.pos ?? ''))) &&
      tokens[head - 1].pos === 'ADV' &&
      isPastForm(headToken)) ||
    // "Seoul's pledged $350 billion", "its agreed 15% rate": a participle used as an adjective.
    participleAfterDeterminer(tokens, head) ||
    // ... and so after a preposition, before its noun: "at reduced tariffs", "under lowered duties", "in
    // return for reduced tariffs" (the tagger calls "for" a conjunction).
    (head > 0 &&
      (tokens[head - 1].pos === 'ADP' || tokens[head - 1].normal === 'for') &&
      isPastForm(headToken) &&
      ['NOUN', 'PROPN'].includes(tokens[head + 1]?.pos ?? '')) ||
    // ... and so as the object of a verb still to be done: "to negotiate reduced tariffs", "seeking lowered
    // duties" ("secured reduced tariffs" after a past verb may be a cut won, and stays open).
    (head > 0 &&
      baseOrGerund(tokens[head - 1]) &&
      isPastForm(headToken) &&
      ['NOUN', 'PROPN', 'ADJ'].includes(tokens[head + 1]?.pos ?? ''))
  )
    found.add('nonfinite');
  // "will continue to hold talks", "continues meeting US officials": going on, as a stance kept.
  if (
    (tokens[head - 1]?.normal === 'to' && tokens[head - 2]?.lemma === 'continue') ||
    (/ing$/.test(headToken.normal) && tokens[head - 1]?.lemma === 'continue')
  )
    found.add('standing');
  // "was held as scheduled", "went ahead as planned": the plan named as kept, no plan to come.
  if ([...matched].some((i) => AS_PLANNED.has(tokens[i].lemma) && tokens[i - 1]?.normal === 'as'))
    found.add('nonfinite');
  // "to discuss the agreement reached in July": the participle describes the object, it reports nothing.
  if (
    isReducedRelative(tokens, head, clause) ||
    talkedAboutAgreement(tokens, head) ||
    hyphenCompound(tokens, head) ||
    prenominalParticiple(tokens, head) ||
    infinitiveOfLimit(tokens, head)
  )
    found.add('attributive');
  if (describesNoun(tokens, Math.min(head, ...matched), lastMatched)) found.add('described');
  // "tariffs would have risen to 145% without the extension": what did not happen.
  const auxiliaries = tokens.slice(Math.max(clause.from, head - 3), head);
  if (auxiliaries.some((token, i) => MODALS.has(token.normal) && auxiliaries[i + 1]?.normal === 'have'))
    found.add('supposition');
  if (opensBackgroundClause(tokens, clause, head)) found.add('subordinate');
  return found;
}

/** Verbs of starting or going on, whose gerund is the deed itself: "will begin imposing", "started charging". */
const ASPECT_VERBS = new Set(['begin', 'start', 'resume', 'continue', 'keep']);

/** "will begin imposing the levy": the gerund carries the tense of the verb of starting right before it. */
function aspectComplement(tokens: Token[], head: number): boolean {
  const before = tokens[head - 1];
  return !!before && ASPECT_VERBS.has(before.lemma) && isVerb(before);
}

/**
 * "upset the talks on Saturday by threatening a 30% levy": a gerund after "by" tells how a
 * finite verb before it was done, so it happened as that verb did.
 */
function meansOfFiniteVerb(tokens: Token[], clause: Clause, head: number): boolean {
  if (tokens[head - 1]?.normal !== 'by') return false;
  // The nearest verb before "by": "hopes to avoid tariffs by offering more" is the means of an infinitive.
  const verb = verbBefore(tokens, clause.from, head - 1);
  return verb >= 0 && isFiniteVerb(tokens, verb);
}

/** Words before "after" that keep what follows in the same news: "hours after", "shortly after", "right after". */
const MOMENTS = new Set(['hours', 'hour', 'minutes', 'moments', 'shortly', 'soon', 'right', 'immediately']);

/** "just hours after Trump signed the order": what the "after" clause tells is as fresh as the news itself. */
function justAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.normal === 'after' && MOMENTS.has(tokens[at - 1]?.normal ?? '');
}

/** A verb in its base form or a gerund ("negotiate", "seeking"); "have" and "be" make a perfect or a passive. */
const baseOrGerund = (token: Token) =>
  token.lemma !== 'have' && token.lemma !== 'be' && (isBareVerb(token) || isVerbIng(token));

/** How far before the head a background conjunction inside the clause is looked for. */
export const BACKGROUND_REACH = 8;
export const BACKGROUND_CONJUNCTIONS = new Set(['since', 'after', 'before', 'when', 'once', 'because']);

/** "since 50% tariffs were imposed": a rate is the subordinate clause's subject, not a time. */
const isRate = (tokens: Token[], at: number) =>
  ['%', 'percent', 'per'].includes(tokens[at + 1]?.normal ?? '');

/** "since the two largest economies imposed", "since 12 nations signed": a number that counts the subject's things. */
const countsThings = (tokens: Token[], at: number) =>
  ['NOUN', 'ADJ'].includes(tokens[at + 1]?.pos ?? '') && !tokens[at + 1].classes.includes('DATE');

/**
 * "the first talks since Trump's tariffs took effect", "four days after the two sides struck a deal": a conjunction with no comma before the head's own
 * subject makes the head the verb of a background clause ("since April" names a time, not a clause).
 */
function opensBackgroundClause(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = head - 1; i > clause.from && i >= head - BACKGROUND_REACH; i -= 1) {
    const token = tokens[i];
    // "the fifth round of talks since spring took place": a time after the conjunction makes it a preposition.
    if (
      token.pos === 'VERB' ||
      token.classes.includes('DATE') ||
      (token.classes.includes('NUM') && !isRate(tokens, i) && !countsThings(tokens, i)) ||
      SEASON_NAMES.has(token.normal)
    )
      return false;
    // "because of the dispute" is a preposition: it opens no clause.
    if (token.normal === 'because' && tokens[i + 1]?.normal === 'of') continue;
    // "The announcement came after the negotiators held a seven-hour meeting": the news the story hangs on.
    if (BACKGROUND_CONJUNCTIONS.has(token.normal))
      return i < head - 1 && tokens[i - 1]?.lemma !== 'come' && !justAfter(tokens, i);
  }
  return false;
}
