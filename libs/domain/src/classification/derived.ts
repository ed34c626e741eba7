import { calibrate } from './calibration';
import type { SentenceContext } from './context';
import { toIsoDate, type CalendarDate } from './dates';
import { DEADLINE_WORD, type DeadlineCandidate } from './deadline';
import { PERCENT, PERCENT_TEXT } from './rates';
import type { SignalFinding } from './rules/scan';

/** What the article states besides its signals, which the signals derived from others depend on. */
export interface ArticleFacts {
  contexts: SentenceContext[];
  deadline: DeadlineCandidate | null;
  published: CalendarDate | null;
  tariffRates: number[];
}

/** A pledge beside a deal is one of its terms ("as part of the deal, Japan has pledged to invest ..."). */
const DEAL_TERM = /\bpledg\w*/i;
/** ... and so is one whose own sentence places it in the deal: "Under the deal, Korea pledged ...". */
const IN_THE_DEAL =
  /\b(?:under|part of|in) (?:the|this|that|its|their) (?:[\w-]+ ){0,2}(?:deal|agreement|pact|accord)\b/i;

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
  const signals = imposedByOrder(
    imposedAheadIsThreat(
      headlineImposedThreat(withoutDealTerms(scanned), orderMade),
      facts.contexts,
      orderMade,
    ),
    orderMade,
  );
  const extension = setByExtension(signals, facts);
  if (extension) signals.push(extension);
  const threat = setByThreat(signals, facts);
  if (threat) signals.push(threat);
  const cut = reducedByDealRate(signals, facts);
  if (cut) signals.push(cut);
  const orderedStart = startSetByOrder(signals, facts.contexts, orderMade);
  return {
    signals: withoutCalledOffPlan(
      withoutSettledDeadline(orderedStart ? withoutStartDates(signals) : signals),
    ),
    deadline: orderedStart ? null : facts.deadline,
  };
}

export const deriveSignals = (scanned: SignalFinding[], facts: ArticleFacts): SignalFinding[] =>
  deriveArticle(scanned, facts).signals;

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
    dealTagged && signal.type === 'tariff_threatened' && !signal.polarity.includes('conditional');
  const dealTerm = (signal: SignalFinding) =>
    signal.type === 'proposal' &&
    DEAL_TERM.test(signal.evidence) &&
    (dealTagged || IN_THE_DEAL.test(signal.evidence));
  return scanned.filter((signal) => !dealRate(signal) && !dealTerm(signal));
}

/**
 * An order signed or issued: "signed an executive order", "the proclamation was issued", "published in the
 * Federal Register". Not one still to come ("will sign an order"), nor one that delays, pauses or lowers.
 */
