import type { SentenceContext } from './context';
import type { DateReference } from './dates';

/** How old a reported event may be and still count as news (spec: "more than ~2 weeks old" is a recap). */
export const RECAP_AFTER_DAYS = 14;

/** Past perfect and similar wording marks background told in passing. */
export const RECAP_WORDING =
  /\b(had (?:(?:been|already|previously|originally|initially|earlier|first|also|since)\s+){0,2}(?:\w+ed|met|held|struck|sent|made|set|cut|won|begun|seen|taken|spoken|said)|has since been|have since been|earlier this year|last year|in recent months|during the process|over the past (?:few )?(?:months|year)|for months|(?:several|many|multiple|numerous) times|repeatedly|regularly|routinely|frequently|(?:so|thus) far (?:held|met|conducted|completed|negotiated)|(?:held|conducted|completed|negotiated) (?:\w+ ){0,6}(?:so far|thus far|to date)|when he first|last (?:week|month)['’]s|recent (?:visit|trip|talks|meeting)s?|(?:weeks|months|a month|a year) after|at (?:the|that) time(?! of)|back then|(?:weeks|months|years) ago|(?:during|in) (?:[\w.]+['’]s |his |the )?(?:first|previous)(?: \w+)? (?:term|administration|presidency)|(?:was|were) (?:also )?(?:among |one of )?the (?:very )?first(?: \w+){0,2} to|later (?:extended|postponed|delayed|paused|suspended|pushed|moved))\b/i;
export const ANCHOR_WORDING =
  /\b(today|tonight|yesterday|this week|last week|(?:on|this|last|late|early) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this morning|this afternoon|on the \d{1,2}(?:st|nd|rd|th)|earlier today|hours? ago|days? ago|now|(?:a|one|two|three|several|hours|\d+) days? (?:after|before|earlier|later)|hours (?:after|before|earlier|later)|the (?:previous|following|next) day|the day (?:before|after))\b/i;
const REPORTING =
  /\b(said|says|told|tells|announced|added|noted|stated|confirmed|claimed|insisted|wrote|posted|according to|denied|denies|dismissed|reported|reports?)\b(?:[^.]|\b[A-Z]\.){0,80}$/i;

/** One global copy, not one per call: building it was most of the time spent here. Reset before each use. */
const EVERY_RECAP_WORDING = new RegExp(RECAP_WORDING.source, 'gi');

/**
 * Background wording, except a past perfect that is only reported speech ("said they had agreed"), and
 * "weeks after ..." once a recent day was named before it: "met on Monday, weeks after they struck a deal"
 * dates the deal, not the meeting. For a match (`triggerEnd` given) after that phrase, the deal is what it tells.
 */
export function tellsBackground(text: string, triggerEnd?: number, recentAt = Infinity): boolean {
  EVERY_RECAP_WORDING.lastIndex = 0;
  for (let match = EVERY_RECAP_WORDING.exec(text); match; match = EVERY_RECAP_WORDING.exec(text)) {
    const datesWhatFollows = match.index > recentAt && /after$/i.test(match[0]);
    if (datesWhatFollows && (triggerEnd === undefined || triggerEnd <= match.index)) continue;
    // "signed a trade agreement, cementing a framework pact reached late last year": the old time dates the pact
    // described after the match, not the match.
    const described = DESCRIBED_AFTER.exec(text.slice(0, match.index));
    if (described && triggerEnd !== undefined && triggerEnd <= described.index) continue;
    const pastPerfect = /^had\b/i.test(match[0]);
    if (!pastPerfect) return true;
    if ((match.index ?? 0) >= (triggerEnd ?? text.length)) continue;
    if (!REPORTING.test(text.slice(0, match.index))) return true;
  }
  return false;
}

/** "by July 8", "before the deadline of Aug. 1": a target, not the time something happened. */
function isTargetDate(text: string, at: number): boolean {
  return (
    /\b(by|before|until|till|ahead of|deadline of|due)\s+(?:the\s+)?$/i.test(
      text.slice(Math.max(0, at - 20), at),
    ) || MOVED_TO_DATE.test(text.slice(Math.max(0, at - 90), at))
  );
}

