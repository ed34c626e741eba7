import type { SignalType } from '../model/signals';
import { calibrate } from './calibration';
import type { SentenceContext } from './context';
import { PERCENT_TEXT } from './rates';
import type { SignalFinding } from './rules/scan';

/** A signal the article's conventions derive from another: its evidence, with the new type's calibration. */
export function derivedAs(
  from: SignalFinding,
  type: SignalType,
  rule: string,
  raw = from.raw,
): SignalFinding {
  return { ...from, type, raw, confidence: Math.round(calibrate(type, raw) * 100) / 100, rule };
}

/** Whether the article's signals include one of `type`. */
export const hasType = (signals: SignalFinding[], type: string) =>
  signals.some((signal) => signal.type === type);

/** `found` read as a signal of another type, unless the article already has one. */
function retyped(
  signals: SignalFinding[],
  found: SignalFinding,
  type: SignalType,
  rule: string,
): SignalFinding[] {
  const rest = signals.filter((signal) => signal !== found);
  return hasType(rest, type) ? rest : [...rest, derivedAs(found, type, rule)];
}

/**
 * An order signed or issued: "signed an executive order", "the proclamation was issued", "published in the
 * Federal Register". Not one still to come ("will sign an order") or not yet made ("has not signed an order"),
 * nor one that delays, pauses or lowers.
 */
const ORDER_MADE =
  /\b(?:(?:signed|issued)\b(?:\s+[\w’'-]+){0,3}?\s+(?:executive\s+order|order|proclamation)|(?:executive\s+order|proclamation)\b[^.;]{0,40}?\b(?:was|were|has been|have been|had been)\s+(?:signed|issued)|(?:published|filed)\s+in\s+the\s+Federal\s+Register|by\s+executive\s+order)\b/i;
const ORDER_TO_COME =
  /\b(?:will|would|plans?\s+to|expected\s+to|set\s+to|could|may|whether|if|not|never)\s+(?:[\w’'-]+\s+){0,3}$/i;
const ORDER_EASES =
  /\b(?:extend\w*|delay\w*|postpon\w*|paus\w*|suspend\w*|exempt\w*|lower\w*|reduc\w*|cut\w*|lift\w*)\b/i;

/**
 * An order whose purpose is told after it and names no tariff ("an order to rename a river", "an order
 * signed in April to rebuild the shipyards", "an order that recognises ..."): an order on another matter.
 */
const ORDER_PURPOSE =
  /^(?:\s+(?:on|late|early|last|this|in|\w+day|morning|afternoon|evening|night|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{4})){0,3}\s*,?\s*(?:to|that|which)\s[^.;]{0,80}/i;
const TARIFF_MATTER = new RegExp(
  String.raw`\b(?:tariffs?|dut(?:y|ies)|levy|levies|reciprocal|imports?)\b|${PERCENT_TEXT}`,
  'i',
);

function onAnotherMatter(text: string, orderEnd: number): boolean {
  const purpose = ORDER_PURPOSE.exec(text.slice(orderEnd));
  return !!purpose && !TARIFF_MATTER.test(purpose[0]);
}

export function reportsOrderMade(contexts: SentenceContext[]): boolean {
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
 * an executive order that hikes the levy to 50%, effective Aug. 6"); said with no order, it stays a threat.
 */
export function imposedByOrder(signals: SignalFinding[], orderMade: () => boolean): SignalFinding[] {
  const threat = signals.find((signal) => signal.type === 'tariff_threatened');
  if (!threat || threat.polarity.includes('conditional')) return signals;
  // With the tariff told as imposed, a threat read only from a start day ("set to go into effect Aug. 6") is its start.
  if (threat.rule === START_DAY_THREAT && threat.support === 1 && hasType(signals, 'tariff_imposed'))
    return signals.filter((signal) => signal !== threat);
  if (!orderMade()) return signals;
  return retyped(signals, threat, 'tariff_imposed', 'tariff.imposed-by-order');
}
const START_DAY_THREAT = 'tariff.starts-on-date';

/**
 * "Trump imposes 40% tariff on Korea" over a story of a letter that threatens 40% from Aug. 1: a headline
 * tells a threat as done. With the body telling the same tariff as a threat and no order made, the headline's
 * imposition is that threat.
 */
export function headlineImposedThreat(signals: SignalFinding[], orderMade: () => boolean): SignalFinding[] {
  const imposed = signals.find((signal) => signal.type === 'tariff_imposed');
  if (!imposed || imposed.sentence !== -1 || imposed.support > 1) return signals;
  if (!hasType(signals, 'tariff_threatened') || orderMade()) return signals;
  return signals.filter((signal) => signal !== imposed);
}

/**
 * Labels' convention: a tariff "slapped" or "imposed" whose own clause starts it on a day still to come ("slapped
 * a 50% tariff on Brazil, starting Aug. 1", a letter's rate) is a threat while no order is made; with an order it
 * stays imposed. A headline's "imposes" names no day: the story's deadline still to come tells when it starts.
 */
export function imposedAheadIsThreat(
  signals: SignalFinding[],
  contexts: SentenceContext[],
  orderMade: () => boolean,
  articleStartsLater: boolean,
): SignalFinding[] {
  const imposed = signals.find((signal) => signal.type === 'tariff_imposed');
  if (!imposed || imposed.support > 1) return signals;
  const later = (imposed.sentence === -1 && articleStartsLater) || startsOnDayToCome(imposed, contexts);
  if (!later || orderMade()) return signals;
  return retyped(signals, imposed, 'tariff_threatened', 'tariff.imposed-from-day-to-come');
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

/**
 * What tells a tariff in force, or the act that puts it there: an order or proclamation, a signing, a start ("took
 * effect", "kicked in", "effective", "went into force", "put in place"), duties being collected or implemented, or
 * begun being charged, applied, levied or enforced.
 */
const IN_FORCE_OR_ORDERED =
  /\b(?:(?:took|takes?|taken|taking)\s+effect|(?:in|into)\s+(?:effect|force|place)|kick(?:s|ed|ing)?\s+in|effective|collect\w*|implement\w*|(?:began|begun|begins?|start(?:s|ed)?)\s+(?:to\s+)?(?:charg|apply|appli|levy|levi|enforc)\w*|(?<!\bin\s)orders?|proclamations?|signed|signing)\b/i;

/** The verb that says it: "Trump on Saturday imposed a 25% levy on Korean cars" is told as done. */
const IMPOSED_IN_SO_MANY_WORDS = /\bimpos(?:ed|es|ing)\b/i;

/**
 * Labels' convention: a tariff raised by a statement with no order is a threat. "Trump slaps 19% tariffs on Manila"
 * over a story of the rates a deal sets, "was hit with a 49% tariff" in April, "hits Colombia with tariffs": an
 * article that tells no order and no tariff taking effect reports no tariff imposed.
 */
export function imposedWithoutEffect(
  signals: SignalFinding[],
  contexts: SentenceContext[],
  orderMade: () => boolean,
): SignalFinding[] {
  const imposed = signals.find((signal) => signal.type === 'tariff_imposed');
  if (!imposed || IMPOSED_IN_SO_MANY_WORDS.test(imposed.evidence)) return signals;
  if (contexts.some((context) => IN_FORCE_OR_ORDERED.test(context.text)) || orderMade()) return signals;
  return signals.filter((signal) => signal !== imposed);
}
