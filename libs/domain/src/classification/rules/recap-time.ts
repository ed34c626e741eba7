import type { SentenceContext } from '../context';
import { RECAP_AFTER_DAYS } from '../recap';
import type { Token } from '../nlp/annotate';
import type { Clause, Polarity } from '../nlp/clauses';
import type { SignalType } from '../../model/signals';
import { AGREEMENT_NOUNS, isPastForm, isVerb, RELATIVE_OPENERS } from '../nlp/words';
import { BACKGROUND_REACH } from '../nlp/clause-background';

// When a matched clause is told at an old time: the dates that make a report a recap.

const RANGE_CONNECTORS = new Set(['to', 'until', 'till', 'through']);

/** The match itself names a day older than the recap window ("the agreement reached in July"). */
export function matchesOldDate(context: SentenceContext, tokens: Token[], matched: Set<number>): boolean {
  for (const position of matched) {
    const token = tokens[position];
    if (!token.classes.includes('DATE')) continue;
    // "pushed from July 8 to August 12": the range's connector leads to its far end, a date of its own.
    if (RANGE_CONNECTORS.has(token.normal)) continue;
    const at = context.dates.findIndex(
      (date) => date.index <= token.start && token.start < date.index + date.text.length,
    );
    if (at >= 0 && context.ages[at] > RECAP_AFTER_DAYS) return true;
  }
  return false;
}

/**
 * "The agreement, struck in July, lowered the tariff to 15%": a verb right after a participle phrase or a
 * relative clause between commas has its subject before that phrase, and the phrase's old date is its time too. So does one
 * after a participle glued to its noun whose date ends in a comma: "A notice released on July 22, 2025, cut".
 */
