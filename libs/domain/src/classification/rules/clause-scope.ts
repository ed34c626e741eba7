import { liftedToARate } from './cut-guards';
import { inFixedPhrase } from './word-guards';
import type { Token } from '../nlp/annotate';
import type { Clause } from '../nlp/clauses';
import { hyphenCompound, isFiniteVerb, participleAfterDeterminer } from '../nlp/verb-forms';
import { HYPHENS, isBareVerb, isVerbIng, NOUN_ENDS, PHRASAL_PARTICLES, SAID } from '../nlp/words';
import type { CompiledRule } from './engine';
import { STRUCK_DOWN_WORDS } from './tariff-words';
import { FORUM_ABROAD } from './vocabulary';

// How far a match's clause reaches for the words that overrule it (a rule's unless list).

/** Each entry split at each "/": "lemma/POS" is looked up by lemma, with no string built per token. */
export function taggedEntries(entries: readonly string[]): Map<string, Set<string>> {
  const byLemma = new Map<string, Set<string>>();
  for (const entry of entries)
    for (let at = entry.indexOf('/'); at >= 0; at = entry.indexOf('/', at + 1)) {
      const lemma = entry.slice(0, at);
      byLemma.set(lemma, (byLemma.get(lemma) ?? new Set()).add(entry.slice(at + 1)));
    }
  return byLemma;
}

const PURPOSE_LINKS = new Set(['at', 'to']);
/**
 * "struck an accord on Friday aimed at closer ties": a participle of purpose after the match, right after a
 * noun, describes what was matched; it does not tell what the clause does.
 */
function describesMatch(tokens: Token[], clause: Clause, at: number, lastMatched: number): boolean {
  const token = tokens[at];
  if (at <= lastMatched || token.pos !== 'VERB' || !/(?:ed|ing)$/.test(token.normal)) return false;
  if (!NOUN_ENDS.has(tokens[at - 1]?.pos ?? '')) return false;
  // Only its purpose ("aimed at", "seeking to"): "a meeting chaired by the prime minister" says whose it is.
  if (!PURPOSE_LINKS.has(tokens[at + 1]?.normal ?? '')) return false;
  // With no finite verb before it, it is the clause's own verb: "talks with Canada terminated on Thursday".
  for (let k = clause.from; k < at; k += 1) if (isFiniteVerb(tokens, k)) return true;
  return false;
}

function namesForumAbroad(tokens: Token[], at: number): boolean {
  const before = FORUM_ABROAD.get(tokens[at].lemma);
  if (before !== undefined && tokens[at - 1]?.normal === before) return true;
  // "talks on the sidelines of an APEC ministerial council meeting": the gathering where the two sides met.
  const from = Math.max(0, at - SIDELINES_REACH);
  return tokens
    .slice(from, at)
    .some((token, i) => SIDELINES.has(token.lemma) && tokens[from + i + 1]?.normal === 'of');
}
const SIDELINES = new Set(['sideline', 'margin']);
const SIDELINES_REACH = 6;

const TRADED_FOR = new Set(['exchange', 'return']);
/**
 * "agreed to cut tariffs in exchange for more investment": after the match, "in exchange for" or "in return
 * for" names what was traded for it; the clause still does what the match says. Before it ("In return, Korea
 * agreed to invest") the clause tells a term of a deal made before.
 */
function namesTermsTraded(tokens: Token[], at: number, lastMatched: number): boolean {
  return (
    at > lastMatched &&
    TRADED_FOR.has(tokens[at].lemma) &&
    tokens[at - 1]?.normal === 'in' &&
    tokens[at + 1]?.normal === 'for'
  );
}

const PURPOSE_PLAN_WORDS = new Set(['to', 'next', 'upcoming', 'plan', 'schedule']);
/**
 * "met Greer on Tuesday to discuss next steps": after a meeting told in the past, an infinitive of purpose tells
 * what the meeting was for; its words of a plan ("to", "next") do not make the meeting one still to come. What
 * the purpose is about ("to coordinate its own strategy") still speaks.
 */
function inMeetingsPurpose(rule: CompiledRule, tokens: Token[], at: number, lastMatched: number): boolean {
  if (rule.rule.signal !== 'talks_held' || !rule.rule.require?.includes('past') || at <= lastMatched)
    return false;
  if (!PURPOSE_PLAN_WORDS.has(tokens[at].lemma)) return false;
  for (let k = lastMatched + 1; k <= at; k += 1)
    if (tokens[k].normal === 'to' && isBareVerb(tokens[k + 1])) return true;
  return false;
}

const STRUCK_DOWN = new Set(STRUCK_DOWN_WORDS);
/** "because of illegal immigration": the word of a ruling before a noun describes that noun, not the tariff. */
function describesNoun(tokens: Token[], at: number): boolean {
  return STRUCK_DOWN.has(tokens[at].lemma) && NOUN_ENDS.has(tokens[at + 1]?.pos ?? '');
}

/** "any and all Korean products": the letters' doublet means every one, not "any country that ...". */
function anyAndAll(tokens: Token[], at: number): boolean {
  return tokens[at].normal === 'any' && tokens[at + 1]?.normal === 'and' && tokens[at + 2]?.normal === 'all';
}

