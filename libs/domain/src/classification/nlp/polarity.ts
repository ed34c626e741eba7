import type { Token } from './annotate';
import type { Clause, Polarity } from './clauses';
import { frameClause } from './clause-frame';
import { addMood } from './clause-mood';
import { addTense } from './clause-tense';
import { MODALS, isBareVerb, isPastForm, isVerb, isVerbIng } from './words';
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
import {
  circumstanceOf,
  goalAfterColon,
  justAfter,
  openerIsPhrase,
  opensBackgroundClause,
} from './clause-background';
import { askedByInversion, claimsThat, deniedReport, wordsOfSentence } from './clause-speech';

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
    // "Trump announced a levy of 25% on Korean goods, set to take effect Aug. 1": the announcement is the news.
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
  if (deniedReport(tokens, head)) found.add('reportDenied');
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
  if (circumstanceOf(tokens, head)) found.add('subordinate');
  if (goalAfterColon(tokens, clause)) found.add('future');
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

/** A verb in its base form or a gerund ("negotiate", "seeking"); "have" and "be" make a perfect or a passive. */
const baseOrGerund = (token: Token) =>
  token.lemma !== 'have' && token.lemma !== 'be' && (isBareVerb(token) || isVerbIng(token));
