import type { SignalType } from '../../model/signals';
import type { Token } from '../nlp/annotate';
import type { Clause } from '../nlp/clauses';
import { isVerb, isVerbIng } from '../nlp/words';

// Guards on the verbs of a tariff cut: where "lift" or "cut" reports no cut made.

/** "lifted the levy on Korean cars to 25%": "lift" with a rate it rises to is a rise, not a tariff lifted. */
export function liftedToARate(tokens: Token[], at: number): boolean {
  if (tokens[at].lemma !== 'lift') return false;
  for (let k = at + 1; k < Math.min(tokens.length - 1, at + 9); k += 1) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return false;
    if (
      tokens[k].normal === 'to' &&
      tokens[k - 1].normal !== 'down' &&
      tokens[k + 1].classes.includes('RATE')
    )
      return true;
  }
  return false;
}

export const CUT_VERBS = [
  'cut',
  'lower',
  'reduce',
  'trim',
  'slash',
  'halve',
  'remove',
  'eliminate',
  'scrap',
  'waive',
];

/**
 * "a fund in exchange for Washington trimming its duty to 15%": a cut after "in exchange for" or "in
 * return for", as a gerund, is the term one side gets for what it gives, not a cut reported as news.
 */
export function cutInExchange(tokens: Token[], at: number): boolean {
  if (!isVerbIng(tokens[at])) return false;
  for (let k = at - 1; k >= Math.max(1, at - 5); k -= 1) {
    if (tokens[k].normal === 'for' && ['exchange', 'return'].includes(tokens[k - 1].normal)) return true;
    if (isVerb(tokens[k]) || tokens[k].text === ',') return false;
  }
  return false;
}

/** The figure of a rate ("25" of "25%", "25 percent"); the sign or the word after it carries the class too. */
const isRateFigure = (token: Token) =>
  token.classes.includes('RATE') && !Number.isNaN(Number.parseFloat(token.text));

/**
 * "will face a 25% tariff instead of the 15% agreed": the rate set in place of another is a rise when it is the
 * higher one, though "instead of" otherwise tells a cut ("15% instead of the threatened 25%").
 */
export function risesInstead(signal: SignalType, tokens: Token[], clause: Clause): boolean {
  if (signal !== 'tariff_reduced') return false;
  for (let at = clause.from; at < clause.to - 2; at += 1) {
    if (tokens[at].normal !== 'instead' || tokens[at + 1].normal !== 'of') continue;
    const before = tokens.slice(Math.max(clause.from, at - 8), at).findLast(isRateFigure);
    const after = tokens.slice(at + 2, Math.min(clause.to, at + 7)).find(isRateFigure);
    if (before && after && Number.parseFloat(before.text) > Number.parseFloat(after.text)) return true;
  }
  return false;
}
