import type { Token } from './annotate';
import type { Clause } from './clauses';
import {
  AGREEMENT_NOUNS,
  HYPHENS,
  NOUN_ENDS,
  MEETING_NOUNS,
  NOUN_PHRASE,
  POSSESSIVES,
  PRESENT_BE,
  PRESENT_HAVE,
  PRESENT_LINKING,
  READYING,
  RELATIVE_LINKS,
  REPORTING,
  TRAVEL,
  isPastForm,
  PRAISING,
  AGENDA_VERBS,
} from './words';

/** What a verb form is doing in its sentence: the main verb, a participle describing a noun, a purpose. */

/** Whether a hyphen (or an en dash) between two tokens has a space before it and after it; null when the token is none. */
function spacesAroundHyphen(tokens: Token[], at: number): [boolean, boolean] | null {
  const token = tokens[at];
  if (!HYPHENS.has(token?.normal ?? '') || at === 0 || at + 1 >= tokens.length) return null;
  return [tokens[at - 1].end < token.start, token.end < tokens[at + 1].start];
}

/** "Korea-US", "U.S.–Japan", "U.S.-imposed": a hyphen or en dash with no space on either side joins its neighbours into one word. */
export function gluedHyphen(tokens: Token[], at: number): boolean {
  const spaces = spacesAroundHyphen(tokens, at);
  return !!spaces && !spaces[0] && !spaces[1];
}

/** " - " with spaces round it is a dash typed as a hyphen ("The 39% levy - among the highest - took effect"). */
export function spacedHyphen(tokens: Token[], at: number): boolean {
  const spaces = spacesAroundHyphen(tokens, at);
  return !!spaces && spaces[0] && spaces[1];
}

/**
 * "a levy on the cars imported from Korea": a participle that describes the object before it, not the
 * clause's own verb (its noun phrase follows a preposition or a verb).
 */
export function isReducedRelative(
  tokens: Token[],
  i: number,
  clause?: { from: number; to: number },
): boolean {
  if (!isPastForm(tokens[i]) || tokens[i - 1]?.pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  // "reached in July", "announced this week": a preposition or a time follows, not an object.
  if (!next || !(RELATIVE_LINKS.has(next.normal) || next.classes.includes('DATE'))) return false;
  // "tariffs on Korean goods kicked in at midnight": a particle with no object of its own ends a phrasal verb.
  const afterNext = tokens[i + 2];
  if (next.normal === 'in' && (!afterNext || afterNext.pos === 'ADP' || afterNext.pos === 'PUNCT'))
    return false;
  const from = clause?.from ?? 0;
  const to = clause?.to ?? tokens.length;
  const finiteElsewhere = () =>
    tokens.some((_, k) => k !== i && k >= from && k < to && isFiniteVerb(tokens, k));
  let j = i - 1;
  // "the Korea-US tariff agreement", "the stalled talks": hyphens and participles after a determiner are
  // words of the noun phrase.
  const inPhrase = (k: number) =>
    NOUN_PHRASE.has(tokens[k].pos) ||
    HYPHENS.has(tokens[k].text) ||
    (isPastForm(tokens[k]) && tokens[k - 1]?.pos === 'DET');
  while (j > 0 && inPhrase(j - 1)) j -= 1;
  // "relief to exporters and the factories threatened by the levies": right after its noun and with its
  // agent, a participle is a passive describing the noun, unless the noun opens the clause ("Offer rejected by US").
  if (next.normal === 'by') return j > from || finiteElsewhere();
  const before = tokens[j - 1];
  if (!before || before.normal === 'under') return false;
  // "said talks resumed in Seoul": after a reporting verb the noun is a subject, and its verb is finite, unless a
  // finite verb of its own comes later ("said the terms negotiated with Seoul were fair").
  if ((before.pos === 'VERB' && REPORTING.has(before.lemma)) || before.normal === 'that')
    return tokens.some((_, k) => k > i + 1 && k < to && isFiniteVerb(tokens, k));
  if (before.pos !== 'ADP' && before.pos !== 'VERB') return false;
  // "Teams from both governments met in Kuala Lumpur to begin talks": with no other finite verb, it is the main one
  // (of its own clause: in "spoke to reporters as the next round of talks commenced" it is the verb).
  return finiteElsewhere();
}

/**
 * "the accord negotiated with Seoul", "the framework discussed with Lutnick last week": an agreement cannot
 * negotiate or discuss, so the talk verb right after it is a participle describing it, even as a clause's only verb.
 */
export function talkedAboutAgreement(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    isPastForm(tokens[i]) &&
    ['negotiate', 'discuss'].includes(tokens[i].lemma) &&
    AGREEMENT_NOUNS.has(tokens[i - 1]?.lemma ?? '') &&
    (!next || next.pos === 'ADP' || next.pos === 'PUNCT' || next.classes.includes('DATE'))
  );
}

