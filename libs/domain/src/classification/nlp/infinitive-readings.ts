import type { Token } from './annotate';
import { gluedHyphen } from './verb-forms';
import { AFTER_WORDS, GATHER, MEETING_WORD_SET, PURPOSES, RANKED, TRAVEL, isPastForm, isVerb } from './words';

/** What an infinitive tells after a trip already made or after a ranked noun: a purpose met, or who did it first. */

/** "was in Washington", "were at the Commerce Department": a stay told in the past. */
const PAST_BE = new Set(['was', 'were']);
const AT_PLACE = new Set(['in', 'at']);

/**
 * "Joly travelled to Washington to meet officials", "after visiting the US to meet Lutnick", "was in Washington
 * on Tuesday to meet Greer": the purpose of a trip already made, not a plan.
 */
export function tripTaken(tokens: Token[], marker: number): boolean {
  let limit = Math.max(0, marker - 12);
  // "drove for three hours via Baltimore to Boston to meet": the way the trip went may stand between.
  for (let k = marker - 1; k >= limit; k -= 1) {
    const token = tokens[k];
    // "met in Geneva (Switzerland) on Monday to resume": a short aside in brackets belongs to the clause.
    if (token.text === ')') {
      const open = tokens.slice(Math.max(0, k - 7), k).findLastIndex((before) => before.text === '(');
      if (open >= 0) {
        k = Math.max(0, k - 7) + open;
        continue;
      }
    }
    if (token.text === ',') {
      const place = placeBeforeRegion(tokens, k);
      if (place >= 0) {
        k = place + 1;
        continue;
      }
      // "visited Washington on Oct. 16, along with two aides, to meet": an aside with no verb between commas.
      const aside = asideOpening(tokens, k);
      if (aside >= 0) {
        limit = Math.max(0, limit - (k - aside));
        k = aside;
        continue;
      }
    }
    if (token.pos === 'PUNCT') return false;
    if (PAST_BE.has(token.normal) && AT_PLACE.has(tokens[k + 1]?.normal ?? '')) return true;
    if (token.pos !== 'VERB') continue;
    if (!TRAVEL.has(token.lemma) && !GATHER.has(token.lemma)) return false;
    return isPastForm(token) || (/ing$/.test(token.normal) && AFTER_WORDS.has(tokens[k - 1]?.normal ?? ''));
  }
  return false;
}

/** The comma that opens a short aside closed by the comma at `close`, with no verb between; or -1. */
function asideOpening(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(0, close - 20); k -= 1) {
    if (tokens[k].text === ',') return k < close - 1 ? k : -1;
    // A hyphen inside a name ("Yeo Han-koo") is no break.
    if (
      tokens[k].pos === 'VERB' ||
      tokens[k].pos === 'AUX' ||
      (tokens[k].pos === 'PUNCT' && !gluedHyphen(tokens, k))
    )
      return -1;
  }
  return -1;
}

const isName = (token: Token | undefined) => token?.pos === 'PROPN';

/**
 * "visited Washington, DC to meet", "flew to Geneva, Switzerland, to resume": a comma between a place and its region
 * (or closing the region) belongs to the place's name. Returns the index of the place's last word, or -1.
 */
function placeBeforeRegion(tokens: Token[], comma: number): number {
  if (isName(tokens[comma - 1]) && isName(tokens[comma + 1])) return comma - 1;
  if (!isName(tokens[comma - 1])) return -1;
  let start = comma - 1;
  while (start > 0 && isName(tokens[start - 1])) start -= 1;
  return tokens[start - 1]?.text === ',' && isName(tokens[start - 2]) ? start - 2 : -1;
}

const TIME_NOUNS = new Set(['week', 'weekend', 'month', 'year', 'night']);
const namesTime = (token: Token | undefined) =>
  !!token && (token.classes.includes('DATE') || TIME_NOUNS.has(token.lemma) || /day$/.test(token.normal));

/** Nouns of a step taken toward an aim: the infinitive after them is the aim. */
const STEPS = new Set([...PURPOSES, 'step', 'move', 'bid', 'push', 'initiative']);

/**
 * "the first Asian leader to meet Trump": an infinitive after a ranked noun says who did it, not what is to come.
 */
export function rankedBefore(tokens: Token[], marker: number): boolean {
  if (marker <= 0) return false;
  // "the first president of a US ally in Asia since the election to visit": a long noun phrase too.
  for (let i = marker - 1; i >= Math.max(0, marker - 14); i -= 1) {
    if (isVerb(tokens[i]) || tokens[i].text === ',') return false;
    // "since last Monday to seal the pact": "last" names a day, it ranks nobody.
    // "the latest step in its engagement with the US to agree a deal": a step ranked, the infinitive its aim.
    // "the second round of talks to start today": a meeting ranked among the rounds (not a trip among someone's
    // trips), the infinitive its plan.
    if (
      RANKED.has(tokens[i].normal) &&
      !namesTime(tokens[i + 1]) &&
      !MEETING_WORD_SET.has(tokens[i + 1]?.lemma ?? '')
    )
      return !tokens.slice(i + 1, marker).some((token) => STEPS.has(token.lemma));
  }
  return false;
}
