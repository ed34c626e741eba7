import type { Token } from './annotate';
import type { Clause } from './clauses';
import {
  CHANCE_ADJECTIVES,
  EXPECTATIONS,
  IMPLICATIVE,
  MODALS,
  NEGATORS,
  NOUN_ENDS,
  REFUSALS,
  RELATIVE_OPENERS,
  VERB_NEGATORS,
  isBareVerb,
  isPastForm,
  isVerb,
  isVerbIng,
} from './words';
import { wordBefore } from './verb-forms';
import { questionAfterHead } from './clause-condition';
import { rankedBefore } from './infinitive-readings';

/**
 * "is expected", "are widely expected", "is possible": the participle of an expectation or an adjective of chance
 * after the first verb past the match, a form of "be" with no comma or "and" before it; in a headline, which drops
 * its "is", the adjective itself ("Lower tariffs likely in December"); else nothing.
 */
function expectedAfter(tokens: Token[], lastMatched: number, end: number): Token[] {
  let at = lastMatched + 1;
  // A participle after an article describes a noun ("from the existing 25%"); it is not the clause's verb.
  while (at < end && (!isVerb(tokens[at]) || tokens[at - 1].pos === 'DET')) {
    if (tokens[at].pos === 'CCONJ' || tokens[at].text === ',') return [];
    // A headline in title case is tagged as names throughout: "Tariff Cut Likely By December".
    if (['ADJ', 'PROPN'].includes(tokens[at].pos) && CHANCE_ADJECTIVES.has(tokens[at].normal))
      return [tokens[at]];
    at += 1;
  }
  if (tokens[at]?.lemma !== 'be') return [];
  at += 1;
  while (tokens[at]?.pos === 'ADV') at += 1;
  const next = tokens[at];
  return next && (EXPECTATIONS.has(next.lemma) || CHANCE_ADJECTIVES.has(next.normal)) ? [next] : [];
}

/** The words around a match that decide how its clause reports it: read once, then by each polarity in turn. */
export interface ClauseFrame {
  tokens: Token[];
  clause: Clause;
  head: number;
  matched: Set<number>;
  headToken: Token;
  lastMatched: number;
  /** The clause's words before the head (less negators the match holds), and the last seven of them. */
  before: Token[];
  lead: Token[];
  /** Words between the head and the last matched word, up to a relative clause on a noun there. */
  inside: Token[];
  /** A modal right after the match, or the modal verb a matched noun phrase is the subject of. */
  trailing: Token[];
  window: Token[];
  /**
   * Where the head's own predicate starts: after "and", "but" or a comma that joins it, a tensed verb, to an
   * earlier one ("said the deal was not finalised and warned of tariffs"); otherwise the clause's start.
   */
  ownPredicateFrom: number;
  /** The "to" of the head's infinitive (-1: none), and whether an implicative verb ("managed to") carries it. */
  marker: number;
  implicative: boolean;
  infinitiveTo: number;
  /** The head is a verb of that infinitive that the tagger read as a noun (see joinedBareVerb). */
  verbReadAsNoun: boolean;
  /** A noun head's verb, the one whose object it is ("to negotiate [the] reduction"); -1: none. */
  governingVerb: number;
  /** A matched noun phrase denied by its own verb: "the cut ... has not been carried out". */
  nounDenied: boolean;
  /** The sentence's own word `step` places after a token. */
  after: (token: Token, step: number) => Token | undefined;
}

/** Words of a noun phrase between a verb and its object's head: "negotiate [the] reduction", "secure [a further] cut". */
const OBJECT_WORDS = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** The verb whose object the noun at `head` is, across the words of its noun phrase; -1 when none is. */
function verbOfObject(tokens: Token[], head: number, from: number): number {
  for (let at = head - 1; at >= from; at -= 1) {
    if (isVerb(tokens[at])) return at;
    if (!OBJECT_WORDS.has(tokens[at].pos)) return -1;
  }
  return -1;
}

/**
 * "to fly to Washington, sign tariff deal", "to visit Seoul and seal trade pact": in headline style the tagger
 * reads the second verb of an infinitive as a noun; a bare word straight after the joining comma or "and" is that
 * verb.
 */
function joinedBareVerb(tokens: Token[], head: number, infinitiveTo: number): boolean {
  const joiner = wordBefore(tokens, head);
  return (
    infinitiveTo >= 0 &&
    joiner > infinitiveTo + 1 &&
    tokens[head].pos === 'NOUN' &&
    tokens[head].normal === tokens[head].lemma &&
    (tokens[joiner].normal === 'and' || tokens[joiner].text === ',')
  );
}

/**
 * The comma at `at` closes an aside on a noun (it stands right before the coordinator at `coordinator`: "the
 * first round, held last week, and ...") or opens one (a past participle or a relative pronoun after it).
 */