/** "extended the deadline on April 9 to July 9": the day a move goes to is where it went, not when it happened. */
const MOVED_TO_DATE = /\b(?:extend|postpon|delay|push|mov|defer)\w*\b[^.;]{0,70}\bto\s+(?:the\s+)?$/i;

/** A day within the recap window that something happened on, not one it must happen by. */
export function isRecentEvent(text: string, date: DateReference, age: number | undefined): boolean {
  return (
    age !== undefined &&
    age >= 0 &&
    age <= RECAP_AFTER_DAYS &&
    (date.dayCertain || date.relative) &&
    !isTargetDate(text, date.index)
  );
}

/** Without a publication date, relative phrases that are old whenever the story was written. */
export const UNDATED_OLD =
  /\b(?:(?:two|three|four|five|six|several|\d+) weeks ago|months? ago|last month|earlier this year|last year)\b/i;
export const UNDATED_MONTH =
  /\b(?:in|since|during|at the end of) (?:early |mid-|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\s*\d)/i;
/** "In May, ...", "Under that earlier deal, ...": a lead-in that dates every clause of its sentence. */
const LEAD_IN = /^(?:in|under|during|since|back in|earlier|after|following)\b[^,;:]{0,40},/i;
const OLD_LEAD_IN = /\b(?:earlier|previous|prior|original|initial|last)\b/i;
const RECENT_LEAD_IN =
  /\b(?:today|tonight|this (?:week|morning|afternoon)|in the (?:day|week)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

function oldLeadIn(context: SentenceContext): boolean {
  const lead = LEAD_IN.exec(context.text);
  if (!lead) return false;
  // A bare "Earlier," is earlier in the same news cycle, and so is "Earlier on Tuesday,": its day is aged as any
  // other. "Earlier this year," and "In a previous round," are old.
  const bareEarlier = /^earlier\s*,$/i.test(lead[0]);
  if (OLD_LEAD_IN.test(lead[0]) && !bareEarlier && !RECENT_LEAD_IN.test(lead[0])) return true;
  const inLead = context.dates
    .map((date, i) => ({ date, age: context.ages[i] }))
    .filter(({ date }) => date.index < lead[0].length);
  return inLead.length > 0 && inLead.every(({ age }) => age > RECAP_AFTER_DAYS);
}

/** A participle phrase that dates the noun before it: "the deal struck in July", "tariffs imposed last month". */
const DESCRIBED_AFTER =
  /\b(?:a|an|the|its|their|his|her|those|these|that)\s+(?:[\w-]+\s+){0,5}(?:struck|signed|reached|agreed|announced|sealed|concluded|unveiled|imposed|launched|made)\s+(?:in|on|at|last|earlier|this)?\s*(?:early\s+|late\s+|mid-?)?$/i;

const EVERY_UNDATED_TIME = [UNDATED_MONTH, UNDATED_OLD].map((pattern) => new RegExp(pattern.source, 'gi'));

/**
 * An undated story's old time in the clause, unless it dates a phrase after the match, as a dated story's old
 * date would not either ("will meet to discuss the deal struck in July").
 */
function namesUndatedOldTime(text: string, from: number, to: number, end: number): boolean {
  const clause = text.slice(from, to);
  for (const pattern of EVERY_UNDATED_TIME) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(clause); match; match = pattern.exec(clause)) {
      const at = from + match.index;
      if (at >= end && DESCRIBED_AFTER.test(text.slice(end, at))) continue;
      return true;
    }
  }
  return false;
}

/** "..., Carney said in December": the time a plan was told. */
const TOLD_AT = /\b(?:said|says|told|announced|noted|added|stated|reported|wrote)\b[^.;,]{0,15}$/i;

/** "..., the ministry said on Monday": the day it was told, not the day of what it tells. */
const TOLD_ON = /\b(?:said|says|told (?:\w+\s+){0,2}|noted|added)\s*$/i;

