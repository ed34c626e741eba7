import { namesDayToCome, type SentenceContext } from './context';
import { toIsoDate, type CalendarDate } from './calendar';
import { DEADLINE_WORD, type DeadlineCandidate } from './deadline';
import { PERCENT, percentValue } from './rates';
import type { SignalFinding } from './rules/scan';
import {
  derivedAs,
  hasType,
  headlineImposedThreat,
  imposedAheadIsThreat,
  imposedByOrder,
  imposedWithoutEffect,
  reportsOrderMade,
} from './tariff-orders';

/** What the article states besides its signals, which the signals derived from others depend on. */
export interface ArticleFacts {
  contexts: SentenceContext[];
  deadline: DeadlineCandidate | null;
  published: CalendarDate | null;
  tariffRates: number[];
}

/** A pledge beside a deal is one of its terms ("as part of the deal, Tokyo has pledged to invest ..."). */
const DEAL_TERM = /\bpledg\w*/i;
/**
 * ... and so is one whose own sentence places it in the deal: "Under the deal, Korea pledged ...", "the pact under
 * which Seoul pledged".
 */
const IN_THE_DEAL =
  /\b(?:under|part of|in) (?:the|this|that|its|their|a|an) (?:[\w-]+ ){0,3}(?:deal|agreement|pact|accord)\b|\b(?:deal|agreement|pact|accord),? (?:under|in|by) which\b/i;

/** What the article as a whole says once the derivations ran: its signals, and the deadline it states. */
export interface DerivedArticle {
  signals: SignalFinding[];
  deadline: DeadlineCandidate | null;
}

/**
 * The signals the labels' conventions derive from others, after the rules have tagged each sentence: one place
 * for every signal that is read from the article as a whole rather than from one clause. The deadline the fact
 * reader found stands unless an order set it as a start date.
 */
export function deriveArticle(scanned: SignalFinding[], facts: ArticleFacts): DerivedArticle {
  // Both readings of the order ask the same question of every sentence: asked once, and only when needed.
  let ordered: boolean | undefined;
  const orderMade = () => (ordered ??= reportsOrderMade(facts.contexts));
  const signals = withoutBackdropDeadline(
    imposedWithoutEffect(
      imposedByOrder(
        imposedAheadIsThreat(
          headlineImposedThreat(withoutDealTerms(scanned), orderMade),
          facts.contexts,
          orderMade,
          deadlineAhead(facts),
        ),
        orderMade,
      ),
      facts.contexts,
      orderMade,
    ),
    facts.contexts,
  );
  const extension = setByExtension(signals, facts);
  if (extension) signals.push(extension);
  const threat = setByThreat(signals, facts);
  if (threat) signals.push(threat);
  const cut = reducedByDealRate(signals, facts);
  if (cut) signals.push(cut);
  const orderedStart = startSetByOrder(signals, facts.contexts, orderMade);
  return {
    signals: withoutHeldByCall(
      withoutHeldCalledOff(
        withoutCalledOffPlan(
          withoutPutOffHeldAnyway(
            withoutGapsBesideDeal(
              withoutSettledDeadline(orderedStart ? withoutStartDates(signals) : signals),
            ),
          ),
        ),
      ),
      facts.contexts,
    ),
    deadline: orderedStart ? null : facts.deadline,
  };
}

/** The article's deadline is a day after its publication: still to come. */
const deadlineAhead = ({ deadline, published }: ArticleFacts): boolean =>
  !!deadline && !!published && deadline.date > toIsoDate(published);

/**
 * Labels' convention: the day an ordered tariff takes effect is its implementation date, not a negotiation
 * deadline ("signed an order on Thursday; the 15% applies from Aug. 7"), unless the story speaks of a deadline.
 */
function startSetByOrder(
  signals: SignalFinding[],
  contexts: SentenceContext[],
  orderMade: () => boolean,
): boolean {
  if (!hasType(signals, 'tariff_imposed')) return false;
  if (contexts.some((context) => DEADLINE_WORD.test(context.text))) return false;
  return orderMade();
}

