import type { Token } from './annotate';
import type { ClauseFrame } from './clause-frame';
import { FUTURE, MODALS } from './words';

/** Words that leave a time to come open. */
const OPEN_TIMES = new Set(['eventually', 'someday', 'sometime']);
/** Phrases that do: "at some point", "at an appropriate time", "at a later date", "in the near future". */
const OPEN_TIME_PHRASES = [
  /^at some (?:point|stage)$/,
  /^at (?:an?|the) (?:appropriate|suitable|convenient|later) (?:time|date|stage)$/,
  /^in (?:the near future|due course)$/,
];

function opensTimeAt(tokens: Token[], at: number): boolean {
  const words = tokens.slice(at, at + 4).map((token) => token.normal);
  for (let length = 3; length <= 4; length += 1) {
    const phrase = words.slice(0, length).join(' ');
    if (OPEN_TIME_PHRASES.some((pattern) => pattern.test(phrase))) return true;
  }
  return false;
}

/**
 * "will lower the tariff at some point", "will eventually cut it", "plans to meet in the near future": the head's own
 * future, modal or infinitive, and a time left open near it ("eventually cut the levy on Friday", told in the past,
 * is done).
 */
export function someTimeOrOther(frame: ClauseFrame): boolean {
  const { tokens, clause, head, lead, lastMatched } = frame;
  const toCome =
    frame.infinitiveTo > 0 || lead.some((token) => FUTURE.has(token.normal) || MODALS.has(token.normal));
  if (!toCome) return false;
  for (let i = Math.max(clause.from, head - 3); i < Math.min(clause.to, lastMatched + 8); i += 1) {
    const word = tokens[i].normal;
    if (OPEN_TIMES.has(word) || ((word === 'at' || word === 'in') && opensTimeAt(tokens, i))) return true;
  }
  return false;
}