/** "At the time, ...", "Last year ...", "Initially, ...": a time the sentence opens with frames every clause after it. */
export const FRAMED_BY_OLD_TIME =
  /^\s*(?:(?:at (?:the|that) time|back then|earlier this year|last year|in recent months|over the past (?:few )?(?:months|year)|(?:several|many|a few|two|three) (?:weeks|months|years) ago)\b(?! of)|(?:initially|originally|at first|at the outset)\s*,)/i;

/**
 * "Under the deal, the US agreed to cut ...", "In return, Seoul pledged ...": a deal's terms told in the past recall
 * the deal; told ahead ("the US will cut ... under the deal") they announce it.
 */
const TERMS_LEAD_IN =
  /^\s*(?:under (?:the|its|their|that|this) (?:terms of (?:the|its|their|that) )?(?:[\w-]+ ){0,2}(?:deal|agreement|framework|pact|accord|arrangement)|in (?:return|exchange)|as part of (?:the|its|their|that) (?:[\w-]+ ){0,2}(?:deal|agreement|framework|pact|accord))\b[^,]{0,40},/i;
const TOLD_AS_PAST_TERMS = /\b(?:agreed|pledged|promised|committed|(?:was|were) to)\b/i;
const TOLD_AHEAD = /\b(?:will|would|shall|is to|are to)\b/i;

/**
 * Whether what a match reports is old: its clause (characters [from, to), from the one clause splitter in
 * nlp/clauses.ts) names only old dates, or tells background.
 */
export function isRecapSpan(
  context: SentenceContext,
  from: number,
  to: number,
  end: number,
  future = false,
): boolean {
  if (FRAMED_BY_OLD_TIME.test(context.text)) return true;
  const clause = context.text.slice(from, to);
  if (
    TERMS_LEAD_IN.test(context.text) &&
    !context.anchored &&
    TOLD_AS_PAST_TERMS.test(clause) &&
    !TOLD_AHEAD.test(clause)
  )
    return true;
  const recentDate = context.dates.find(
    (date, i) => date.index >= from && date.index < to && isRecentEvent(context.text, date, context.ages[i]),
  );
  if (tellsBackground(clause, end - from, recentDate ? recentDate.index - from : Infinity)) return true;
  if (oldLeadIn(context)) return true;
  let old = false;
  let recent = false;
  // "moved the deadline to Aug. 1 from July 8": the old date is where the move started, not when it was told.
  const movesAhead = context.dates.some(
    (date, i) => date.index >= from && date.index < to && context.ages[i] < 0,
  );
  context.dates.forEach((date, i) => {
    if (date.index < from || date.index >= to) return;
    // "will meet to discuss the agreement struck in July": the date belongs to a phrase after the match.
    if (date.index >= end && DESCRIBED_AFTER.test(context.text.slice(end, date.index))) return;
    // "will meet Greer to take stock of the talks since the terms were agreed to in March": an old date after a
    // match still to come dates what the plan refers back to, not the plan.
    // The time the plan was told ("..., Carney said in December") still dates it.
    if (
      future &&
      date.index >= end &&
      context.ages[i] > RECAP_AFTER_DAYS &&
      !TOLD_AT.test(context.text.slice(Math.max(end, date.index - 30), date.index))
    )
      return;
    const movedFrom =
      movesAhead &&
      /\bfrom\s+(?:the\s+)?(?:original\s+|earlier\s+|previous\s+)?$/i.test(
        context.text.slice(Math.max(0, date.index - 30), date.index),
      );
    if (context.ages[i] > RECAP_AFTER_DAYS && !movedFrom) old = true;
    else if (
      context.ages[i] >= 0 &&
      (date.dayCertain || date.relative) &&
      !isTargetDate(context.text, date.index) &&
      !TOLD_ON.test(context.text.slice(Math.max(0, date.index - 30), date.index))
    )
      recent = true;
  });
  if (old && !recent) return true;
  if (context.datelessMonth && namesUndatedOldTime(context.text, from, to, end)) return true;
  const dated = context.dates.some((date) => date.index >= from && date.index < to);
  return context.inheritedRecap && !dated;
}