const withoutStartDates = (signals: SignalFinding[]) =>
  signals.filter((signal) => signal.type !== 'deadline_set' || !START_DATE_RULES.has(signal.rule));

/**
 * A rate to apply later is a threat only while there is no deal: with a deal tagged, it is the deal's rate unless
 * its own clause says what happens without one. A pledge beside a deal is likewise one of its terms, not an offer,
 * and so is one whose own sentence places it in the deal, deal tagged or not.
 */
function withoutDealTerms(scanned: SignalFinding[]): SignalFinding[] {
  const dealTagged = scanned.some((signal) => signal.type === 'deal_reached');
  const dealRate = (signal: SignalFinding) =>
    (dealTagged || IN_THE_DEAL.test(signal.evidence)) &&
    signal.type === 'tariff_threatened' &&
    !signal.polarity.includes('conditional');
  const dealTerm = (signal: SignalFinding) =>
    signal.type === 'proposal' &&
    DEAL_TERM.test(signal.evidence) &&
    (dealTagged || IN_THE_DEAL.test(signal.evidence));
  return scanned.filter((signal) => !dealRate(signal) && !dealTerm(signal));
}

/**
 * A deadline announced is a story's news and is told in its opening (the title or the first eight sentences, as a
 * stall is); one named further down ("gave a deadline of Nov. 10", "the day the truce ends") is the
 * backdrop of other news. The article still states it (the deadline fact is read before this) but reports no deadline
 * set. A threat or an extension told with its day sets one wherever it stands (below).
 */
function withoutBackdropDeadline(signals: SignalFinding[], contexts: SentenceContext[]): SignalFinding[] {
  const early = (signal: SignalFinding) =>
    contexts.some((context) => context.sentence.index === signal.sentence && context.early);
  return signals.filter((signal) => signal.type !== 'deadline_set' || early(signal));
}

/** An extension that names its new date also sets the deadline (spec: tagged both). */
function setByExtension(signals: SignalFinding[], facts: ArticleFacts): SignalFinding | null {
  const extended = signals.find((signal) => signal.type === 'deadline_extended');
  const { deadline } = facts;
  if (!extended || !deadline || hasType(signals, 'deadline_set')) return null;
  if (!namesFutureDate(facts, extended.evidence, deadline)) return null;
  return { ...extended, type: 'deadline_set', rule: 'deadline.set-by-extension' };
}

/**
 * A threat told with the day it is due announces that day as the deadline (spec: "a tariff deadline was
 * announced"), wherever the article names the day: "Korean exports will face a 25% levy ... The levy starts Aug. 1".
 */
function setByThreat(signals: SignalFinding[], facts: ArticleFacts): SignalFinding | null {
  const threat = signals.find((signal) => signal.type === 'tariff_threatened');
  const { deadline } = facts;
  if (!threat || !deadline || !deadlineAhead(facts) || hasType(signals, 'deadline_set')) return null;
  return { ...derivedAs(threat, 'deadline_set', 'deadline.set-by-threat'), evidence: deadline.sentence };
}

/**
 * Labels' convention: a deal that sets 15% where 25% was threatened or applied is a cut ("15% instead of 25%"), and so
 * is a deal whose own sentence or headline says it cuts the tariffs ("sign a trade deal to slash tariffs").
 */
function reducedByDealRate(signals: SignalFinding[], facts: ArticleFacts): SignalFinding | null {
  const deal = signals.find((signal) => signal.type === 'deal_reached');
  if (!deal || hasType(signals, 'tariff_reduced')) return null;
  const dealRate = lowestRate(deal.evidence) ?? dealRateElsewhere(facts);
  if (dealRate !== null && facts.tariffRates.some((rate) => rate > dealRate))
    return derivedAs(deal, 'tariff_reduced', 'tariff.reduced-by-deal-rate', Math.min(deal.raw, 0.7));
  const headline = facts.contexts.find((context) => context.sentence.isTitle)?.text ?? '';
  if (DEAL_CUTS_TARIFFS.test(deal.evidence) || DEAL_CUTS_TARIFFS.test(headline))
    return derivedAs(deal, 'tariff_reduced', 'tariff.reduced-by-deal-purpose', Math.min(deal.raw, 0.7));
  return null;
}

