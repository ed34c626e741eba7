import type { Token } from '../nlp/annotate';
import type { Clause } from '../nlp/clauses';
import { ASIDE_OPENERS, DASHES, isVerb, RELATIVE_OPENERS } from '../nlp/words';
import { matchPattern, type CompiledPattern, type PatternMatch } from './pattern';

/**
 * "The meeting, which had been set for Friday, was cancelled": a clause that opens on its verb after a
 * phrase between commas has its subject before that phrase. Returns the subject's clause, or null.
 */
export function subjectBeforePhrase(tokens: Token[], clauses: Clause[], clause: Clause): Clause | null {
  const at = clauses.indexOf(clause);
  const phrase = clauses[at - 1];
  const subject = clauses[at - 2];
  const afterComma = tokens[clause.from - 1]?.text === ',';
  // "The talks, which began on Sunday, ...": a relative clause speaks of the bare noun before it.
  if (
    phrase?.to === clause.from &&
    afterComma &&
    RELATIVE_OPENERS.has(tokens[clause.from].normal) &&
    !tokens.slice(phrase.from, phrase.to).some(isVerb)
  )
    return phrase;
  // "Higher US tariffs, including 15% on Korea, took effect": the aside sits inside the clause before.
  if (phrase?.to === clause.from && afterComma && isVerb(tokens[clause.from])) {
    const comma = tokens.slice(phrase.from, phrase.to - 1).findIndex((token) => token.text === ',');
    const asideAt = phrase.from + comma + 1;
    if (
      comma > 0 &&
      ASIDE_OPENERS.has(tokens[asideAt]?.normal ?? '') &&
      !tokens.slice(phrase.from, asideAt).some(isVerb)
    )
      return { ...phrase, to: asideAt };
  }
  if (!phrase || !subject) return null;
  // "The 39% levy – one of the steepest anywhere – took effect": an aside between dashes, whatever it holds.
  const dash = (at: number) => DASHES.has(tokens[at]?.text ?? '');
  if (
    subject.to + 1 === phrase.from &&
    phrase.to + 1 === clause.from &&
    dash(subject.to) &&
    dash(phrase.to) &&
    isVerb(tokens[clause.from])
  )
    return tokens.slice(subject.from, subject.to).some(isVerb) ? null : subject;
  if (subject.to !== phrase.from || phrase.to !== clause.from) return null;
  if (tokens[clause.from - 1]?.text !== ',' || !isVerb(tokens[clause.from])) return null;
  const opener = tokens[phrase.from];
  if (tokens[phrase.from - 1]?.text !== ',' || !(RELATIVE_OPENERS.has(opener.normal) || isVerb(opener)))
    return null;
  return tokens.slice(subject.from, subject.to).some(isVerb) ? null : subject;
}

/** A match over the subject's words and the clause's, skipping the phrase between them; indexes are the sentence's. */
export function matchAcrossPhrase(
  pattern: CompiledPattern,
  tokens: Token[],
  subject: Clause,
  clause: Clause,
): PatternMatch | null {
  const subjectEnd = tokens[subject.to - 1]?.text === ',' ? subject.to - 1 : subject.to;
  const subjectLength = subjectEnd - subject.from;
  const joined = [...tokens.slice(subject.from, subjectEnd), ...tokens.slice(clause.from, clause.to)];
  const match = matchPattern(pattern, joined, 0, joined.length);
  if (!match) return null;
  const used = match.positions.filter((position) => position >= 0);
  // A match inside one part alone is that part's own, found (or not) without the join.
  if (
    used.every((position) => position < subjectLength) ||
    used.every((position) => position >= subjectLength)
  )
    return null;
  const back = (position: number) =>
    position < 0
      ? position
      : position < subjectLength
        ? subject.from + position
        : clause.from + position - subjectLength;
  return { positions: match.positions.map(back), head: back(match.head) };
}

/** The aside between dashes that separates a clause from its subject ("The 39% levy – among ... – took effect"). */
export function dashAside(tokens: Token[], subject: Clause | null, clause: Clause): Clause | null {
  if (!subject || !DASHES.has(tokens[subject.to]?.text ?? '')) return null;
  return { from: subject.to, to: clause.from };
}