const CABINET_MEMBERS = new Set(['official', 'minister', 'member', 'secretary']);

/** "cabinet-level officials met Lutnick", "two cabinet ministers": the government's people, not a cabinet meeting. */
function cabinetMembers(tokens: Token[], at: number): boolean {
  if (tokens[at].lemma !== 'cabinet') return false;
  let next = at + 1;
  if (tokens[next]?.text === '-' && tokens[next + 1]?.lemma === 'level') next += 2;
  return CABINET_MEMBERS.has(tokens[next]?.lemma ?? '');
}

/** A token of the clause is one the rule is never read in. */
export function clauseHasUnless(
  rule: CompiledRule,
  tokens: Token[],
  clause: Clause,
  lastMatched: number,
): boolean {
  if (rule.unless.size === 0) return false;
  for (let at = clause.from; at < clause.to; at += 1) {
    const token = tokens[at];
    if (!rule.unless.has(token.lemma) && !rule.unlessTagged.get(token.lemma)?.has(token.pos)) continue;
    // "their long-delayed trade agreement": a participle glued into a compound describes a noun; it does not
    // tell what the clause does.
    if (
      hyphenCompound(tokens, at) ||
      anyAndAll(tokens, at) ||
      cabinetMembers(tokens, at) ||
      describesMatch(tokens, clause, at, lastMatched) ||
      namesTermsTraded(tokens, at, lastMatched) ||
      namesForumAbroad(tokens, at) ||
      describesNoun(tokens, at) ||
      inMeetingsPurpose(rule, tokens, at, lastMatched) ||
      // "lifting the combined rate to 50%" raises a tariff; it lifts none.
      liftedToARate(tokens, at)
    )
      continue;
    return true;
  }
  return false;
}

/**
 * The overruling words of the span, less an aside between dashes: "– the steepest of any applied under the
 * global reset -" compares the tariff with others; its words do not overrule the match.
 */
export function hasUnlessBesideAside(
  rule: CompiledRule,
  tokens: Token[],
  span: Clause,
  lastMatched: number,
  aside: Clause | null,
): boolean {
  if (!aside) return clauseHasUnless(rule, tokens, span, lastMatched);
  return (
    clauseHasUnless(rule, tokens, { from: span.from, to: aside.from }, lastMatched) ||
    clauseHasUnless(rule, tokens, { from: aside.to, to: span.to }, lastMatched)
  );
}

/**
 * Where the words that can overrule a match stop: the first comma after the match that opens a phrase of its
 * own ("imposed a 35% levy on Canadian lumber, alongside existing tariffs on steel"), not an apposition
 * ("with Lim, chairperson of the Assembly") or a list of adjectives ("expedient, meaningful progress").
 */
export function phraseEnd(tokens: Token[], span: { from: number; to: number }, positions: number[]): number {
  const last = Math.max(...positions);
  for (let at = last + 1; at < span.to; at += 1) {
    if (tokens[at].text !== ',') continue;
    const next = tokens[at + 1];
    // "The meeting, planned for Friday, was called off": the match sat in a phrase inside the subject.
    if (!next || next.pos === 'AUX') continue;
    if (APPOSITION.has(next.pos) && !reportingClauseFrom(tokens, at + 1) && !opensCause(tokens, at + 1))
      continue;
    return at;
  }
  return span.to;
}

const APPOSITION = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'ADJ', 'PRON']);

/** Words that, before "to", make a preposition of cause or time: "due to", "owing to", "thanks to", "prior to". */
const CAUSE_BEFORE_TO = new Set(['due', 'owing', 'thanks', 'prior']);

/** ", due to a packed calendar in Washington": a phrase of cause after the comma is no apposition to the match. */
const opensCause = (tokens: Token[], at: number) =>
  CAUSE_BEFORE_TO.has(tokens[at]?.normal ?? '') && tokens[at + 1]?.normal === 'to';

/** ", officials said the talks ...", ", the ministry said": a short subject and a verb of saying open a clause of their own. */
function reportingClauseFrom(tokens: Token[], from: number): boolean {
  let at = from;
  while (at < from + 4 && (APPOSITION.has(tokens[at]?.pos ?? '') || tokens[at]?.pos === 'PART')) at += 1;
  return at > from && SAID.has(tokens[at]?.normal ?? '');
}

/**
 * The match moves nothing itself, and the clause holds talks or a meeting (the rule's unlessTopic): the move is
 * their topic or aim. A move made acts on what it moves: a finite verb with its object after it ("the meeting
 * has extended the truce"; "was pausing" is finite through its auxiliary; ", extending the date to Aug. 1" tells
 * what was done). "Tariff talks were extended into a second day" moved the talks, not a deadline.
 */
export function isTopicOnly(
  rule: CompiledRule,
  tokens: Token[],
  clause: Clause,
  positions: number[],
): boolean {
  if (rule.unlessTopic.size === 0) return false;
  const last = Math.max(...positions);
  const actsOnObject = positions.some(
    (at) =>
      at >= 0 &&
      at < last &&
      (isFiniteVerb(tokens, at) ||
        (isVerbIng(tokens[at]) && (tokens[at - 1]?.lemma === 'be' || tokens[at - 1]?.text === ','))),
  );
  if (actsOnObject) return false;
  for (let at = clause.from; at < clause.to; at += 1) if (rule.unlessTopic.has(tokens[at].lemma)) return true;
  return false;
}

