import type { Token } from './annotate';
import type { Clause, Polarity } from './clauses';
import {
  CONDITIONS,
  DECIDED,
  DENIALS,
  EXPECTATIONS,
  FUTURE,
  HEDGES,
  IMPLICATIVE,
  MODALS,
  NEGATORS,
  VERB_NEGATORS,
  OLD_MARKERS,
  PAST_AUXILIARIES,
  PLANNED,
  POSSESSIVES,
  PURPOSES,
  REFUSALS,
  REPORTING,
  THREATENING,
  SAID,
  UNCONFIRMED,
  WHEN_WORDS,
  isPastForm,
  isVerb,
  TOPIC_LINKS,
} from './words';
import {
  hyphenCompound,
  prenominalParticiple,
  isFiniteVerb,
  isReducedRelative,
  presentPassive,
  quotedName,
  readiesFor,
  rankedBefore,
  tripTaken,
} from './verb-forms';

/** Words that, right after a noun, start an infinitive describing it: "tariffs set to take effect", "a levy due to begin". */
const DESCRIBING = new Set(['set', 'due', 'scheduled', 'slated', 'poised']);
/** Verbs whose object is news even when an infinitive describes it. */
const ANNOUNCING = new Set([
  'announce',
  'unveil',
  'threaten',
  'impose',
  'slap',
  'declare',
  'order',
  'levy',
  'warn',
]);

/**
 * "the 25% duties due to start on Aug. 1", "a 50% levy on Brazilian beef, set to begin": an
 * infinitive in the match hangs on a noun of a sentence whose verb is another. "The tariff is set to" has "is".
 */
function describesNoun(tokens: Token[], from: number, to: number): boolean {
  for (let marker = Math.max(2, from); marker <= to; marker += 1) {
    if (tokens[marker].normal !== 'to' || !DESCRIBING.has(tokens[marker - 1].normal)) continue;
    let before = marker - 2;
    if (tokens[before].text === ',') before -= 1;
    if (!['NOUN', 'PROPN'].includes(tokens[before]?.pos ?? '')) continue;
    // "Trump announced a 25% tariff on Korean goods, set to take effect Aug. 1": the announcement is the news.
    // ("a threatened 30% tariff" is an adjective, not the announcement.)
    const announced = (token: Token, k: number, span: Token[]) =>
      ANNOUNCING.has(token.lemma) && token.pos === 'VERB' && span[k - 1]?.pos !== 'DET';
    if (tokens.slice(Math.max(0, before - 8), before).some(announced)) continue;
    if (tokens.some((_, k) => k !== marker - 1 && k !== marker + 1 && isFiniteVerb(tokens, k))) return true;
  }
  return false;
}

/** "until Aug. 1" names a time, "until the talks succeed" a condition. */
function isCondition(tokens: Token[], i: number): boolean {
  // "as soon as the two countries reach a deal": a time still to come that the main clause waits for.
  if (tokens[i].normal === 'as' && tokens[i - 1]?.normal === 'soon' && tokens[i - 2]?.normal === 'as')
    return true;
  // "in case the talks falter", "in the event that no deal is reached": a condition in two or three words.
  if (tokens[i].normal === 'case' && tokens[i - 1]?.normal === 'in') return true;
  if (tokens[i].normal === 'event' && tokens[i - 1]?.normal === 'the' && tokens[i - 2]?.normal === 'in')
    return true;
  if (!CONDITIONS.has(tokens[i].normal)) return false;
  if (tokens[i].normal !== 'until') return true;
  const next = tokens[i + 1];
  // "postponed until further notice": a time left open, not a condition.
  if (next?.normal === 'further') return false;
  return !next || !(next.classes.includes('DATE') || next.classes.includes('NUM') || next.pos === 'PROPN');
}

/** The word before the head, past its adverbs: "talked about quickly landing deals". */
function wordBefore(tokens: Token[], head: number): number {
  let i = head - 1;
  while (i > 0 && tokens[i].pos === 'ADV') i -= 1;
  return i;
}

/**
 * The "to" of the head's infinitive: right before it, or before the first of two joined verbs ("present to
 * continue the conversation and quickly strike deals"). -1 when the head is no infinitive.
 */
const isBareVerb = (token: Token | undefined) => token?.pos === 'VERB' && token.normal === token.lemma;

