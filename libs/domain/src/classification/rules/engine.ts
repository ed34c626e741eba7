import type { SentenceContext } from '../context';
import { isRecapSpan } from '../recap';
import { annotate, type Token } from '../nlp/annotate';
import { splitClauses, type Clause, type Polarity } from '../nlp/clauses';
import { clausePolarity } from '../nlp/polarity';
import { headlineGerundPredicate } from '../nlp/verb-forms';
import { aboutPartnersTariffs } from './partner-tariffs';
import { aboutSomeoneElse, oneSided, partnersWithoutCounterpart } from './subject';
import { dashAside, matchAcrossPhrase, subjectBeforePhrase } from './interrupted';
import {
  matchesOldDate,
  planStillAhead,
  plansAhead,
  subordinateTellsNews,
  toldAtOldTime,
  takesOldTimeBefore,
} from './recap-time';
import { compilePattern, matchPattern, patternVocabulary, type CompiledPattern } from './pattern';
import {
  hasUnlessBesideAside,
  isTopicOnly,
  objectNotAllowed,
  objectOverrules,
  subjectOverrules,
  phraseEnd,
  taggedEntries,
  verbOverrules,
} from './clause-scope';
import { metNeeds, needsMask } from './context-needs';
import { readerRespelling } from './reader-spelling';
import {
  BETWEEN_SIDES,
  DEFAULT_FORBID,
  DEFAULT_NEEDS,
  DEFAULT_REQUIRE_ANY,
  DENIABLE,
  TITLE_DAY_AHEAD_PLANS,
  toldByNoOne,
} from './signal-defaults';
import type { SignalRule } from './types';

export interface CompiledRule {
  rule: SignalRule;
  patterns: CompiledPattern[];
  forbid: Set<Polarity>;
  /** Its signal's DEFAULT_REQUIRE_ANY when the rule names none: asked of a verb head (a noun tells no tense). */
  verbRequireAny: readonly Polarity[] | null;
  unless: Set<string>;
  /** `unless` read per lemma: the parts of speech after "lemma/" in its entries. */
  unlessTagged: Map<string, Set<string>>;
  unlessTopic: Set<string>;
  /** `unlessObject` per lemma: its parts of speech, or "*" for any. */
  unlessObject: Map<string, Set<string>>;
  /** `unlessObjectOf`: lemmas of a verb whose object the head is. */
  unlessObjectOf: Set<string>;
  /** `objectOnly`: what the head verb's own object may be (null: anything). */
  objectOnly: Set<string> | null;
  /** `unlessSubject`: lemmas before the head in its clause. */
  unlessSubject: Set<string>;
  /** The rule's context needs as needsMask bits. */
  needs: number;
}

export function compileRules(rules: SignalRule[]): CompiledRule[] {
  const compiled = rules.map((rule) => rule.patterns.map(compilePattern));
  const respell = readerRespelling(compiled.flat());
  return rules.map((rule, i) => {
    const forbid = new Set<Polarity>([...DEFAULT_FORBID[rule.signal], ...(rule.forbid ?? [])]);
    for (const allowed of rule.allow ?? []) forbid.delete(allowed);
    return {
      rule,
      patterns: compiled[i].map(respell),
      forbid,
      verbRequireAny: rule.requireAny ? null : (DEFAULT_REQUIRE_ANY[rule.signal] ?? null),
      unless: new Set(rule.unless ?? []),
      unlessTagged: taggedEntries(rule.unless ?? []),
      unlessTopic: new Set(rule.unlessTopic ?? []),
      unlessObject: taggedEntries(
        (rule.unlessObject ?? []).map((entry) => (entry.includes('/') ? entry : `${entry}/*`)),
      ),
      unlessObjectOf: new Set(rule.unlessObjectOf ?? []),
      objectOnly: rule.objectOnly ? new Set(rule.objectOnly) : null,
      unlessSubject: new Set(rule.unlessSubject ?? []),
      needs: needsMask([...(DEFAULT_NEEDS[rule.signal] ?? []), ...(rule.needs ?? [])]),
    };
  });
}

export interface AnnotatedSentence {
  context: SentenceContext;
  tokens: Token[];
  clauses: Clause[];
  /** Per clause, its subject's clause before a phrase between commas (subjectBeforePhrase), found once. */
  subjects: (Clause | null)[];
  /** Every lemma, lower-case form and entity class in the sentence: patterns that cannot match are skipped. */
  words: Set<string>;
  /** The context needs the sentence meets (metNeeds), asked once for all rules. */
  met: number;
}

export function vocabularyOf(rules: CompiledRule[]): Set<string> {
  return patternVocabulary(rules.flatMap((rule) => rule.patterns));
}

