import type { Token } from './annotate';
import type { Clause, Polarity } from './clauses';
import { infinitiveMarker, type ClauseFrame } from './clause-frame';
import {
  DECIDED,
  IMPLICATIVE,
  OLD_MARKERS,
  PAST_AUXILIARIES,
  PLANNED,
  REPORTING,
  isPastForm,
  isVerb,
} from './words';
import {
  isReducedRelative,
  prenominalParticiple,
  presentPassive,
  presentProgressive,
  wordBefore,
} from './verb-forms';
import { rankedBefore, tripTaken } from './infinitive-readings';

/** Only punctuation (an opening quote) stands before the head in its clause. */
const fronted = (tokens: Token[], clause: Clause, head: number) =>
  tokens.slice(clause.from, head).every((token) => token.pos === 'PUNCT');

/** The first verb after the comma that follows the match is in the past. */
function pastAfterComma(tokens: Token[], clause: Clause, lastMatched: number): boolean {
  for (let i = lastMatched + 1; i < clause.to; i += 1)
    if (tokens[i].text === ',') {
      const verb = tokens.slice(i + 1, clause.to).find((token) => isVerb(token));
      return verb !== undefined && isPastForm(verb);
    }
  return false;
}

/** When the clause tells its match: past, perfect, a plan as it stood, told long ago, or an infinitive. */
export function addTense(frame: ClauseFrame, found: Set<Polarity>): void {
  const { tokens, clause, head, headToken, lastMatched, window, marker, implicative, infinitiveTo } = frame;
  if (presentProgressive(tokens, clause, head)) found.add('progressive');
  // Tense is the head verb's own (or its auxiliary's): "said he is raising" is present.
  const auxiliary = head > 0 ? tokens[head - 1] : undefined;
  const beforeAuxiliary = head > 1 ? tokens[head - 2] : undefined;
  const clauseVerbPast = tokens.slice(clause.from, lastMatched + 1).some(
    (token, i, span) =>
      isPastForm(token) &&
      !isReducedRelative(tokens, clause.from + i, clause) &&
      // "an agreed 15% rate": a participle before its noun describes it; it is no verb of the clause.
      !prenominalParticiple(tokens, clause.from + i) &&
      !REPORTING.has(token.lemma) &&
      !PLANNED.has(token.lemma) &&
      !['be', 'been', 'will'].includes(span[i - 1]?.normal ?? ''),
  );
  // "During her talks with Greer, Kim raised the fund": a phrase that opens the clause with a preposition, set
  // off by a comma, takes its time from the first verb after the comma.
  const phrasePast =
    headToken.pos === 'ADP' && fronted(tokens, clause, head) && pastAfterComma(tokens, clause, lastMatched);
  const implicativePast =
    implicative &&
    (isPastForm(tokens[marker - 1]) || ['was', 'were'].includes(tokens[marker - 2]?.normal ?? ''));
  if (
    (isPastForm(headToken) && !presentPassive(tokens, clause, head)) ||
    implicativePast ||
    (headToken.pos !== 'VERB' && clauseVerbPast) ||
    phrasePast ||
    (auxiliary && PAST_AUXILIARIES.has(auxiliary.normal)) ||
    (auxiliary?.lemma === 'be' && beforeAuxiliary && PAST_AUXILIARIES.has(beforeAuxiliary.normal))
  )
    found.add('past');
  // "has imposed", "has also slapped": a form of "have", adverbs, then the past participle.
  const perfectFrom = (i: number) => {
    let j = i + 1;
    while (j < head && tokens[j].pos === 'ADV') j += 1;
    return j <= head && isPastForm(tokens[j]);
  };
  if (
    window.some((token, i) => token.lemma === 'have' && isPastForm(window[i + 1] ?? headToken)) ||
    tokens
      .slice(Math.max(clause.from, head - 4), head)
      .some((token, k) => token.lemma === 'have' && perfectFrom(Math.max(clause.from, head - 4) + k))
  )
    found.add('perfect');
  // "has (long) been pushing": have, been, then the head in -ing ("long" is tagged an adjective there).
  const beforeHead = wordBefore(tokens, head);
  let haveAt = wordBefore(tokens, beforeHead);
  while (haveAt > 0 && tokens[haveAt].normal === 'long') haveAt = wordBefore(tokens, haveAt);
  if (
    /ing$/.test(headToken.normal) &&
    tokens[beforeHead]?.normal === 'been' &&
    tokens[haveAt]?.lemma === 'have'
  )
    found.add('standing');
  // "had agreed" is the pluperfect; "had fruitful talks", "had a meeting" is "have" as the verb itself, in the past.
  const hadAsAuxiliary = (token: Token) => {
    let next = tokens.indexOf(token) + 1;
    while (tokens[next]?.pos === 'ADV') next += 1;
    return !tokens[next] || isPastForm(tokens[next]) || isVerb(tokens[next]) || tokens[next].normal === 'to';
  };
  const pluperfect = window.some((token) => token.normal === 'had' && hadAsAuxiliary(token));
  if (window.some((token) => token.normal === 'had' && !hadAsAuxiliary(token))) found.add('past');
  // Whether a reported past perfect is news depends on when it was said: the rules' context decides.
  if (
    pluperfect &&
    tokens
      .slice(
        0,
        tokens.findIndex((token, i) => i >= clause.from && token.normal === 'had'),
      )
      .some((token) => REPORTING.has(token.lemma) && isPastForm(token))
  )
    found.add('backshifted');
  else if (pluperfect) found.add('recap');
  const clauseTokens = tokens.slice(clause.from, clause.to);
  // "postponed the meeting originally scheduled for Friday": the marker dates the participle describing the
  // meeting, not the head's own event.
  // So does "from the initially proposed 25%": the marker dates an adjective of the noun after it.
  const describesNounBefore = (i: number) =>
    clause.from + i + 1 !== head &&
    !!clauseTokens[i + 1] &&
    isPastForm(clauseTokens[i + 1]) &&
    (['NOUN', 'PROPN'].includes(
      clauseTokens[/^['"’”]$/.test(clauseTokens[i - 1]?.text ?? '') ? i - 2 : i - 1]?.pos ?? '',
    ) ||
      prenominalParticiple(tokens, clause.from + i + 1));
  // "..., Lee's office said previously": the marker dates when it was said; a plan told then may still be ahead.
  const datesTheTelling = (i: number) =>
    !!clauseTokens[i - 1] && REPORTING.has(clauseTokens[i - 1].lemma) && clause.from + i - 1 !== head;
  if (
    clauseTokens.some(
      (token, i) =>
        (OLD_MARKERS.has(token.normal) && !describesNounBefore(i) && !datesTheTelling(i)) ||
        (token.normal === 'earlier' && clauseTokens[i + 1]?.pos === 'NOUN'),
    )
  )
    found.add('recap');
  // "for Washington to retroactively lower the levy": the tagger may read a verb after "to" as an adjective.
  const verbAfterTo =
    headToken.pos === 'VERB' ||
    (headToken.pos === 'ADJ' && tokens[infinitiveTo]?.pos === 'PART') ||
    frame.verbReadAsNoun;
  if (infinitiveTo >= 0 && verbAfterTo) {
    if (DECIDED.has(tokens[infinitiveTo - 1]?.lemma ?? '')) found.add('agreedTo');
    else found.add('infinitive');
  }
  // "to negotiate the reduction of tariffs", "aims to secure a further cut": a noun matched as the object of an
  // infinitive is as far off as its verb.
  const objectOf = frame.governingVerb;
  if (objectOf >= 0 && infinitiveTo < 0) {
    const to = infinitiveMarker(tokens, objectOf);
    const carried = to > 0 && (IMPLICATIVE.has(tokens[to - 1].lemma) || rankedBefore(tokens, to));
    if (to >= 0 && !carried) found.add(DECIDED.has(tokens[to - 1]?.lemma ?? '') ? 'agreedTo' : 'infinitive');
  }
  // "the deadline for Korea to have reached a deal": a perfect infinitive tells what must be done by then, no past.
  if (perfectInfinitive(tokens, isVerb(headToken) ? head : frame.governingVerb)) {
    found.delete('past');
    found.delete('perfect');
    found.add('infinitive');
  }
  // The purpose of a trip already made was a plan as it stood then, not one still ahead.
  if (infinitiveTo >= 0 && tripTaken(tokens, infinitiveTo)) found.add('pastplan');
  // A past perfect the report shifts back is the speaker's present perfect, not a time before another past.
  if (pluperfect && !found.has('backshifted')) found.add('pluperfect');
  // "Trump had declared that the talks were going nowhere": what was told in the past perfect was said before the
  // story's own past, whatever the tense of the words reported.
  if (toldEarlier(tokens, clause, head)) found.add('pluperfect');
}

function toldEarlier(tokens: Token[], clause: Clause, head: number): boolean {
  for (let at = clause.from; at < head; at += 1) {
    if (!REPORTING.has(tokens[at].lemma) || !isPastForm(tokens[at])) continue;
    let before = at - 1;
    while (before >= clause.from && tokens[before].pos === 'ADV') before -= 1;
    if (before >= clause.from && tokens[before].normal === 'had') return true;
  }
  return false;
}

/**
 * "for Korea to have reached", "countries to have signed": "to", "have", adverbs, then the head, after a noun. After a
 * verb ("is said to have reached", "appears to have struck") it reports a past event.
 */
function perfectInfinitive(tokens: Token[], head: number): boolean {
  if (head < 0) return false;
  let at = head - 1;
  while (at > 0 && tokens[at].pos === 'ADV') at -= 1;
  return tokens[at]?.normal === 'have' && tokens[at - 1]?.normal === 'to' && !isVerb(tokens[at - 2]);
}