function infinitiveMarker(tokens: Token[], head: number): number {
  // "to urgently send": a split infinitive is an infinitive.
  const i = wordBefore(tokens, head);
  if (tokens[i]?.normal === 'to' && tokens[i].pos === 'PART') return i;
  // The tagger may call that "to" a preposition when a quotation opened after it: "working to “swiftly finalise deals”".
  if (tokens[i]?.normal === 'to' && i < head - 1 && tokens[head].pos === 'VERB') return i;
  if (tokens[head - 1]?.normal === 'to') return head - 1;
  const bare = tokens[head].normal === tokens[head].lemma;
  if (!['and', 'or'].includes(tokens[i]?.normal ?? '') && !(bare && tokens[i]?.text === ',')) return -1;
  // Further back, up to the punctuation, only a verb in its bare form joins the infinitive ("to use the momentum
  // gained in the talks held last week and strike a deal"); "to impose tariffs ... and imposed them" does not.
  // A comma goes on a list of bare verbs: "aims to deepen ties, widen access and cut tariffs".
  const reach = bare ? i : 8;
  for (let k = i - 1; k > Math.max(0, i - reach); k -= 1) {
    if (['.', ';'].includes(tokens[k].text)) return -1;
    if (tokens[k].text === ',' && !(bare && isBareVerb(tokens[k + 1]))) return -1;
    if (tokens[k].pos === 'VERB' && tokens[k - 1]?.normal === 'to') return k - 1;
  }
  return -1;
}

/**
 * "After the signing ceremony, Lee and Trump continued discussions": the opener heads a phrase with no verb,
 * which ends at its comma; a head after that comma stands in the main clause, not a subordinate one.
 */
function openerIsPhrase(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = clause.from + 1; i < Math.min(head, clause.to); i += 1) {
    if (isVerb(tokens[i])) return false;
    if (tokens[i].text === ',') return true;
  }
  return false;
}

/** What the whole sentence holds, the same for every clause and match in it. */
interface SentenceWords {
  reported: boolean;
  announced: boolean;
  unconfirmed: boolean;
  /** The first token whose lemma denies, or -1. */
  firstDenial: number;
  question: boolean;
}

/**
 * Per tagged sentence (its token array), read once: clausePolarity runs for every match of every rule in the
 * sentence, and the tokens' words never change once tagged.
 */
const SENTENCE_WORDS = new WeakMap<Token[], SentenceWords>();

function wordsOfSentence(tokens: Token[]): SentenceWords {
  let words = SENTENCE_WORDS.get(tokens);
  if (!words) {
    words = {
      reported: tokens.some((token) => REPORTING.has(token.lemma)),
      announced: tokens.some((token) => REPORTING.has(token.lemma) || THREATENING.has(token.lemma)),
      unconfirmed: tokens.some((token) => UNCONFIRMED.has(token.lemma) || UNCONFIRMED.has(token.normal)),
      firstDenial: tokens.findIndex((token) => DENIALS.has(token.lemma)),
      question: tokens.some((token) => token.text === '?'),
    };
    SENTENCE_WORDS.set(tokens, words);
  }
  return words;
}

/**
 * The polarities of the clause around the head token: what stands before the head inside its clause
 * (modals, "will", "if", negators) and what frames the sentence (a reporting or denying verb).
 */