/** Tokens of a sentence with the main track's parties (PARTY) and other partners (OTHER_PARTY) marked. */
export function annotateContext(
  context: SentenceContext,
  mainTrack: string,
  vocabulary: ReadonlySet<string>,
  met: number = metNeeds(context, mainTrack),
  tokens: Token[] = annotate(context.text, vocabulary),
): AnnotatedSentence {
  const marks: { at: number; own: boolean; counterpart?: boolean }[] = context.mentions.map((mention) => ({
    at: mention.index,
    own: mention.trackId === mainTrack,
  }));
  for (const [at, tracks] of context.counterpartAt)
    if (tracks.has(mainTrack)) marks.push({ at, own: true, counterpart: true });
  for (const mark of marks) {
    const token = tokens.find((candidate) => candidate.start <= mark.at && mark.at < candidate.end);
    if (!token) continue;
    const type = mark.own ? 'PARTY' : 'OTHER_PARTY';
    if (!token.classes.includes(type)) token.classes.push(type);
    if (mark.counterpart && !token.classes.includes('COUNTERPART')) token.classes.push('COUNTERPART');
  }
  // The date reader finds days the tagger's entities miss ("until Aug. 1 to reach a deal").
  for (const date of context.dates)
    for (const token of tokens)
      if (
        token.start >= date.index &&
        token.end <= date.index + date.text.length &&
        !token.classes.includes('DATE')
      )
        token.classes.push('DATE');
  for (const token of tokens)
    if (token.classes.includes('PARTY') && token.classes.includes('OTHER_PARTY'))
      token.classes.splice(token.classes.indexOf('OTHER_PARTY'), 1);
  const words = new Set<string>();
  for (const token of tokens) {
    words.add(token.lemma);
    words.add(token.normal);
    for (const type of token.classes) words.add(type);
  }
  const clauses = splitClauses(tokens);
  const subjects = clauses.map((clause) => subjectBeforePhrase(tokens, clauses, clause));
  return { context, tokens, clauses, subjects, words, met };
}

export interface RuleMatch {
  rule: SignalRule;
  context: SentenceContext;
  confidence: number;
  denied: boolean;
  polarity: Polarity[];
  /** The clause that carried the match (explanations and the evaluate report). */
  clause: string;
}

function clauseOf(clauses: Clause[], index: number): Clause {
  return clauses.find((clause) => clause.from <= index && index < clause.to) ?? clauses[0];
}

