import type { Token } from './annotate';
import type { Clause } from './clauses';
import { AIMS, isVerb, NOUN_PHRASE_MARKED } from './words';
import { SEASON_NAMES } from '../seasons';

/**
 * "After the signing ceremony, Lee and Trump continued discussions": the opener heads a phrase with no verb,
 * which ends at its comma; a head after that comma stands in the main clause, not a subordinate one.
 */
export function openerIsPhrase(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = clause.from + 1; i < Math.min(head, clause.to); i += 1) {
    if (isVerb(tokens[i])) return false;
    if (tokens[i].text === ',') return true;
  }
  return false;
}

/** Words before "after" that keep what follows in the same news: "hours after", "shortly after", "right after". */
const MOMENTS = new Set(['hours', 'hour', 'minutes', 'moments', 'shortly', 'soon', 'right', 'immediately']);

/** "just hours after Trump signed the order": what the "after" clause tells is as fresh as the news itself. */
export function justAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.normal === 'after' && MOMENTS.has(tokens[at - 1]?.normal ?? '');
}

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
export function opensBackgroundClause(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = head - 1; i > clause.from && i >= head - BACKGROUND_REACH; i -= 1) {
    const token = tokens[i];
    // "the sixth round of negotiations since spring took place": a time after the conjunction makes it a preposition.
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

/** Nouns that name an intention: "The goal: ...", "Seoul's aim: ...", the aims of "is to" and a few more. */
const INTENTIONS = new Set([...AIMS, 'hope', 'plan', 'intention', 'idea', 'mission', 'ambition']);

/**
 * "The goal: pitch a better offer and win a lower rate": a clause after a colon that follows an intention named
 * alone (no verb before it) tells what a side means to do, not what it did.
 */
export function goalAfterColon(tokens: Token[], clause: Clause): boolean {
  const colon = clause.from - 1;
  if (tokens[colon]?.text !== ':' || !INTENTIONS.has(tokens[colon - 1]?.lemma ?? '')) return false;
  for (let i = colon - 2; i >= 0 && i >= colon - 5; i -= 1) if (isVerb(tokens[i])) return false;
  return true;
}

/** "despite", "in spite of", "in response to", "in reaction to", "in the face of" end right before the phrase. */
function circumstanceEndsAt(tokens: Token[], at: number): boolean {
  const word = tokens[at].normal;
  const before = (back: number) => tokens[at - back]?.normal ?? '';
  if (word === 'despite') return true;
  if (word === 'of')
    return (before(1) === 'spite' && before(2) === 'in') || (before(1) === 'face' && before(3) === 'in');
  return word === 'to' && ['response', 'reaction'].includes(before(1)) && before(2) === 'in';
}

/**
 * "set a cap in response to the US demand for $350 billion", "agreed despite the demand for cash": a noun after a
 * preposition of circumstance is what the clause's news answers or overcomes, its backdrop.
 */
export function circumstanceOf(tokens: Token[], head: number): boolean {
  if (tokens[head]?.pos !== 'NOUN') return gerundOfCircumstance(tokens, head);
  for (let i = head - 1; i >= 0 && i >= head - 6; i -= 1) {
    if (circumstanceEndsAt(tokens, i)) return true;
    if (!NOUN_PHRASE_MARKED.has(tokens[i].pos) || tokens[i].text === ',') return false;
  }
  return false;
}

/** How far before a verb the gerund clause of circumstance that holds it may open. */
const GERUND_CLAUSE_REACH = 12;

/**
 * "despite Britain being the first partner to sign a tariff pact", "in response to Seoul having offered more": a
 * verb inside a gerund clause after a preposition of circumstance (no comma or finite verb between) is its backdrop.
 */
function gerundOfCircumstance(tokens: Token[], head: number): boolean {
  const isGerund = (token: Token) => isVerb(token) && /ing$/.test(token.normal);
  let gerund = isGerund(tokens[head]);
  for (let i = head - 1; i >= 0 && i >= head - GERUND_CLAUSE_REACH; i -= 1) {
    const token = tokens[i];
    if (token.text === ',') return false;
    if (circumstanceEndsAt(tokens, i)) return gerund;
    if (isGerund(token)) gerund = true;
    // A verb with a tense of its own between opens another clause: "despite the tariffs Korea agreed to ...".
    else if (isVerb(token) && tokens[i - 1]?.normal !== 'to') return false;
  }
  return false;
}