const ORDER_MADE =
  /\b(?:(?:signed|issued)\b(?:\s+[\w’'-]+){0,3}?\s+(?:executive\s+order|order|proclamation)|(?:executive\s+order|proclamation)\b[^.;]{0,40}?\b(?:was|were|has been|have been|had been)\s+(?:signed|issued)|(?:published|filed)\s+in\s+the\s+Federal\s+Register|by\s+executive\s+order)\b/i;
const ORDER_TO_COME =
  /\b(?:will|would|plans?\s+to|expected\s+to|set\s+to|could|may|whether|if)\s+(?:[\w’'-]+\s+){0,3}$/i;
const ORDER_EASES =
  /\b(?:extend\w*|delay\w*|postpon\w*|paus\w*|suspend\w*|exempt\w*|lower\w*|reduc\w*|cut\w*|lift\w*)\b/i;

/**
 * An order whose purpose is told after it and names no tariff ("an order to rename a river", "an order
 * that recognises ..."): an order on another matter.
 */
const ORDER_PURPOSE =
  /^(?:\s+(?:on|late|early|last|this|\w+day|morning|afternoon|evening|night)){0,3}\s*,?\s*(?:to|that|which)\s[^.;]{0,80}/i;
const TARIFF_MATTER = new RegExp(
  String.raw`\b(?:tariffs?|dut(?:y|ies)|levy|levies|reciprocal|imports?)\b|${PERCENT_TEXT}`,
  'i',
);

function onAnotherMatter(text: string, orderEnd: number): boolean {
  const purpose = ORDER_PURPOSE.exec(text.slice(orderEnd));
  return !!purpose && !TARIFF_MATTER.test(purpose[0]);
}

function reportsOrderMade(contexts: SentenceContext[]): boolean {
  return contexts.some((context) => {
    const order = ORDER_MADE.exec(context.text);
    return (
      !!order &&
      !ORDER_TO_COME.test(context.text.slice(0, order.index)) &&
      !ORDER_EASES.test(context.text) &&
      !onAnotherMatter(context.text, order.index + order[0].length)
    );
  });
}

/**
 * Labels' convention: a tariff set by an order that takes effect days later is imposed, not threatened ("signed
 * an executive order raising the tariff to 50%, effective Aug. 6"); said with no order, it stays a threat.
 */
function imposedByOrder(signals: SignalFinding[], orderMade: () => boolean): SignalFinding[] {
  const threat = signals.find((signal) => signal.type === 'tariff_threatened');
  if (!threat || threat.polarity.includes('conditional') || !orderMade()) return signals;
  const rest = signals.filter((signal) => signal !== threat);
  if (hasType(rest, 'tariff_imposed')) return rest;
  const imposed: SignalFinding = {
    ...threat,
    type: 'tariff_imposed',
    confidence: Math.round(calibrate('tariff_imposed', threat.raw) * 100) / 100,
    rule: 'tariff.imposed-by-order',
  };
  return [...rest, imposed];
}

/**
 * "Trump imposes 40% tariff on Korea" over a story of a letter that threatens 40% from Aug. 1: a headline
 * tells a threat as done. With the body telling the same tariff as a threat and no order made, the headline's
 * imposition is that threat.
 */
function headlineImposedThreat(signals: SignalFinding[], orderMade: () => boolean): SignalFinding[] {
  const imposed = signals.find((signal) => signal.type === 'tariff_imposed');
  if (!imposed || imposed.sentence !== -1 || imposed.support > 1) return signals;
  if (!hasType(signals, 'tariff_threatened') || orderMade()) return signals;
  return signals.filter((signal) => signal !== imposed);
}

/**
 * Labels' convention: a tariff "slapped" or "imposed" whose own clause starts it on a day still to come ("slapped
 * a 50% tariff on Brazil, starting Aug. 1", a letter's rate) is a threat while no order is made; with an order it
 * stays imposed.
 */
function imposedAheadIsThreat(
  signals: SignalFinding[],
  contexts: SentenceContext[],
  orderMade: () => boolean,
): SignalFinding[] {
  const imposed = signals.find((signal) => signal.type === 'tariff_imposed');
  if (!imposed || imposed.support > 1 || !startsOnDayToCome(imposed, contexts) || orderMade()) return signals;
  const rest = signals.filter((signal) => signal !== imposed);
  if (hasType(rest, 'tariff_threatened')) return rest;
  const threat: SignalFinding = {
    ...imposed,
    type: 'tariff_threatened',
    confidence: Math.round(calibrate('tariff_threatened', imposed.raw) * 100) / 100,
    rule: 'tariff.imposed-from-day-to-come',
  };
  return [...rest, threat];
}

function startsOnDayToCome(signal: SignalFinding, contexts: SentenceContext[]): boolean {
  const context = contexts.find((candidate) => candidate.sentence.index === signal.sentence);
  const from = context ? context.text.indexOf(signal.clause) : -1;
  if (!context || from < 0) return false;
  const to = from + signal.clause.length;
  // A named day ("Aug. 1"), not a weekday the reader may place on either side of publication.
  return context.dates.some(
    (date, at) => !date.relative && date.index >= from && date.index < to && context.ages[at] < 0,
  );
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
 * announced"), wherever the article names the day: "Korea will face a 25% tariff ... The levy starts Aug. 1".
 */
function setByThreat(signals: SignalFinding[], facts: ArticleFacts): SignalFinding | null {
  const threat = signals.find((signal) => signal.type === 'tariff_threatened');
  const { deadline, published } = facts;
  if (!threat || !deadline || !published || hasType(signals, 'deadline_set')) return null;
  if (deadline.date <= toIsoDate(published)) return null;
  return {
    ...threat,
    type: 'deadline_set',
    evidence: deadline.sentence,
    confidence: Math.round(calibrate('deadline_set', threat.raw) * 100) / 100,
    rule: 'deadline.set-by-threat',
  };
}

/** Labels' convention: a deal that sets 15% where 25% was threatened or applied is a cut ("15% instead of 25%"). */
function reducedByDealRate(signals: SignalFinding[], facts: ArticleFacts): SignalFinding | null {
  const deal = signals.find((signal) => signal.type === 'deal_reached');
  if (!deal || hasType(signals, 'tariff_reduced')) return null;
  const dealRate = lowestRate(deal.evidence) ?? dealRateElsewhere(facts);
  if (dealRate === null || !facts.tariffRates.some((rate) => rate > dealRate)) return null;
  const raw = Math.min(deal.raw, 0.7);
  return {
    ...deal,
    type: 'tariff_reduced',
    raw,
    confidence: Math.round(calibrate('tariff_reduced', raw) * 100) / 100,
    rule: 'tariff.reduced-by-deal-rate',
  };
}

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

const hasType = (signals: SignalFinding[], type: string) => signals.some((signal) => signal.type === type);

/** "now runs until Nov. 10", "the new deadline of Aug. 12": a date told as where the deadline moved. */
const MOVED_TO = /\b(?:until|till|through|new|now|extend\w*|push\w*|mov\w*)\b/i;

/**
 * The extension's own sentence names a day to come, or the deadline the article states for the track is still
 * to come and told as the new one ("The truce, which now runs until Nov. 10, ..."). The old date the extension
 * leaves ("the truce was due to lapse on Nov. 1") names no new one.
 */
function namesFutureDate(facts: ArticleFacts, sentence: string, deadline: DeadlineCandidate): boolean {
  if (facts.published && deadline.date > toIsoDate(facts.published) && MOVED_TO.test(deadline.sentence))
    return true;
  const context = facts.contexts.find((candidate) => candidate.text === sentence);
  return !!context && context.dates.some((date, i) => date.dayCertain && context.ages[i] < 0);
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
  const rates = [...sentence.matchAll(PERCENT)].map((match) => Number.parseFloat(match[0]));
  return rates.length > 0 ? Math.min(...rates) : null;
}
