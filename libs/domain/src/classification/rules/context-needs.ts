import { namesDayToCome, type SentenceContext } from '../context';
import type { ContextNeed } from './types';

const COUNTERPART =
  /\b(counterparts?|(?:both|the two) (?:sides|countries|nations|governments|leaders|presidents|delegations)|two countries|bilateral|negotiators?|trade talks|tariff talks|tariff negotiations|trade negotiations|(?:the|these|those) (?:talks|negotiations|discussions)|2\+2|two-plus-two)\b/i;
/** When, said in words: "next week", "in the coming days", "tomorrow", "later this month". */
const UPCOMING_TIME =
  /\b(?:next|coming|tomorrow|upcoming|later (?:this|in the) (?:week|month|year)|this (?:week|weekend|month))\b/i;
/** A month or a weekday, capitalised (not the modal "may"). */
const NAMED_TIME =
  /\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;

/** What a threat still hangs on: the talks' outcome or the deadline they run against. */
const PENDING =
  /\b(?:deadline|unless|(?:if|should)\b[^.;]{0,60}\b(?:deal|agreement|accord|talks|negotiations)|without an? (?:deal|agreement))\b/i;

const isCurrent = (context: SentenceContext) =>
  context.anchored || context.lead || namesDayToCome(context) || context.undated;

/** Whether the sentence meets one context need of a rule. */
function meetsNeed(need: ContextNeed, context: SentenceContext, mainTrack: string): boolean {
  switch (need) {
    case 'counterpart':
      return context.us || context.afterUs || COUNTERPART.test(context.text);
    case 'lead':
      return context.lead;
    case 'early':
      return context.early;
    case 'anchored':
      return context.anchored || context.lead;
    case 'title':
      return context.sentence.isTitle;
    case 'mainParty':
      return context.parties.includes(mainTrack) || !context.parties.some((party) => party !== mainTrack);
    case 'futureDate':
      return namesDayToCome(context);
    case 'current':
      return isCurrent(context);
    case 'pending':
      return isCurrent(context) || PENDING.test(context.text);
    case 'timed':
      return (
        context.dates.some((_, i) => !(context.ages[i] > 0)) ||
        UPCOMING_TIME.test(context.text) ||
        NAMED_TIME.test(context.text)
      );
  }
}

const CONTEXT_NEEDS: readonly ContextNeed[] = [
  'counterpart',
  'lead',
  'early',
  'anchored',
  'title',
  'mainParty',
  'futureDate',
  'timed',
  'current',
  'pending',
];

/** One bit per need of CONTEXT_NEEDS. */
export function needsMask(needs: readonly ContextNeed[] = []): number {
  return needs.reduce((mask, need) => mask | (1 << CONTEXT_NEEDS.indexOf(need)), 0);
}

/** The needs the sentence meets (needsMask bits): a rule applies when it meets all of the rule's. */
export function metNeeds(context: SentenceContext, mainTrack: string): number {
  return CONTEXT_NEEDS.reduce(
    (mask, need, bit) => (meetsNeed(need, context, mainTrack) ? mask | (1 << bit) : mask),
    0,
  );
}