export function toldAtOldTime(
  context: SentenceContext,
  tokens: Token[],
  clauses: Clause[],
  own: Clause,
): boolean {
  const at = clauses.indexOf(own);
  const phrase = clauses[at - 1];
  if (!phrase || !isVerb(tokens[own.from]) || tokens[own.from - 1]?.text !== ',') return false;
  const gluedToNoun = (k: number) =>
    ['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '') && isPastForm(tokens[k]);
  // "The declaration, which took effect in early December, cut ...": a relative clause between commas dates it too.
  const opensPhrase = (k: number) =>
    (isVerb(tokens[k]) && (tokens[k - 1]?.text === ',' || gluedToNoun(k))) ||
    (RELATIVE_OPENERS.has(tokens[k].normal) && tokens[k - 1]?.text === ',');
  let participleAt = -1;
  for (let k = phrase.from; k < phrase.to; k += 1) if (opensPhrase(k)) participleAt = k;
  if (participleAt < 0) return false;
  const from = tokens[own.from].start;
  const to = tokens[own.to - 1].end;
  if (context.dates.some((date) => date.index >= from && date.index < to)) return false;
  return onlyOldDates(context, tokens[participleAt].start, tokens[phrase.to - 1].end);
}

/** The ages, in days, of the dates the span names. */
function agesBetween(context: SentenceContext, from: number, to: number): number[] {
  return context.ages.filter((_, i) => context.dates[i].index >= from && context.dates[i].index < to);
}

/** The span names a date, and every date it names is older than the recap window. */
function onlyOldDates(context: SentenceContext, from: number, to: number): boolean {
  const ages = agesBetween(context, from, to);
  return ages.length > 0 && ages.every((age) => age > RECAP_AFTER_DAYS);
}

/**
 * "The two met three weeks ago, when Korea requested exemptions": a "when" clause takes the old time before it; so
 * does a "which" or "that" clause that names no time of its own, when a preposition opens it ("settled the pact in
 * July, under which Washington cut its levy") or it follows a deal ("the framework settled in May, which cut the levy",
 * "a pact reached in May that paused the levies").
 */
export function takesOldTimeBefore(
  context: SentenceContext,
  tokens: Token[],
  clauses: Clause[],
  own: Clause,
): boolean {
  const at = clauses.indexOf(own);
  const previous = clauses[at - 1];
  if (!previous) return false;
  const when = tokens[own.from]?.normal === 'when';
  const whichOfOldTime =
    ['which', 'that'].includes(tokens[own.from]?.normal ?? '') &&
    (tokens[own.from - 1]?.pos === 'ADP' ||
      tokens.slice(previous.from, previous.to).some((token) => AGREEMENT_NOUNS.has(token.lemma))) &&
    agesBetween(context, tokens[own.from].start, tokens[own.to - 1].end).length === 0;
  if (!when && !whichOfOldTime) return false;
  return onlyOldDates(context, tokens[previous.from].start, tokens[previous.to - 1].end);
}

/** Background conjunctions whose clause reports its event when it dates it within days ("as ... on the 29th"). */
const DATED_BACKGROUND = new Set(['as', 'after', 'when', 'since']);
/** How recent a "when", "after", "as" or "since" clause's own date must be for it to report the event: days, not weeks. */
const DATED_BACKGROUND_DAYS = 7;

/** Where the clause's background part opens: its first word, or "after" / "as" / "when" just before the head. */
function backgroundOpener(tokens: Token[], clause: Clause, head: number): number {
  if (RELATIVE_OPENERS.has(tokens[clause.from]?.normal ?? '')) return clause.from;
  for (let at = head - 1; at >= Math.max(clause.from, head - BACKGROUND_REACH); at -= 1)
    if (DATED_BACKGROUND.has(tokens[at].normal)) return at;
  return clause.from;
}

/**
 * A subordinate clause that tells its event as news: one dated within days, or, in the lead, an "after" clause with no
 * day of its own ("Shares slid after Trump threatened a 25% tariff"): the news the story's reaction hangs on.
 */
export function subordinateTellsNews(
  signal: SignalType,
  context: SentenceContext,
  tokens: Token[],
  clause: Clause,
  head: number,
): boolean {
  if (subordinateDatedRecently(context, tokens, clause, head)) return true;
  // A side's position stays the setting ("Talks stalled after Washington called on Seoul to pay in cash"), and so
  // does a tariff in force, whose effects run for months ("sales slipped in the quarter after the US imposed ...").
  const opening = context.sentence.isTitle || context.sentence.index === 0;
  if (!opening || signal === 'proposal' || signal === 'tariff_imposed') return false;
  const from = backgroundOpener(tokens, clause, head);
  if (tokens[from]?.normal !== 'after' || SPAN_BEFORE.has(tokens[from - 1]?.normal ?? '')) return false;
  return agesBetween(context, tokens[from].start, tokens[clause.to - 1].end).length === 0;
}

/** "four days after", "a week after": the clause is told as the time before the news, background to it. */
const SPAN_BEFORE = new Set(['day', 'days', 'week', 'weeks', 'month', 'months']);

/**
 * "The talks, which began on Friday, ...": a relative clause that dates its event this fortnight reports it; "As
 * Trump and Lee reached an agreement at a summit on the 29th, ...": so does a background clause dated this week,
 * also when it opens inside the clause ("Exports slumped after the tariff took effect on Thursday").
 */
function subordinateDatedRecently(
  context: SentenceContext,
  tokens: Token[],
  clause: Clause,
  head: number,
): boolean {
  const from = backgroundOpener(tokens, clause, head);
  const opener = tokens[from]?.normal ?? '';
  if (SPAN_BEFORE.has(tokens[from - 1]?.normal ?? '')) return false;
  const within = RELATIVE_OPENERS.has(opener)
    ? RECAP_AFTER_DAYS
    : DATED_BACKGROUND.has(opener)
      ? DATED_BACKGROUND_DAYS
      : -1;
  return agesBetween(context, tokens[from].start, tokens[clause.to - 1].end).some(
    (age) => age >= 0 && age <= within,
  );
}

/**
 * A match still to come, whose later dates refer back rather than date it. A deadline's own dates are what it
 * names ("no extension of the July 9 date"), so deadlines are left out.
 */
export function plansAhead(signal: SignalType, polarity: Set<Polarity>): boolean {
  // "agreed to cut the levy to 15% in August": the agreeing is past, and the old month dates it or its terms.
  if (polarity.has('agreedTo')) return false;
  return polarity.has('future') && signal !== 'deadline_set' && signal !== 'deadline_extended';
}

/** A plan as it stood when told: "was set to", "were scheduled to", "was due to". */
const PLAN_STOOD = /\b(?:was|were) (?:set|scheduled|due|slated) to\b/i;

/**
 * "was set to sit down with US officials on Tuesday", told on that Tuesday: a plan as it stood when written, for today or
 * later, is still a plan ("was supposed to" says it fell through). A weekday in a past frame may be the one just
 * gone: only today's counts, or a date written out.
 */
export function planStillAhead(context: SentenceContext, from: number, to: number): boolean {
  if (!PLAN_STOOD.test(context.text.slice(from, to))) return false;
  return context.dates.some(
    (date, i) =>
      date.index >= from &&
      date.index < to &&
      ((date.dayCertain && context.ages[i] <= 0) || (date.relative && context.ages[i] === 0)),
  );
}