export function clausePolarity(
  tokens: Token[],
  clause: Clause,
  head: number,
  matched: Set<number>,
): Set<Polarity> {
  const found = new Set<Polarity>();
  // The words that frame the match: its clause up to the last matched word, less the matched words themselves.
  const lastMatched = Math.max(head, ...matched);
  const framing = (i: number) =>
    i !== head && !(matched.has(i) && (NEGATORS.has(tokens[i].normal) || REFUSALS.has(tokens[i].lemma)));
  const before: Token[] = [];
  for (let i = clause.from; i < head; i += 1) if (framing(i)) before.push(tokens[i]);
  // "signed an order that would raise the tariff": a relative clause on a noun after the head has its own modals.
  const relative = tokens.findIndex(
    (token, i) =>
      i > head &&
      i < lastMatched &&
      ['that', 'which'].includes(token.normal) &&
      NOUN_ENDS.has(tokens[i - 1].pos),
  );
  const insideTo = relative > 0 ? relative : lastMatched;
  const inside: Token[] = [];
  for (let i = head + 1; i < insideTo; i += 1) if (framing(i) && !matched.has(i)) inside.push(tokens[i]);
  const headToken = tokens[head];
  const marker = infinitiveMarker(tokens, head);
  const implicative = marker > 0 && IMPLICATIVE.has(tokens[marker - 1].lemma);
  const infinitiveTo = implicative || rankedBefore(tokens, marker) ? -1 : marker;
  // A modal right after the match governs it too ("a deal announced on Friday could still fall apart").
  // ... and so does the first verb after a matched noun phrase ("a cut in the tariff on Korean cars would help").
  const nextVerb = tokens.slice(lastMatched + 1, Math.min(clause.to, lastMatched + 9)).find(isVerb);
  const trailing = [
    ...tokens
      .slice(lastMatched + 1, Math.min(clause.to, lastMatched + 4))
      .filter((token) => token.pos === 'AUX' && MODALS.has(token.normal)),
    ...(nextVerb && !isVerb(headToken) && nextVerb.pos === 'AUX' && MODALS.has(nextVerb.normal)
      ? [nextVerb]
      : []),
  ];
  // A matched noun phrase is the subject of the next verb: "the reduction in tariffs has not been carried out",
  // "the cut in the tariff has yet to take effect" deny it. Not past "and" or a comma: "the deadline is firm and
  // will not be extended" affirms the deadline.
  const verbAt = nextVerb ? tokens.indexOf(nextVerb) : -1;
  const nounDenied =
    verbAt > 0 &&
    !isVerb(headToken) &&
    !tokens.slice(lastMatched + 1, verbAt).some((token) => token.pos === 'CCONJ' || token.text === ',') &&
    tokens
      .slice(verbAt, verbAt + 3)
      .some(
        (token, i, group) =>
          VERB_NEGATORS.has(token.normal) || (token.normal === 'yet' && group[i + 1]?.normal === 'to'),
      );
  const lead = before.slice(-7);
  // The sentence's own next words, not the window's: "was unable to reach" has no "was to" in it.
  const after = (token: Token, step: number) => tokens[tokens.indexOf(token) + step];
  const window = [...lead, ...inside, ...trailing];
  if (
    (headToken.negated &&
      ![...matched].some((i) => NEGATORS.has(tokens[i].normal) || REFUSALS.has(tokens[i].lemma))) ||
    window.some((token) => NEGATORS.has(token.normal)) ||
    nounDenied ||
    before.some(
      (token, i) =>
        token.lemma === 'fail' ||
        // "declined to set a deadline" undoes the setting; "refused to accept the US demand" leaves the demand made:
        // the verb after the refusal's "to" must be the match itself.
        (REFUSALS.has(token.lemma) &&
          before[i + 1]?.normal === 'to' &&
          [head, ...matched].includes(tokens.indexOf(before[i + 1]) + 1)) ||
        (token.normal === 'yet' && before[i + 1]?.normal === 'to'),
    )
  )
    found.add('negated');
  // Reported speech shifts "will" to "would": "Kim said he would meet Lutnick again on Friday" is a plan when
  // it names its time ("would resume as soon as possible" stays a hope).
  const timed = tokens
    .slice(clause.from, clause.to)
    .some((token) => token.classes.includes('DATE') || WHEN_WORDS.has(token.normal));
  const reportedWill = (token: Token) =>
    timed &&
    token.normal === 'would' &&
    tokens
      .slice(Math.max(0, clause.from - 6), head)
      .some((other) => other.pos === 'VERB' && SAID.has(other.normal));
  if (window.some((token) => reportedWill(token))) found.add('future');
  if (
    window.some(
      (token) =>
        (HEDGES.has(token.lemma) || HEDGES.has(token.normal)) &&
        !reportedWill(token) &&
        !quotedName(tokens, token) &&
        !readiesFor(tokens, token),
    ) ||
    // "Korea expects the US will extend", "it is expected that the rate will be lower": an expectation governs
    // its whole clause, unlike the plan in "is expected to".
    before.some(
      (token, i) => EXPECTATIONS.has(token.lemma) && token.pos === 'VERB' && before[i + 1]?.normal !== 'to',
    ) ||
    // "in an effort to lower", "a declaration of intent to reduce": a purpose, not a deed (unlike "an effort failed").
    lead.some((token, i) => PURPOSES.has(token.lemma) && lead[i + 1]?.normal === 'to') ||
    // "discussions on extending the truce", "talks about lowering tariffs": the topic of talks, not a deed.
    (/ing$/.test(headToken.normal) && TOPIC_LINKS.has(tokens[wordBefore(tokens, head)]?.normal ?? ''))
  )
    found.add('hedged');
  for (let i = clause.from; i < clause.to; i += 1)
    if (isCondition(tokens, i)) {
      found.add('conditional');
      break;
    }
  if (
    window.some((token) => FUTURE.has(token.lemma) || FUTURE.has(token.normal)) ||
    (infinitiveTo >= 0 && headToken.pos !== 'NOUN') ||
    // "the summit to be held in Gyeongju": a passive infinitive.
    (head > 1 && tokens[head - 2].normal === 'to' && tokens[head - 1].normal === 'be') ||
    // Only before the match: "cancelled plans to meet" is no plan of its own.
    lead.some((token, i) => PLANNED.has(token.lemma) && lead[i + 1]?.normal === 'to') ||
    window.some((token) => token.lemma === 'be' && after(token, 1)?.normal === 'to') ||
    window.some((token) => token.lemma === 'go' && after(token, 1)?.normal === 'to')
  )
    found.add('future');
  // "was set to depart", "were to begin", "was supposed to attend": a plan as it stood, usually undone since;
  // also for the purpose after it ("was due to leave on Wednesday to join the talks on Thursday").
  if (
    (infinitiveTo >= 0 ? [...before, ...inside, ...trailing] : window).some(
      (token) =>
        (token.normal === 'was' || token.normal === 'were') &&
        (after(token, 1)?.normal === 'to' ||
          ((PLANNED.has(after(token, 1)?.lemma ?? '') || after(token, 1)?.lemma === 'suppose') &&
            after(token, 2)?.normal === 'to')),
    ) ||
    // "had planned to visit", "had intended to attend": the pluperfect of a plan.
    window.some(
      (token) =>
        token.normal === 'had' &&
        ['plan', 'intend', 'hope', 'schedule', 'expect'].includes(after(token, 1)?.lemma ?? '') &&
        after(token, 2)?.normal === 'to',
    )
  )
    found.add('pastplan');
  // Tense is the head verb's own (or its auxiliary's): "said he is raising" is present.
  const auxiliary = head > 0 ? tokens[head - 1] : undefined;
  const beforeAuxiliary = head > 1 ? tokens[head - 2] : undefined;
  const clauseVerbPast = tokens
    .slice(clause.from, lastMatched + 1)
    .some(
      (token, i, span) =>
        isPastForm(token) &&
        !isReducedRelative(tokens, clause.from + i, clause) &&
        !REPORTING.has(token.lemma) &&
        !PLANNED.has(token.lemma) &&
        !['be', 'been', 'will'].includes(span[i - 1]?.normal ?? ''),
    );
  const implicativePast =
    implicative &&
    (isPastForm(tokens[marker - 1]) || ['was', 'were'].includes(tokens[marker - 2]?.normal ?? ''));
  if (
    (isPastForm(headToken) && !presentPassive(tokens, clause, head)) ||
    implicativePast ||
    (headToken.pos !== 'VERB' && clauseVerbPast) ||
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
  if (
    clauseTokens.some(
      (token, i) =>
        (OLD_MARKERS.has(token.normal) && !describesNounBefore(i)) ||
        (token.normal === 'earlier' && clauseTokens[i + 1]?.pos === 'NOUN'),
    )
  )
    found.add('recap');
  // "for Washington to retroactively lower the levy": the tagger may read a verb after "to" as an adjective.
  const verbAfterTo =
    headToken.pos === 'VERB' || (headToken.pos === 'ADJ' && tokens[infinitiveTo]?.pos === 'PART');
  if (infinitiveTo >= 0 && verbAfterTo && !DECIDED.has(tokens[infinitiveTo - 1]?.lemma ?? ''))
    found.add('infinitive');
  // The purpose of a trip already made was a plan as it stood then, not one still ahead.
  if (infinitiveTo >= 0 && tripTaken(tokens, infinitiveTo)) found.add('pastplan');
  if (pluperfect) found.add('pluperfect');
  const sentence = wordsOfSentence(tokens);
  if (sentence.reported) found.add('reported');
  if (sentence.announced) found.add('announced');
  if (sentence.unconfirmed) found.add('unconfirmed');
  if (sentence.firstDenial >= 0 && sentence.firstDenial < head + 12) found.add('denial');
  if (sentence.question) found.add('question');
  if (
    !clause.simultaneous &&
    [
      'when',
      'which',
      'that',
      'after',
      'since',
      'as',
      'while',
      'because',
      'although',
      'though',
      'before',
    ].includes(tokens[clause.from]?.normal ?? '') &&
    !openerIsPhrase(tokens, clause, head) &&
    !justAfter(tokens, clause.from)
  )
    found.add('subordinate');
  const gerund = /ing$/.test(headToken.normal) && headToken.pos === 'VERB';
  const progressive = tokens
    .slice(Math.max(clause.from, head - 3), head)
    .some((token) => token.lemma === 'be');
  if (
    (gerund && !progressive) ||
    (head > 0 && tokens[head - 1].pos === 'DET' && headToken.pos !== 'NOUN' && headToken.pos !== 'PROPN') ||
    // "the recently imposed tariff hikes"
    (head > 1 && tokens[head - 2].pos === 'DET' && tokens[head - 1].pos === 'ADV' && isPastForm(headToken)) ||
    // "Seoul's pledged $350 billion", "its agreed 15% rate": a participle used as an adjective.
    (head > 0 && POSSESSIVES.has(tokens[head - 1].normal) && isPastForm(headToken)) ||
    // ... and so after a preposition, before its noun: "at reduced tariffs", "under lowered duties".
    (head > 0 &&
      tokens[head - 1].pos === 'ADP' &&
      isPastForm(headToken) &&
      ['NOUN', 'PROPN'].includes(tokens[head + 1]?.pos ?? ''))
  )
    found.add('nonfinite');
  // "to discuss the agreement reached in July": the participle describes the object, it reports nothing.
  if (
    isReducedRelative(tokens, head, clause) ||
    hyphenCompound(tokens, head) ||
    prenominalParticiple(tokens, head)
  )
    found.add('attributive');
  if (describesNoun(tokens, Math.min(head, ...matched), lastMatched)) found.add('described');
  // "tariffs would have risen to 145% without the extension": what did not happen.
  const auxiliaries = tokens.slice(Math.max(clause.from, head - 3), head);
  if (auxiliaries.some((token, i) => MODALS.has(token.normal) && auxiliaries[i + 1]?.normal === 'have'))
    found.add('supposition');
  if (opensBackgroundClause(tokens, clause, head)) found.add('subordinate');
  return found;
}

/** Where a noun phrase may end, before "that" or "which" opens a relative clause on it. */
const NOUN_ENDS = new Set(['NOUN', 'PROPN', 'NUM']);

/** Words before "after" that keep what follows in the same news: "hours after", "shortly after", "right after". */
const MOMENTS = new Set(['hours', 'hour', 'minutes', 'moments', 'shortly', 'soon', 'right', 'immediately']);

/** "just hours after Trump signed the order": what the "after" clause tells is as fresh as the news itself. */
function justAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.normal === 'after' && MOMENTS.has(tokens[at - 1]?.normal ?? '');
}

const BACKGROUND_CONJUNCTIONS = new Set(['since', 'after', 'before', 'when', 'once', 'because']);

/**
 * "the first talks since Trump's tariffs took effect", "four days after both sides reached an agreement": a conjunction with no comma before the head's own
 * subject makes the head the verb of a background clause ("since April" names a time, not a clause).
 */
function opensBackgroundClause(tokens: Token[], clause: Clause, head: number): boolean {
  for (let i = head - 1; i > clause.from && i >= head - 8; i -= 1) {
    const token = tokens[i];
    if (token.pos === 'VERB' || token.classes.includes('DATE') || token.classes.includes('NUM')) return false;
    // "The announcement came after the negotiators held a seven-hour meeting": the news the story hangs on.
    if (BACKGROUND_CONJUNCTIONS.has(token.normal))
      return i < head - 1 && tokens[i - 1]?.lemma !== 'come' && !justAfter(tokens, i);
  }
  return false;
}
