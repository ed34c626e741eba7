import type { SignalType } from '../../model/signals';
import type { Polarity } from '../nlp/clauses';

/** Where the sentence stands in the article and what it names, beyond its own clause. */
export type ContextNeed =
  /** The sentence (or the one before) names the other side, or speaks of both sides / the negotiation. */
  | 'counterpart'
  /** The title or the first sentences. */
  | 'lead'
  /** The title or the first eight sentences: where a story tells its news, before the colour and background. */
  | 'early'
  | 'title'
  /** The sentence names a day after publication. */
  | 'futureDate'
  /** The sentence names the main track's partner, or no other partner (it speaks of the main track). */
  | 'mainParty'
  /** The sentence names a time close to publication (a weekday, "this week", a recent date). */
  | 'anchored'
  /** The sentence names when: a date not yet past, a month or a weekday, "next week", "in the coming days". */
  | 'timed'
  /**
   * The sentence is in the lead, names a time close to publication, or names a day to come: news of now. In an
   * article with no publication day, every sentence (how old its news is cannot be told).
   */
  | 'current'
  /** 'current', or a threat still hanging on the talks: "if no deal is reached", "unless", "by the deadline". */
  | 'pending';

/**
 * A signal rule is data: token patterns over lemmas and entity classes, the clause polarities it needs or
 * forbids, a base confidence, and sentences it must and must not fire on (run by rules.spec.ts).
 *
 * Pattern syntax: elements separated by spaces; `a|b` alternatives (lemmas, lower case); upper-case names are
 * entity classes (PARTY: a party of the main track, OTHER_PARTY, RATE, DATE, MONEY, NUM); `~N` lets up to N
 * other tokens stand before the next element, `~Nnp` only words of a noun phrase (a verb's object: no preposition,
 * verb or clause comma between); a trailing `?` makes an element optional, a trailing `^` admits
 * only a verb ("pause^": the verb, not the noun), and `/POS` after one word admits it only as that part of
 * speech ("official/NOUN": the person, not "an official letter"); `@` marks the head
 * (the token whose clause and tense are judged; default: the first element).
 */
export interface SignalRule {
  id: string;
  signal: SignalType;
  patterns: string[];
  confidence: number;
  /** Every one of these must hold in the head's clause. */
  require?: Polarity[];
  /** At least one of these must hold. */
  requireAny?: Polarity[];
  /** Added to the signal's default forbidden polarities. */
  forbid?: Polarity[];
  /** Removed from the signal's default forbidden polarities. */
  allow?: Polarity[];
  needs?: ContextNeed[];
  /** Lemmas that, anywhere in the clause, mean the pattern speaks of something else ("call/NOUN": only as that part of speech). */
  unless?: string[];
  /**
   * Lemmas that, anywhere in the clause, overrule a match unless one of its verbs is finite with the rest of the
   * match after it: talks or a meeting whose topic or aim the move is ("talks on extending the truce", "will meet
   * to extend it"). A move made ("the meeting has extended the truce", "he was pausing the tariffs to make room for
   * negotiations") stands.
   */
  unlessTopic?: string[];
  /**
   * Lemmas that overrule a match as the object right after its head: "meet the partner's requirements" with
   * 'requirement'; "demand/NOUN" only as that part of speech.
   */
  unlessObject?: string[];
  /**
   * When the head is a verb with an object noun phrase of its own, that object's head noun must be one of these
   * lemmas: "postponed the talks" puts the talks off, "talks ran on, postponing his return" puts off the return.
   */
  objectOnly?: string[];
  /** Lemmas of a verb whose object the head is that overrule the match: "ending a months-long standoff". */
  unlessObjectOf?: string[];
  /**
   * Lemmas that overrule the match before its head in the clause: its subject ("lawmakers agreed"), or what a
   * nominal head is set against ("amid the imposition of tariffs").
   */
  unlessSubject?: readonly string[];
  /**
   * Lemmas that name a meeting the home side's own ("an emergency meeting", "crisis talks") unless the other side is
   * named taking part in it ("emergency talks with Greer"): see oneSidedMeeting in subject.ts.
   */
  unlessOneSided?: readonly string[];
  /**
   * A deal is agreed by both sides: the partner alone agreeing to do something ("India agreed to buy US goods") is its
   * undertaking, unless the other side or the pair is named agreeing, or a deal is named in the clause: see
   * agreedByPartnerAlone in subject.ts.
   */
  unlessPartnerAlone?: boolean;
  examples: string[];
  counterexamples: string[];
}