/** A deal named by the cut it makes: "a deal to slash tariffs", "an agreement that lowers duties on its cars". */
const DEAL_CUTS_TARIFFS =
  /\b(?:deal|agreement|pact|accord|framework)s?\s+(?:[\w'’-]+\s+){0,3}?(?:to|that|which|cutting|slashing|lowering|reducing)\s+(?:\w+\s+){0,2}(?:reduc|cut|slash|lower)\w*\s+(?:[\w'’-]+\s+){0,3}(?:tariffs?|duty|duties|levy|levies)\b/i;

/** Tariff start dates a deal makes moot; an extension, a reaffirmed date or "no extensions" stay news. */
const START_DATE_RULES = new Set([
  'deadline.start-announced',
  'deadline.tariff-start-date',
  'deadline.set-by-threat',
]);

/**
 * Labels' convention: a deal reported as news settles the deadline it was racing, so the day a tariff was to start
 * is no longer announced as a deadline. An extension beside the deal, or a deadline said to stand, still is.
 */
function withoutSettledDeadline(signals: SignalFinding[]): SignalFinding[] {
  if (!hasType(signals, 'deal_reached') || hasType(signals, 'deadline_extended')) return signals;
  return withoutStartDates(signals);
}

/**
 * Labels' convention: a story that reports a deal or the tariff cut it brings tells the issues still open as the
 * deal's remainder, not as talks that stalled ("pharmaceuticals remain unresolved", "follow-up talks to bridge
 * differences over the details"), unless the headline tells the stall as the story ("deal on the brink").
 */
function withoutGapsBesideDeal(signals: SignalFinding[]): SignalFinding[] {
  if (!hasType(signals, 'deal_reached') && !hasType(signals, 'tariff_reduced')) return signals;
  return signals.filter((signal) => signal.type !== 'no_breakthrough' || signal.sentence === -1);
}

/** "will meet on Thursday, after the meeting was postponed last week": a new plan made after a call-off. */
const AFTER_CALL_OFF =
  /\b(?:after|following|since|once)\b[^.;]{0,80}\b(?:postpon\w*|cancel\w*|called off|scrap\w*|put off|delay\w*|suspend\w*)/i;

/**
 * Labels' convention: a story of a meeting called off or put off reports that, not the plan it undid ("the talks
 * slated for Friday were put off"), even where another sentence still tells the plan. A plan made after the
 * call-off is news of its own.
 */
function withoutCalledOffPlan(signals: SignalFinding[]): SignalFinding[] {
  const calledOff = signals.find((signal) => signal.type === 'talks_cancelled');
  if (!calledOff || AFTER_CALL_OFF.test(calledOff.evidence)) return signals;
  return signals.filter(
    (signal) => signal.type !== 'talks_scheduled' || AFTER_CALL_OFF.test(signal.evidence),
  );
}

/** The meeting's own verb says it takes place: "was held", "will take place", "went ahead", "resumed". */
const HELD_ANYWAY =
  /\b(?:(?:is|are|was|were|be|been)\s+held|(?:take|takes|took|taken|taking)\s+place|(?:go|goes|went|gone)\s+ahead|resum(?:ed|es|ing))\b/i;
