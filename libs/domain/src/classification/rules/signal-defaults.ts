import type { SignalType } from '../../model/signals';
import type { Polarity } from '../nlp/clauses';
import type { ContextNeed } from './types';

/** Not a report of something that happened: denied, only possible, yet to come, old, asked, or a description. */
const NOT_AN_EVENT: Polarity[] = [
  'negated',
  'reportDenied',
  'conditional',
  'hedged',
  'future',
  'recap',
  'question',
  'nonfinite',
  'attributive',
];
/** ... nor background told in a subordinate clause ("once both sides had struck a deal, ..."). */
const NOT_AN_EVENT_HERE: Polarity[] = [...NOT_AN_EVENT, 'subordinate'];

/** What each signal never is, whatever the rule: a negated or conditional report of a deal is no deal. */
export const DEFAULT_FORBID: Record<SignalType, Polarity[]> = {
  talks_scheduled: [
    'negated',
    'reportDenied',
    'conditional',
    'recap',
    'question',
    'nonfinite',
    'attributive',
    'pastplan',
  ],
  talks_held: NOT_AN_EVENT_HERE,
  talks_cancelled: NOT_AN_EVENT,
  // A position held for some time ("has been seeking", "continues to call for") is no offer or demand presented now;
  // nor is one told as the background of other news ("..., while the US is demanding ...").
  proposal: [...NOT_AN_EVENT_HERE, 'standing'],
  no_breakthrough: NOT_AN_EVENT.filter((polarity) => polarity !== 'negated'),
  // A deal being made or finalised ("we're making a deal", "hopes of the pact being signed") is still in the making.
  deal_reached: [...NOT_AN_EVENT_HERE, 'progressive'],
  deadline_set: ['negated', 'reportDenied', 'conditional', 'recap', 'question', 'described'],
  deadline_extended: ['negated', 'reportDenied', 'conditional', 'hedged', 'recap', 'question'],
  tariff_threatened: [
    'negated',
    'reportDenied',
    'recap',
    'question',
    'nonfinite',
    'attributive',
    'subordinate',
    'supposition',
    'described',
  ],
  tariff_imposed: NOT_AN_EVENT_HERE,
  tariff_reduced: NOT_AN_EVENT_HERE,
};

/**
 * Where each signal's sentence must stand, whatever the rule. A stall is an assessment a story adds as colour
 * ("no breakthrough so far", "have yet to sign", a quoted "going nowhere"): told after the opening it is background
 * to other news, not the news.
 */
export const DEFAULT_NEEDS: Partial<Record<SignalType, ContextNeed[]>> = {
  no_breakthrough: ['early'],
};

/**
 * How a signal's clause must tell it when its head is a verb (a noun tells no tense of its own), unless the rule says
 * its own `requireAny`. A proposal is news when told as made: done ("offered", "has proposed"), under way ("is
 * offering"), or announced (said, a headline). Told in the bare present ("Brussels wants lower duties on its steel",
 * "Washington demands market access") it is a side's position, background to the news.
 */
export const DEFAULT_REQUIRE_ANY: Partial<Record<SignalType, Polarity[]>> = {
  proposal: ['past', 'perfect', 'progressive', 'announced'],
};

/** Signals a denial turns into a recorded denial instead of silence. */
export const DENIABLE = new Set<SignalType>([
  'deal_reached',
  'tariff_reduced',
  'deadline_extended',
  'talks_held',
  'talks_cancelled',
]);
/**
 * Signals that someone must be telling: a threat is a statement made (a headline, a speaker, a quotation, a verb of
 * threatening or warning). A narrator's "the levy will then climb to 30%" or "exporters would pay twice as much"
 * recalls a threat already standing, which the labels leave as the story's backdrop.
 */
export const SPOKEN_SIGNALS = new Set<SignalType>(['tariff_threatened']);

/** Told by no one, below the headline and the lede (sentence -1 and 0: the outlet's own news). */
export function toldByNoOne(signal: SignalType, polarity: ReadonlySet<Polarity>, sentence: number): boolean {
  return SPOKEN_SIGNALS.has(signal) && !polarity.has('announced') && sentence > 0;
}
/** Signals between the two sides: a pair of partners with no counterpart is two other sides. */
export const BETWEEN_SIDES = new Set<SignalType>([
  'deal_reached',
  'talks_held',
  'talks_scheduled',
  'no_breakthrough',
]);
/**
 * Signals a headline tells as planned when it names a day still to come ("Trade chiefs meet in Geneva on July 24",
 * told on July 20). For every other signal a headline's present stays past news: read as future, headlines such as
 * "Korea faces 25% tariff from Aug. 1" cost more on the kept-apart news than they gained.
 */
export const TITLE_DAY_AHEAD_PLANS = new Set<SignalType>(['talks_held', 'talks_scheduled']);