function asideComma(tokens: Token[], at: number, coordinator: number): boolean {
  const next = tokens[at + 1];
  if (at === coordinator - 1) return true;
  return RELATIVE_OPENERS.has(next.normal) || (next.pos === 'VERB' && isPastForm(next));
}

/**
 * The "to" of the head's infinitive: right before it, or before the first of two joined verbs ("present to
 * continue the conversation and quickly strike deals"). -1 when the head is no infinitive.
 */
export function infinitiveMarker(tokens: Token[], head: number): number {
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
  // A comma goes on a list of bare verbs: "aims to deepen ties, widen access and cut tariffs", and past an aside
  // on a noun: "hopes to build on the first round, held last week, and conclude a deal".
  const reach = bare ? i : 8;
  for (let k = i - 1; k > Math.max(0, i - reach); k -= 1) {
    if (['.', ';'].includes(tokens[k].text)) return -1;
    if (tokens[k].text === ',' && !(bare && (isBareVerb(tokens[k + 1]) || asideComma(tokens, k, i))))
      return -1;
    if (tokens[k].pos === 'VERB' && tokens[k - 1]?.normal === 'to') return k - 1;
  }
  return -1;
}

const JOINING = new Set(['and', 'but', ',']);
function coordinatedPredicateStart(tokens: Token[], clause: Clause, head: number): number {
  const headToken = tokens[head];
  if (headToken.pos !== 'VERB' || isBareVerb(headToken) || isVerbIng(headToken)) return clause.from;
  let joint = head - 1;
  while (joint > clause.from && tokens[joint].pos === 'ADV') joint -= 1;
  if (!JOINING.has(tokens[joint]?.normal ?? '')) return clause.from;
  for (let k = clause.from; k < joint; k += 1) if (tokens[k].pos === 'VERB') return joint;
  return clause.from;
}

export function frameClause(
  tokens: Token[],
  clause: Clause,
  head: number,
  matched: Set<number>,
): ClauseFrame {
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
  const verbReadAsNoun = joinedBareVerb(tokens, head, infinitiveTo);
  const governingVerb = isVerb(headToken) || verbReadAsNoun ? -1 : verbOfObject(tokens, head, clause.from);
  // A modal right after the match governs it too ("a deal announced on Friday could still fall apart").
  // ... and so does the first verb after a matched noun phrase ("a cut in the tariff on Korean cars would help").
  // "remain at odds over whether the fund should be paid in cash": a question after the match has verbs of its own.
  let ownEnd = lastMatched + 1;
  while (ownEnd < clause.to && !questionAfterHead(tokens, ownEnd, head)) ownEnd += 1;
  const nextVerb = tokens.slice(lastMatched + 1, Math.min(ownEnd, lastMatched + 9)).find(isVerb);
  const trailing = [
    ...tokens
      .slice(lastMatched + 1, Math.min(ownEnd, lastMatched + 4))
      .filter((token) => token.pos === 'AUX' && MODALS.has(token.normal)),
    ...(nextVerb && !isVerb(headToken) && nextVerb.pos === 'AUX' && MODALS.has(nextVerb.normal)
      ? [nextVerb]
      : []),
    // ... and "is expected" after it ("a further cut in tariffs is expected to follow soon"): a forecast.
    ...(isVerb(headToken) ? [] : expectedAfter(tokens, lastMatched, clause.to)),
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
  const ownPredicateFrom = coordinatedPredicateStart(tokens, clause, head);
  // The sentence's own next words, not the window's: "was unable to reach" has no "was to" in it.
  const after = (token: Token, step: number) => tokens[tokens.indexOf(token) + step];
  const window = [...lead, ...inside, ...trailing];
  return {
    tokens,
    clause,
    head,
    matched,
    headToken,
    lastMatched,
    before,
    lead,
    inside,
    trailing,
    window,
    marker,
    implicative,
    infinitiveTo,
    verbReadAsNoun,
    governingVerb,
    nounDenied,
    after,
    ownPredicateFrom,
  };
}

/** Words of the object between "help" and its bare verb: "help [Seoul and Tokyo] settle". */
const HELPED_OBJECT = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'CCONJ', 'ADJ']);

/**
 * "would help Seoul and Washington strike a deal", "to help them seal it": the bare verb after a "help" that is
 * itself bare (after a modal, "to" or another bare verb) is what the help aims at, still to come; after "helped"
 * it happened.
 */
export function afterBareHelp(tokens: Token[], head: number): boolean {
  const headToken = tokens[head];
  // The tagger reads the verb after a name as a noun now and then ("help the US clinch a deal").
  if (headToken.normal !== headToken.lemma || !['VERB', 'NOUN'].includes(headToken.pos)) return false;
  for (let at = head - 1; at >= Math.max(0, head - 6); at -= 1) {
    const token = tokens[at];
    if (token.lemma === 'help' && token.pos === 'VERB') return token.normal === 'help';
    if (!HELPED_OBJECT.has(token.pos)) return false;
  }
  return false;
}