const NOT_HELD = /\b(?:not|no longer|never)\b|n['’]t\b/i;

/**
 * "The postponed meeting was held on Thursday", "the rescheduled talks will take place next week": a put-off told
 * as what the meeting is, in a clause that holds it, reports the meeting, not a call-off.
 */
function withoutPutOffHeldAnyway(signals: SignalFinding[]): SignalFinding[] {
  return signals.filter(
    (signal) =>
      signal.type !== 'talks_cancelled' ||
      signal.support > 1 ||
      !(signal.polarity.includes('attributive') || signal.polarity.includes('nonfinite')) ||
      !HELD_ANYWAY.test(signal.clause) ||
      NOT_HELD.test(signal.clause),
  );
}

/**
 * A sentence that tells talks called off tells no round held as well ("a day after Washington ended its tariff talks with
 * Seoul"): talks held found only there go.
 */
function withoutHeldCalledOff(signals: SignalFinding[]): SignalFinding[] {
  const calledOff = signals.find((signal) => signal.type === 'talks_cancelled');
  if (!calledOff) return signals;
  return signals.filter(
    (signal) => signal.type !== 'talks_held' || signal.support > 1 || signal.sentence !== calledOff.sentence,
  );
}

/** "spoke by phone", "a phone call with", "a call with Lula": the exchange the story tells was a call. */
const PHONE_CALL =
  /\b(?:phone|telephone)[\s-]+(?:call|conversation|talks?)\b|\b(?:spoke|speak|speaks|talked)\s+(?:by|over the|on the)\s+(?:phone|telephone)\b|\bcall\s+with\b/i;
/** Talks told only as a discussion ("Lula, Trump discuss tariffs"), with no meeting, visit or round named. */
const DISCUSSED = /\b(?:discuss\w*|spoke|speaks?|talked)\b/i;
const MET_IN_PERSON = /\b(?:met|meet\w*|visit\w*|summit|in person|round|delegation)\b/i;

/**
 * Labels' convention: leaders' phone calls are not talks held. A discussion found only where the story says the
 * exchange was a call ("the leaders talked trade for an hour", and elsewhere "in a phone call") goes.
 */
function withoutHeldByCall(signals: SignalFinding[], contexts: SentenceContext[]): SignalFinding[] {
  const held = signals.find((signal) => signal.type === 'talks_held');
  if (!held || !DISCUSSED.test(held.evidence) || MET_IN_PERSON.test(held.evidence)) return signals;
  if (!contexts.some((context) => PHONE_CALL.test(context.text))) return signals;
  return signals.filter((signal) => signal !== held);
}

/** "now runs until Nov. 10", "the new deadline of Aug. 12": a date told as where the deadline moved. */
const MOVED_TO = /\b(?:until|till|through|new|now|extend\w*|extensions?|push\w*|mov\w*)\b/i;

/**
 * The extension's own sentence names a day to come, or the deadline the article states for the track is still
 * to come and told as the new one ("The truce, which now runs until Nov. 10, ..."). The old date the extension
 * leaves ("the truce was due to lapse on Nov. 1") names no new one.
 */
function namesFutureDate(facts: ArticleFacts, sentence: string, deadline: DeadlineCandidate): boolean {
  if (deadlineAhead(facts) && MOVED_TO.test(deadline.sentence)) return true;
  const context = facts.contexts.find((candidate) => candidate.text === sentence);
  return !!context && namesDayToCome(context);
}

/** "Under the deal, Japanese goods will face a 15% tariff": the rate a sentence on the deal names, not a recap's. */
const ON_THE_DEAL = /\b(?:deal|agreement|pact|accord|framework)\b/i;
function dealRateElsewhere(facts: ArticleFacts): number | null {
  const rates = facts.contexts
    .filter((context) => ON_THE_DEAL.test(context.text) && !context.recap)
    .map((context) => lowestRate(context.text))
    .filter((rate): rate is number => rate !== null);
  return rates.length > 0 ? Math.min(...rates) : null;
}

/** The lowest rate a sentence names ("a 15% tariff"), or null. */
function lowestRate(sentence: string): number | null {
  const rates = [...sentence.matchAll(PERCENT)].map(percentValue);
  return rates.length > 0 ? Math.min(...rates) : null;
}
