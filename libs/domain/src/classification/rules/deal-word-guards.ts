import type { Token } from '../nlp/annotate';
import { AGREEMENT_WORDS, isVerb, MEETING_WORD_SET } from '../nlp/words';

/** Guards on the words of a deal: an agreement on how talks go on or on part of the issues, a deal "within reach". */
export const AGREEMENTS = new Set<string>(AGREEMENT_WORDS);
/** Verbs that only carry the talks on: an agreement "to meet", "to step up negotiations". */
const TALKING_VERBS = new Set([
  'meet',
  'talk',
  'negotiate',
  'discuss',
  'consult',
  'intensify',
  'accelerate',
  'step',
  'speed',
  'expedite',
]);
/** Verbs that carry the talks on when talks are their object: "to hold another round", "to resume talks". */
const VERBS_OF_TALKS = new Set([
  'hold',
  'continue',
  'resume',
  'launch',
  'start',
  'begin',
  'open',
  'pursue',
  'schedule',
  'arrange',
  'convene',
]);
/** "further talks", "future discussions", "a follow-up meeting": talks still to come. */
const TALKS_TO_COME = new Set([
  'further',
  'future',
  'next',
  'more',
  'additional',
  'continued',
  'follow-up',
  'another',
  'new',
]);

/**
 * "an agreement with Lee to meet in May", "an accord to hold one more round", "a broad agreement on
 * a timetable for further talks": what is agreed is how the talks go on, not the deal they seek.
 */
export function agreementOnTheTalks(tokens: Token[], at: number): boolean {
  if (!AGREEMENTS.has(tokens[at].lemma)) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k += 1) {
    const token = tokens[k];
    if (token.text === ',' || token.text === ';' || token.text === ':') return false;
    if (token.normal === 'to' && tokens[k + 1] !== undefined && isVerb(tokens[k + 1])) {
      const verb = tokens[k + 1].lemma;
      if (TALKING_VERBS.has(verb)) return true;
      return (
        VERBS_OF_TALKS.has(verb) &&
        tokens.slice(k + 2, k + 6).some((next) => MEETING_WORD_SET.has(next.lemma))
      );
    }
    if (isVerb(token)) return false;
    if (MEETING_WORD_SET.has(token.lemma) && TALKS_TO_COME.has(tokens[k - 1]?.normal ?? '')) return true;
  }
  return false;
}

const PART_OF = new Set(['most', 'many', 'some', 'several', 'certain', 'few']);
const TOPICS = new Set(['issue', 'point', 'area', 'item', 'matter', 'topic', 'element', 'question']);

/** "reached agreement on most issues", "an agreement on some of the points": ground shared on part, no deal. */
export function agreementOnSomeIssues(tokens: Token[], at: number): boolean {
  if (!AGREEMENTS.has(tokens[at].lemma) || !['on', 'over'].includes(tokens[at + 1]?.normal ?? ''))
    return false;
  let k = at + 2;
  if (tokens[k]?.normal === 'a') k += 1;
  if (!PART_OF.has(tokens[k]?.normal ?? '')) return false;
  k += 1;
  if (tokens[k]?.normal === 'of' && tokens[k + 1]?.normal === 'the') k += 2;
  return TOPICS.has(tokens[k]?.lemma ?? '') || TOPICS.has(tokens[k + 1]?.lemma ?? '');
}

/** Words before "reach" that make it the noun of distance: "within reach", "out of reach", "beyond reach". */
const DISTANCE_BEFORE = new Set(['within', 'of', 'beyond', 'in']);

/** "a deal was within reach", "an accord is now in reach": the deal is near, not reached (the tagger may say verb). */
export function reachAsDistance(tokens: Token[], at: number): boolean {
  return tokens[at].normal === 'reach' && DISTANCE_BEFORE.has(tokens[at - 1]?.normal ?? '');
}