/** "after holding what he called constructive talks": "called" quotes a description, it hedges nothing. */
export function quotedName(tokens: Token[], token: Token): boolean {
  if (token.lemma !== 'call') return false;
  const at = tokens.indexOf(token);
  return tokens[at - 1]?.normal === 'what' || tokens[at - 2]?.normal === 'what';
}

const ASKING = new Set(['propose', 'demand', 'insist', 'request', 'recommend', 'ask', 'urge', 'press']);

/**
 * "proposed that the levies should remain", "asked Washington to consider cutting its levy": after a verb of asking
 * or proposing, a hedge in what is asked for ("should", "consider") states the request; it hedges nothing about
 * the asking itself.
 */
export function askedFor(tokens: Token[], token: Token, head: number): boolean {
  if (!ASKING.has(tokens[head]?.lemma ?? '')) return false;
  const at = tokens.indexOf(token);
  return tokens.slice(head + 1, at).some((word) => word.normal === 'that' || word.normal === 'to');
}

/**
 * "preparing for next week's talks", "ready for the summit": readying for a meeting says it is planned. Only
 * "to" after the word leaves the deed open ("prepares to impose", "ready to cut").
 */
export function readiesFor(tokens: Token[], token: Token): boolean {
  const at = tokens.indexOf(token);
  if (!READYING.has(token.lemma)) return false;
  // "is preparing to head to Washington": readying to travel is a trip planned, not a deed left open.
  if (tokens[at + 1]?.normal === 'to' && TRAVEL.has(tokens[at + 2]?.lemma ?? '')) return true;
  if (tokens[at + 1]?.normal !== 'for') return false;
  return tokens.slice(at + 2, at + 7).some((word) => word.pos === 'NOUN' && MEETING_NOUNS.has(word.lemma));
}

/** The word before the head, past its adverbs: "talked about quickly landing deals". */
export function wordBefore(tokens: Token[], head: number): number {
  let i = head - 1;
  while (i > 0 && tokens[i].pos === 'ADV') i -= 1;
  return i;
}

/**
 * "which tariffs are applied together", "the talks remain focused on autos": a participle after a present "is",
 * "are" or "remain" tells what holds, not what happened.
 */
export function presentPassive(tokens: Token[], clause: Clause, head: number): boolean {
  const i = wordBefore(tokens, head);
  return i >= clause.from && (PRESENT_BE.has(tokens[i].normal) || PRESENT_LINKING.has(tokens[i].normal));
}

/**
 * "are negotiating", "are still discussing", "are being conducted": the present progressive, active or passive,
 * tells something going on, not a step done. So does "being" and a participle right after a noun ("hopes of
 * the deal being signed this week"): the deal is still in the making.
 */
export function presentProgressive(tokens: Token[], clause: Clause, head: number): boolean {
  if (/ing$/.test(tokens[head].normal))
    return presentPassive(tokens, clause, head) || presentPerfectProgressive(tokens, clause, head);
  const being = head - 1;
  if (tokens[being]?.normal !== 'being' || !isPastForm(tokens[head])) return false;
  return presentPassive(tokens, clause, being) || NOUN_ENDS.has(tokens[being - 1]?.pos ?? '');
}

/** "have been negotiating", "has also been seeking": still going on now, as "are negotiating" is. */
function presentPerfectProgressive(tokens: Token[], clause: Clause, head: number): boolean {
  const been = wordBefore(tokens, head);
  if (been < clause.from || tokens[been].normal !== 'been') return false;
  const have = wordBefore(tokens, been);
  return have >= clause.from && PRESENT_HAVE.has(tokens[have].normal);
}

/** "U.S.-imposed tariffs", "Trump-announced levies": a participle glued to a word before it is an adjective. */
export function hyphenCompound(tokens: Token[], head: number): boolean {
  return gluedHyphen(tokens, head - 1) && isPastForm(tokens[head]);
}