/** `possible`: the patterns that could match the sentence's words (PatternIndex). */
export function runRule(
  rule: CompiledRule,
  sentence: AnnotatedSentence,
  possible: ReadonlySet<CompiledPattern>,
): RuleMatch | null {
  const { context, tokens, clauses } = sentence;
  if ((rule.needs & ~sentence.met) !== 0) return null;
  let candidates: CompiledPattern[] | null = null;
  for (const pattern of rule.patterns) if (possible.has(pattern)) (candidates ??= []).push(pattern);
  if (!candidates) return null;
  for (const [clauseAt, clause] of clauses.entries()) {
    const subject = sentence.subjects[clauseAt];
    for (const pattern of candidates) {
      const match =
        matchPattern(pattern, tokens, clause.from, clause.to) ??
        (subject ? matchAcrossPhrase(pattern, tokens, subject, clause) : null);
      if (!match) continue;
      const head = match.head;
      // With its subject before a phrase between commas, the phrase speaks of the same thing.
      const span = subject ? { from: subject.from, to: clause.to } : clause;
      const ended = { from: span.from, to: phraseEnd(tokens, span, match.positions) };
      // A headline drops its auxiliaries: there "talks with Canada terminated" is the verb itself.
      const describedFrom = sentence.context.sentence.isTitle ? tokens.length : Math.max(...match.positions);
      if (
        hasUnlessBesideAside(rule, tokens, ended, describedFrom, dashAside(tokens, subject, clause)) ||
        isTopicOnly(rule, tokens, ended, match.positions) ||
        objectOverrules(rule, tokens, head, ended) ||
        verbOverrules(rule, tokens, head, ended) ||
        objectNotAllowed(rule, tokens, head, ended) ||
        subjectOverrules(rule, tokens, head, ended) ||
        oneSided(rule.rule, tokens, ended, head)
      )
        continue;
      const matched = new Set(match.positions.filter((position) => position >= 0));
      const own = clauseOf(clauses, head);
      const polarity = clausePolarity(tokens, own, head, matched);
      const clauseStart = tokens[own.from].start;
      const clauseEnd = tokens[own.to - 1].end;
      const namesDayToCome = context.dates.some(
        (date, i) => date.index >= clauseStart && date.index < clauseEnd && context.ages[i] < 0,
      );
      // Headlines tell past news in the present tense ("Korea, US hold talks"), except a meeting that names its
      // day to come (TITLE_DAY_AHEAD_PLANS).
      if (context.sentence.isTitle && namesDayToCome && TITLE_DAY_AHEAD_PLANS.has(rule.rule.signal))
        polarity.add('future');
      // ... and drop the auxiliary of a gerund: "Tariff Pact Teetering as Talks Drag" is teetering.
      if (
        context.sentence.isTitle &&
        polarity.has('nonfinite') &&
        headlineGerundPredicate(tokens, own, head)
      ) {
        polarity.delete('nonfinite');
        polarity.add('progressive');
      }
      if (context.sentence.isTitle && !polarity.has('future') && !polarity.has('infinitive'))
        polarity.add('past');
      // A headline is the outlet announcing its news; a sentence inside a quotation is its speaker's.
      if (context.sentence.isTitle || context.sentence.inQuote) polarity.add('announced');
      // "... would be imposed if the two sides fail": a trailing condition governs the clause before it.
      const at = clauses.indexOf(own);
      const conditionAt = (clause: Clause | undefined) =>
        !!clause && ['if', 'unless'].includes(tokens[clause.from]?.normal ?? '');
      if (conditionAt(clauses[at + 1]) || conditionAt(clauses[at - 1])) polarity.add('conditional');
      if (conditionAt(clauses[at])) polarity.add('supposition');
      const last = tokens[Math.max(...matched)];
      if (
        isRecapSpan(context, clauseStart, clauseEnd, last.end, plansAhead(rule.rule.signal, polarity)) ||
        toldAtOldTime(context, tokens, clauses, own) ||
        takesOldTimeBefore(context, tokens, clauses, own) ||
        matchesOldDate(context, tokens, matched) ||
        (polarity.has('backshifted') && !context.anchored && !context.lead)
      )
        polarity.add('recap');
      // "has slapped a 25% tariff on India, the White House said on Wednesday": a perfect dated this week is news.
      if (polarity.has('perfect') && context.anchored && !polarity.has('recap')) polarity.delete('perfect');
      // Present tense with a day still to come ("takes effect on Friday") speaks of the future.
      const headWord = tokens[head];
      // ... and so does the progressive ("is heading to Washington this weekend").
      const progressive = tokens
        .slice(Math.max(own.from, head - 2), head)
        .some((token) => token.lemma === 'be');
      if (
        !polarity.has('past') &&
        headWord.pos === 'VERB' &&
        (!/ing$/.test(headWord.normal) || progressive) &&
        namesDayToCome
      )
        polarity.add('future');
      if (polarity.has('pastplan') && planStillAhead(context, clauseStart, clauseEnd)) {
        polarity.delete('pastplan');
        polarity.add('future');
      }
      const recentSubordinate =
        polarity.has('subordinate') &&
        polarity.has('past') &&
        !polarity.has('recap') &&
        subordinateTellsNews(rule.rule.signal, context, tokens, own, head);
      if (recentSubordinate) polarity.delete('subordinate');
      const clauseText = context.text.slice(clauseStart, clauseEnd);
      if (polarity.has('denial') && DENIABLE.has(rule.rule.signal) && !polarity.has('negated'))
        return {
          rule: rule.rule,
          context,
          confidence: rule.rule.confidence,
          denied: true,
          polarity: [...polarity],
          clause: clauseText,
        };
      if ([...polarity].some((value) => rule.forbid.has(value))) continue;
      if (rule.rule.require && !rule.rule.require.every((value) => polarity.has(value))) continue;
      if (rule.rule.requireAny && !rule.rule.requireAny.some((value) => polarity.has(value))) continue;
      if (
        rule.verbRequireAny &&
        headWord.pos === 'VERB' &&
        !rule.verbRequireAny.some((value) => polarity.has(value))
      )
        continue;
      if (toldByNoOne(rule.rule.signal, polarity, context.sentence.index)) continue;
      if (aboutSomeoneElse(tokens, clauses, clause, head)) continue;
      if (BETWEEN_SIDES.has(rule.rule.signal) && partnersWithoutCounterpart(tokens, clause, head)) continue;
      if (aboutPartnersTariffs(rule.rule.signal, tokens, clause, head)) continue;
      let confidence = rule.rule.confidence;
      if (context.lead) confidence += 0.05;
      if (context.anchored) confidence += 0.03;
      if (polarity.has('unconfirmed')) confidence -= 0.1;
      return {
        rule: rule.rule,
        context,
        confidence: Math.max(0, Math.min(0.97, confidence)),
        denied: false,
        polarity: [...polarity],
        clause: clauseText,
      };
    }
  }
  return null;
}
