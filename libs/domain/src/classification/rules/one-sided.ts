import type { Token } from '../nlp/annotate';
import type { Clause } from '../nlp/clauses';
import type { SignalRule } from './types';

/** How far after the head a side named there is the one met: "will meet Lutnick", "hold talks with Greer". */
const PARTICIPANT_REACH = 3;

const isOtherSide = (token: Token | undefined) => token?.classes.includes('COUNTERPART') ?? false;

/**
 * "Seoul will hold an emergency meeting on the US tariffs": a meeting named by one of the rule's unlessOneSided
 * words is the home side's own unless the other side takes part in it: named before the head ("Korea and the US
 * will convene"), right after it ("will meet Lutnick"), or after "with" ("emergency talks with Greer"). The US
 * named as the tariffs' author ("the US tariffs") takes no part.
 */
export function oneSidedMeeting(rule: SignalRule, tokens: Token[], clause: Clause, head: number): boolean {
  const words = rule.unlessOneSided;
  if (!words || !tokens.slice(clause.from, clause.to).some((token) => words.includes(token.lemma)))
    return false;
  for (let at = clause.from; at < clause.to; at += 1) {
    if (!isOtherSide(tokens[at])) continue;
    const before = at < head;
    const rightAfter = at > head && at <= head + PARTICIPANT_REACH;
    const afterWith = tokens
      .slice(Math.max(clause.from, at - PARTICIPANT_REACH), at)
      .some((t) => t.normal === 'with');
    if (before || rightAfter || afterWith) return false;
  }
  return true;
}