/** "its revised offer", "the agreed rate": a past participle right after a determiner or a possessive describes a noun. */
export function participleAfterDeterminer(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && isPastForm(tokens[i]) && (before.pos === 'DET' || POSSESSIVES.has(before.normal));
}

/**
 * "a negotiated approach", "the agreed 15% rate", "a structured, negotiated approach": a participle between a
 * determiner or preposition (past adjectives, adverbs and commas) and the noun it describes is an adjective.
 */
export function prenominalParticiple(tokens: Token[], head: number): boolean {
  const next = tokens[head + 1];
  if (!isPastForm(tokens[head]) || !next || !['NOUN', 'ADJ', 'NUM'].includes(next.pos)) return false;
  for (let k = head - 1; k >= Math.max(0, head - 4); k -= 1) {
    const token = tokens[k];
    // Headlines drop the article right after a preposition: "talks on proposed bilateral pact".
    if (token.pos === 'DET' || (token.pos === 'ADP' && k === head - 1)) return true;
    if (!(token.pos === 'ADJ' || token.pos === 'ADV' || token.text === ',' || isPastForm(token)))
      return false;
  }
  return false;
}

/**
 * "talks aimed at a deal remain unresolved", "negotiations sought by Seoul stalled": a participle right after its
 * noun, with the clause's own finite verb still to come, describes the noun; it is not the clause's verb.
 */
export function participleAfterItsNoun(tokens: Token[], i: number, head: number): boolean {
  if (!isPastForm(tokens[i]) || !['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '')) return false;
  for (let k = i + 1; k <= head; k += 1) if (isFiniteVerb(tokens, k)) return true;
  return false;
}

export function isFiniteVerb(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (token.pos !== 'VERB' && token.pos !== 'AUX') return false;
  if (tokens[k - 1]?.normal === 'to' || /ing$/.test(token.normal)) return false;
  // "with a schedule sketched for the coming weeks": another participle after its noun.
  const next = tokens[k + 1];
  const linked = !!next && (next.pos === 'ADP' || next.classes.includes('DATE'));
  return !(isPastForm(token) && tokens[k - 1]?.pos === 'NOUN' && linked);
}

/** "from May 12 to May 14", "in May": the month, not the modal "may" (a preposition before it, or its day after). */
export function monthMay(tokens: Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'may') return false;
  return tokens[i - 1]?.pos === 'ADP' || tokens[i + 1]?.classes.includes('NUM') === true;
}

/** The nearest verb or auxiliary before `at` in its clause; -1 when none is. */
export function verbBefore(tokens: Token[], clauseFrom: number, at: number): number {
  for (let k = at - 1; k >= clauseFrom; k -= 1)
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return k;
  return -1;
}

/**
 * "the talks will cover soybeans and extending the truce": a gerund that a verb of an agenda lists is a topic. The
 * list may run past the clause's start (", and extending ..."), so the verb is sought in the whole sentence.
 */
export function agendaItem(tokens: Token[], at: number): boolean {
  const verb = verbBefore(tokens, 0, at);
  return verb >= 0 && AGENDA_VERBS.has(tokens[verb].lemma);
}

/**
 * "congratulated the team on sealing the pact", "praised Lutnick for clinching the accord": a
 * gerund after "on" or "for" that a finite verb of praise credits tells a deed done, not a topic or an aim.
 */
export function deedPraised(tokens: Token[], clauseFrom: number, head: number): boolean {
  if (!['on', 'for'].includes(tokens[head - 1]?.normal ?? '')) return false;
  const verb = verbBefore(tokens, clauseFrom, head - 1);
  return verb >= 0 && PRAISING.has(tokens[verb].lemma) && isFiniteVerb(tokens, verb);
}

/**
 * A headline drops its auxiliary: in "Tariff Pact Teetering as Talks Drag" the gerund right after its subject is the
 * predicate ("is teetering"), not a modifier, when the headline's clause has no finite verb of its own.
 */
export function headlineGerundPredicate(
  tokens: Token[],
  clause: { from: number; to: number },
  head: number,
): boolean {
  const token = tokens[head];
  if (token.pos !== 'VERB' || !/ing$/.test(token.normal)) return false;
  if (!['NOUN', 'PROPN'].includes(tokens[head - 1]?.pos ?? '')) return false;
  for (let k = clause.from; k < clause.to; k += 1) if (k !== head && isFiniteVerb(tokens, k)) return false;
  return true;
}
