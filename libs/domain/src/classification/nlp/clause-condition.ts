import type { Token } from './annotate';
import { CONDITIONS, isPastForm } from './words';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);
const SUBJECT_WORDS = new Set(['PROPN', 'NOUN', 'NUM', 'ADJ', 'CCONJ']);

/**
 * "had Petro insisted on it", "were Seoul to refuse", "had the talks failed": the auxiliary before its subject
 * opens a condition, as "if" does.
 */
function invertedCondition(tokens: Token[], i: number): boolean {
  const auxiliary = tokens[i].normal;
  if (auxiliary !== 'had' && auxiliary !== 'were') return false;
  let k = i + 1;
  if (SUBJECT_PRONOUNS.has(tokens[k]?.normal ?? '')) k += 1;
  else {
    if (tokens[k]?.pos === 'DET') k += 1;
    const start = k;
    while (k < start + 5 && SUBJECT_WORDS.has(tokens[k]?.pos ?? '')) k += 1;
    if (!tokens.slice(start, k).some((token) => token.pos === 'NOUN' || token.pos === 'PROPN')) return false;
  }
  return auxiliary === 'had' ? !!tokens[k] && isPastForm(tokens[k]) : tokens[k]?.normal === 'to';
}

const AS_NEEDED = new Set(['needed', 'necessary', 'required', 'warranted']);
const ON_NEED = new Set(['as', 'when', 'whenever', 'where']);

/** "until Aug. 1" names a time, "until the talks succeed" a condition. */
export function isCondition(tokens: Token[], i: number): boolean {
  // "as soon as both sides sign the pact": a time still to come that the main clause waits for; "as soon
  // as possible" only says how soon.
  if (
    tokens[i].normal === 'as' &&
    tokens[i - 1]?.normal === 'soon' &&
    tokens[i - 2]?.normal === 'as' &&
    !['possible', 'practicable', 'feasible'].includes(tokens[i + 1]?.normal ?? '')
  )
    return true;
  // "in case the talks falter", "in the event that no deal is reached": a condition in two or three words.
  if (tokens[i].normal === 'case' && tokens[i - 1]?.normal === 'in') return true;
  if (tokens[i].normal === 'event' && tokens[i - 1]?.normal === 'the' && tokens[i - 2]?.normal === 'in')
    return true;
  // "will resume talks only when Bangkok commits", "only after a deal is signed": a condition, not a time.
  if (['when', 'after', 'once'].includes(tokens[i].normal) && tokens[i - 1]?.normal === 'only') return true;
  if (invertedCondition(tokens, i)) return true;
  // "will meet again as needed", "when necessary", "as required": whenever the need comes, no plan of their own.
  if (AS_NEEDED.has(tokens[i].normal) && ON_NEED.has(tokens[i - 1]?.normal ?? '')) return true;
  if (!CONDITIONS.has(tokens[i].normal)) return false;
  if (tokens[i].normal !== 'until') return true;
  const next = tokens[i + 1];
  // "postponed until further notice": a time left open, not a condition.
  if (next?.normal === 'further') return false;
  return !next || !(next.classes.includes('DATE') || next.classes.includes('NUM') || next.pos === 'PROPN');
}

/**
 * "talks set for Friday, prompting questions about whether the hike is a ploy": a "whether"
 * after the head that a noun's preposition takes asks about something else; it is no condition on the head.
 */
export function questionAfterHead(tokens: Token[], i: number, head: number): boolean {
  return (
    i > head &&
    tokens[i].normal === 'whether' &&
    ['about', 'over', 'on', 'of'].includes(tokens[i - 1]?.normal)
  );
}