/** How far after a match's head its object is looked for: "meet [the partner's safety] requirements". */
const OBJECT_REACH = 4;

/**
 * The head's object is one the rule is never read with (its unlessObject): up to a verb or a punctuation mark. The
 * noun of a fixed phrase is no object ("reached a deal in order to avoid the 25% tariff", "talks got under way").
 */
export function objectOverrules(rule: CompiledRule, tokens: Token[], head: number, clause: Clause): boolean {
  if (rule.unlessObject.size === 0) return false;
  let end = Math.min(clause.to, head + 1 + OBJECT_REACH);
  for (let at = head + 1; at < end; at += 1) {
    const token = tokens[at];
    // A hyphen inside a compound modifier ("large-scale purchases") neither ends the object nor counts as a word.
    if (HYPHENS.has(token.text)) {
      end = Math.min(clause.to, end + 1);
      continue;
    }
    // "delay its planned countermeasures": a participle after a determiner describes the object (not the first half
    // of a compound, "a closed-door meeting").
    if (
      token.pos === 'VERB' &&
      participleAfterDeterminer(tokens, at) &&
      !HYPHENS.has(tokens[at + 1]?.text ?? '')
    )
      continue;
    if (token.pos === 'PUNCT' || token.pos === 'VERB' || token.pos === 'AUX') return false;
    if (inFixedPhrase(tokens, at)) continue;
    const tags = rule.unlessObject.get(token.lemma);
    if (tags && (tags.has('*') || tags.has(token.pos))) return true;
  }
  return false;
}

/** Words a verb's object noun phrase is made of, up to its head: "postponed [Kim's planned] visit". */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON', 'PART', 'SYM']);
/** The parts of speech a phrasal verb's particle is tagged with, between it and its object: "called off the talks". */
const PARTICLE_TAGS = new Set(['ADV', 'ADP', 'PART']);

/**
 * The head verb's own object is not one the rule reads (its objectOnly): "the talks ran on, postponing his
 * return" puts off the return. A verb with no object ("were postponed until May") or a pronoun ("put it off")
 * is left to the pattern.
 */
export function objectNotAllowed(rule: CompiledRule, tokens: Token[], head: number, clause: Clause): boolean {
  if (rule.objectOnly === null || tokens[head].pos !== 'VERB') return false;
  // A passive has no object: "the talks were postponed last week".
  const auxiliary = tokens.slice(Math.max(clause.from, head - 2), head).find((token) => token.pos === 'AUX');
  if (auxiliary && ['be', 'get'].includes(auxiliary.lemma) && !/ing$/.test(tokens[head].normal)) return false;
  let at = head + 1;
  // A particle of a phrasal verb ("call off"), not a preposition that starts a phrase ("postponed until May").
  while (at < clause.to && PARTICLE_TAGS.has(tokens[at].pos) && PHRASAL_PARTICLES.has(tokens[at].normal))
    at += 1;
  let noun = -1;
  for (; at < clause.to; at += 1) {
    const token = tokens[at];
    if (HYPHENS.has(token.text)) continue;
    // A time told after the verb is no object: "cancelled the visit Monday", "postponed last week".
    if (!OBJECT_WORDS.has(token.pos) || token.classes.includes('DATE')) break;
    if (token.pos === 'NOUN' || token.pos === 'PROPN') noun = at;
    else if (noun >= 0 && token.pos !== 'PART') break;
  }
  return noun >= 0 && !rule.objectOnly.has(tokens[noun].lemma);
}

/** Words of a noun phrase between a verb and its object's head: "ending [a months-long transatlantic] standoff". */
const OBJECT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PRON', 'PART']);

/**
 * The head is the object of a verb the rule is never read with (its unlessObjectOf), across the words of a noun
 * phrase: "broke the deadlock" ends what "the deadlock" would report; "ended in a deadlock" (a preposition
 * between) does not.
 */
export function verbOverrules(rule: CompiledRule, tokens: Token[], head: number, clause: Clause): boolean {
  if (rule.unlessObjectOf.size === 0) return false;
  for (let at = head - 1; at >= Math.max(clause.from, head - 1 - OBJECT_REACH - 2); at -= 1) {
    const token = tokens[at];
    if (token.pos === 'VERB') return rule.unlessObjectOf.has(token.lemma);
    if (!OBJECT_PHRASE.has(token.pos) && !HYPHENS.has(token.text)) return false;
  }
  return false;
}

/** A word before the head in its clause (its subject, or a preposition it is set against) the rule is never read with. */
export function subjectOverrules(rule: CompiledRule, tokens: Token[], head: number, clause: Clause): boolean {
  if (rule.unlessSubject.size === 0) return false;
  for (let at = clause.from; at < head; at += 1) if (rule.unlessSubject.has(tokens[at].lemma)) return true;
  return false;
}
