/** Which way the words around a date look: ahead to it, or back at it as told in the past. */

/** Words before a date that look ahead to it: "until Aug. 1", "the deadline on Friday", "takes effect on". */
export const FORWARD_CUE =
  /\b(next|until|till|by|through|before|starting|beginning|from|effective|deadline|expire[sd]?|ends|approaches|looms|runs out|take[sn]? effect|set for|scheduled for|due)\W+(?:\w+\W+){0,2}$/i;
/** "would visit China in April", "is set to travel to Seoul in March": a month named by a future verb lies ahead. */
export const FUTURE_VERB_BEFORE =
  /\b(?:will|would|shall|['’]ll|plans? to|planning to|expected to|set to|due to)\W+(?:[\w’'-]+\W+){0,5}$/i;

export const WEEKDAY_ONLY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** "Friday's deadline", "Thursday marks the expiry of the pause": what follows a weekday that names the deadline. */
export const WEEKDAY_DEADLINE =
  /^['’]s\s+(?:\S+\s+)?deadline\b|^,?\s+(?:marks|is|will mark|will be)\s+(?:the\s+)?(?:end|expiry|expiration|last day)\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}(?:deadline|period|pause|truce|window|grace)\b/i;
/** "a deadline for the higher levies on Friday": the day a deadline named a few words before falls on. */
export const DEADLINE_BEFORE = /\bdeadline\b(?:\W+[\w’'-]+){0,5}?\W+(?:on\s+)?$/i;
/** A verb in the past, not a plan told as a participle ("scheduled", "planned", "postponed to"). */
const PAST_VERB =
  "(?:[a-z]+ed|met|held|struck|signed|said|told|made|took|began|came|went|spoke|sent|left|flew|won|saw|gave|got|kept|brought|sought|wrote|rose|fell|hit|ran|stood|led|could\\s+not|couldn[’']t)";
const notPlanned = (extra = '') =>
  `(?!(?:scheduled|slated|planned|expected|proposed|arranged|postponed|delayed|moved|pushed|rescheduled|set|due|poised|needed${extra})\\b)`;
/**
 * A past verb a few words before the weekday ("met Greer on", "held talks in Seoul on"), not a plan told as a
 * participle and not a weekday the verb moves something to.
 */
const PAST_VERB_BEFORE = new RegExp(
  `\\b${notPlanned()}${PAST_VERB}\\b(?:[\\s,]+[\\w’'.-]+){0,7}?\\s+(?:on\\s+)?$`,
  'i',
);
/** A day that opens the sentence, and a past verb a few words after it (lower case: "United" is no verb). */
export const OPENING_DAY = /^\s*(?:on\s+)?$/i;
export const PAST_VERB_AFTER = new RegExp(
  `^[\\s,]+(?:[\\w’'.%-]+\\s+){0,4}?${notPlanned('|need|indeed')}${PAST_VERB}\\b`,
);
const REPORTED_BEFORE =
  /\b(?:said|told(?:\s+\w+){0,2}|announced|added|wrote|stated|confirmed|reported|posted)\s*$/i;

/** Right after a reporting verb, or a few words after another past verb in a sentence that does not look ahead. */
export function toldInThePast(before: string): boolean {
  if (REPORTED_BEFORE.test(before)) return true;
  return PAST_VERB_BEFORE.test(before) && !FORWARD_CUE.test(before) && !FUTURE_VERB_BEFORE.test(before);
}
