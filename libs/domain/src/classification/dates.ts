import * as chrono from 'chrono-node';
import { addDays, daysBetween, namesItsDay, toUtc, WRITTEN_YEAR, type CalendarDate } from './calendar';
import { findSeasons } from './seasons';
import {
  DEADLINE_BEFORE,
  FORWARD_CUE,
  FUTURE_VERB_BEFORE,
  OPENING_DAY,
  PAST_VERB_AFTER,
  toldInThePast,
  WEEKDAY_DEADLINE,
  WEEKDAY_ONLY,
} from './date-cues';

export interface DateReference {
  text: string;
  /** Offset in the sentence. */
  index: number;
  date: CalendarDate;
  /** False when only a month (or a weekday) was named. */
  dayCertain: boolean;
  /** A weekday, "yesterday", "last week": always close to publication. */
  relative: boolean;
  /** A month named with its part ("early August", "at the beginning of May"): the day it is aged from. */
  partDay?: number;
}

/** "early August", "at the start of May", "mid-July", "late June": that part of a month, as the last day it means. */
const MONTH_PART: [RegExp, number][] = [
  [/\b(?:early|beginning of|start of)\s+(?:the month of\s+)?$/i, 10],
  [/\b(?:mid-?|middle of)\s*$/i, 20],
  [/\blate\s+$/i, 31],
];

/** "mid-May", "early May", "late May": chrono reads May, also a modal, only after a preposition (or "end of"). */
const MAY_WITH_PART = /\b(?:early|mid-?|late|middle of|beginning of|start of)\s*May\b/g;

const RELATIVE_TEXT =
  /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|yesterday|tonight|tomorrow|now|last week|this week|next week|last night|weekend)\b/i;
/**
 * chrono is the slow part: skip sentences that cannot name a date. A number alone ("25 percent", "in 2025")
 * gives no date that is kept below (no month or weekday), so only numbers written as dates open the gate.
 */
const MAY_HOLD_DATE =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|week|weekend|month|year|ago|last|next|this|now|day|end of)|\d\s*[/.-]\s*\d/i;
/** "SEOUL, July 31 (Yonhap) --": the dateline says when the story was filed, not when things happened. */
const DATELINE_AFTER = /^\s*,?\s*(?:\(|--|—|–|-\s|\d{4}\s*(?:\(|--|—|–|-\s))/;
/**
 * A dateline further in, or closed by a colon: the place, in capitals or in one to three capitalised words (not a
 * weekday), opens the sentence, after a wire credit in brackets if there is one ("(Wire) KUALA LUMPUR, July 10 (KUNA)
 * --", "BUSAN, 31 October 2025: ...", "Mexico City, Aug. 1: ...").
 */
const DATELINE_PLACE =
  /^\s*(?:\((?:[^()]|\([^()]*\))*\)\s*)?(?:[A-Z][A-Z.'’ -]*|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2}),\s*$/;
const DATELINE_CLOSE = /^\s*,?\s*(?:\d{4}\s*)?(?:\(|--|—|–|-\s|:)/;
/** A span, not a day: "for 90 days", "for five weeks" ("in three days" is a day: the third from now). */
const SPAN_UNIT = String.raw`(?:hours?|days?|weeks?|months?)`;
const DURATION = new RegExp(
  String.raw`^(for|over)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few)\s+(?:more\s+|further\s+|additional\s+)?${SPAN_UNIT}\b|^(for|within|in|over)\s+\d+|\b${SPAN_UNIT}\s+(before|after|earlier|later)\b|^\d+\s+${SPAN_UNIT}$`,
  'i',
);
const MONTH_END = /^(?:the\s+)?end of\s+(?:the month of\s+)?[a-z]+\.?$/i;
const UPCOMING = /\b(?:upcoming|forthcoming|coming|scheduled|planned)\b/i;
const isRealDay = (date: CalendarDate) => addDays({ ...date, day: 1 }, date.day - 1).month === date.month;
const ORDINAL_DAY = /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s+(?:next|this)\s+month)/gi;
/** "by the 1st of next month", "from the 15th of this month": a day of a month named by its place, not its name. */
const SAME_MONTH_WORDS = String.raw`of the same month\b`;
/** "on the 11th of the same month": a sentence whose day takes its month from a date named before it. */
export const NAMES_SAME_MONTH = new RegExp(String.raw`\b${SAME_MONTH_WORDS}`, 'i');
const SAME_MONTH = new RegExp(String.raw`^\s+${SAME_MONTH_WORDS}`, 'i');
const ORDINAL_OF_MONTH = /\bthe (\d{1,2})(?:st|nd|rd|th) of (next|this) month\b/gi;
const MONTH_STEP: Record<string, number> = { this: 0, next: 1 };
const AGO = /\b(a|one|two|three|four|five|six|several|few|\d+)\s+(weeks|months|years)\s+ago\b/gi;
const PAST_YEAR =
  /\b(?:in|since|during|throughout|as of|at)\s+(?:(?:early|mid|late)[-\s]?|the (?:end|start|beginning|middle|first half|second half) of\s+)?((?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)|\b(?:in|under)\s+(?:the|its|their)\s+((?:19|20)\d{2})\s+(?=[a-z])/gi;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  several: 3,
  few: 3,
};

/**
 * Dates named in a sentence, resolved against the publication day. Without one, only dates that name their
 * year ("November 10, 2026") are kept: they need no anchor.
 */
/** `named`: the last date named before the sentence, which "the 11th of the same month" takes its month from. */
export function findDateReferences(
  sentence: string,
  published: CalendarDate | null,
  named?: CalendarDate,
): DateReference[] {
  if (!published) return findAbsoluteDates(sentence);
  return findAnchoredDates(sentence, published, named);
}

function findAbsoluteDates(sentence: string): DateReference[] {
  if (!WRITTEN_YEAR.test(sentence)) return [];
  const found: DateReference[] = [];
  for (const result of chrono.parse(sentence)) {
    if (!namesItsDay(result) || DURATION.test(result.text)) continue;
    const start = result.start;
    const date = { year: start.get('year') ?? 0, month: start.get('month') ?? 1, day: start.get('day') ?? 1 };
    found.push({ text: result.text, index: result.index, date, dayCertain: true, relative: false });
  }
  return found;
}

function findAnchoredDates(sentence: string, published: CalendarDate, named?: CalendarDate): DateReference[] {
  const reference = { instant: new Date(toUtc(published) + 12 * 3_600_000), timezone: 0 };
  const found: DateReference[] = [];
  const results: { result: chrono.ParsedResult; at: number }[] = [];
  for (const result of MAY_HOLD_DATE.test(sentence) ? chrono.parse(sentence, reference) : []) {
    results.push({ result, at: result.index });
    /** "on Monday, to Aug. 1": a range's far end is a date of its own (often the one that matters). */
    const connector = result.end ? /[\s,]+(?:to|until|through|till)\s+/i.exec(result.text) : null;
    if (!connector) continue;
    const offset = result.index + connector.index + connector[0].length;
    for (const end of chrono.parse(sentence.slice(offset, result.index + result.text.length), reference)) {
      results.push({ result: end, at: end.index + offset });
    }
  }
  for (const match of sentence.matchAll(MAY_WITH_PART)) {
    const at = (match.index ?? 0) + match[0].length - 'May'.length;
    if (results.some((found) => found.at === at)) continue;
    const [month] = chrono.parse('in May', reference);
    if (month) results.push({ result: month, at });
  }
  for (const { result, at } of results) {
    const start = result.start;
    // chrono keeps a comma after the words it read ("on Tuesday,"): the tests below look at the words alone.
    const words = result.text.trim().replace(/[,;:.]+$/, '');
    if (DURATION.test(result.text)) continue;
    // "the second time in a week", "twice in a month": a count of times within a span names no day.
    if (/^in\b/i.test(words) && /\b(?:times?|twice|thrice)\s+$/i.test(sentence.slice(0, at))) continue;
    // "after two days of talks" is a span a thing lasted, not a day ("within five days of the letter" is one).
    if (
      /^after\b.*\b(?:days?|weeks?|months?|hours?)$/i.test(words) &&
      /^\s*of\b/i.test(sentence.slice(at + result.text.length))
    )
      continue;
    const afterDate = sentence.slice(at + result.text.length, at + result.text.length + 16);
    if (at < 40 && DATELINE_AFTER.test(afterDate)) continue;
    if (DATELINE_PLACE.test(sentence.slice(0, at)) && DATELINE_CLOSE.test(afterDate)) continue;
    if (!start.isCertain('month') && !start.isCertain('weekday') && !RELATIVE_TEXT.test(result.text)) {
      if (!/\b(ago|last|this|next|end of)\b/i.test(result.text)) continue;
    }
    if (/^\d{1,2}(:\d{2})?\s*(a\.?m\.?|p\.?m\.?)?$/i.test(words) && !start.isCertain('month')) continue;
    let date: CalendarDate = {
      year: start.get('year') ?? published.year,
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
    };
    const dayCertain = start.isCertain('day');
    const relative = RELATIVE_TEXT.test(result.text) || /\b(ago|last|this)\b/i.test(result.text);
    if (!start.isCertain('year') && !relative) {
      const before = sentence.slice(0, at);
      const forward = FORWARD_CUE.test(before) || FUTURE_VERB_BEFORE.test(before);
      // "at the end of July" names a month's part, not a day the writer counted to: its year goes by the month.
      const byMonth = !dayCertain || MONTH_END.test(words);
      const past = { ...date, year: published.year };
      if (daysBetween(published, byMonth ? { ...past, day: 1 } : past) > (byMonth ? 31 : 0)) past.year -= 1;
      if (!forward && byMonth) date = past;
      if (!forward && dayCertain && daysBetween(published, date) > 200) date = past;
      // "On April 2, Washington imposed ...", read in February: a day that opens a sentence told in the past.
      else if (
        dayCertain &&
        daysBetween(published, date) > 0 &&
        OPENING_DAY.test(before) &&
        PAST_VERB_AFTER.test(sentence.slice(at + result.text.length))
      )
        date = past;
    }
    if (CURRENT_SPAN.test(words)) date = withinCurrentSpan(sentence.slice(0, at), published, date);
    // "officials said on Monday", "Yeo met Greer on Monday": told in the past, so the weekday before
    // publication, where chrono takes the nearest (next Monday, read on a Friday).
    // ("told them Friday's deadline stands": a weekday owning the deadline is never the day of the telling.)
    if (
      WEEKDAY_ONLY.test(words) &&
      daysBetween(published, date) > 0 &&
      toldInThePast(sentence.slice(0, at)) &&
      !WEEKDAY_DEADLINE.test(sentence.slice(at + result.text.length))
    )
      date = addDays(date, -7);
    // "with Friday's deadline looming", "will meet on Thursday", "ahead of Friday's vote": a weekday the
    // sentence looks forward to is the next one, where chrono takes the nearest.
    else if (
      WEEKDAY_ONLY.test(words) &&
      daysBetween(published, date) < 0 &&
      (WEEKDAY_DEADLINE.test(sentence.slice(at + result.text.length)) ||
        (DEADLINE_BEFORE.test(sentence.slice(0, at)) && !toldInThePast(sentence.slice(0, at))) ||
        FORWARD_CUE.test(sentence.slice(0, at)) ||
        FUTURE_VERB_BEFORE.test(sentence.slice(0, at)))
    )
      date = addDays(date, 7);
    const partDay = dayCertain ? undefined : MONTH_PART.find(([cue]) => cue.test(sentence.slice(0, at)))?.[1];
    found.push({ text: result.text, index: at, date, dayCertain, relative, ...(partDay ? { partDay } : {}) });
  }
  for (const match of sentence.matchAll(ORDINAL_DAY)) {
    const day = Number(match[1]);
    let date: CalendarDate = { year: published.year, month: published.month, day };
    const index = match.index ?? 0;
    // A day past today's is last month's ("said on the 28th", filed on the 2nd), unless the sentence looks ahead
    // to it ("will meet on the 31st", "the upcoming meeting on the 31st") or last month has no such day.
    const before = sentence.slice(0, index);
    const ahead = FORWARD_CUE.test(before) || FUTURE_VERB_BEFORE.test(before) || UPCOMING.test(before);
    const lastMonth = { ...addDays({ ...date, day: 1 }, -1), day };
    if (day > published.day + 1 && !ahead && isRealDay(lastMonth)) date = lastMonth;
    // "on April 2 ... on the 11th of the same month": the month of the date named before it.
    const sameMonthAs = SAME_MONTH.test(sentence.slice(index + match[0].length))
      ? (found.filter((before) => before.index < index).at(-1)?.date ?? named)
      : undefined;
    if (sameMonthAs) date = { year: sameMonthAs.year, month: sameMonthAs.month, day };
    found.push({ text: match[0], index: match.index ?? 0, date, dayCertain: true, relative: true });
  }
  for (const match of sentence.matchAll(ORDINAL_OF_MONTH)) {
    const months = published.year * 12 + published.month - 1 + MONTH_STEP[match[2].toLowerCase()];
    const date = { year: Math.floor(months / 12), month: (months % 12) + 1, day: Number(match[1]) };
    found.push({ text: match[0], index: match.index ?? 0, date, dayCertain: true, relative: false });
  }
  for (const match of sentence.matchAll(AGO)) {
    const count = NUMBER_WORDS[match[1].toLowerCase()] ?? Number(match[1]);
    const unitDays = match[2].toLowerCase() === 'weeks' ? 7 : match[2].toLowerCase() === 'months' ? 30 : 365;
    found.push({
      text: match[0],
      index: match.index ?? 0,
      date: addDays(published, -count * unitDays),
      dayCertain: false,
      relative: true,
    });
  }
  // "applied tariff rate was 9.4% in 2023", "has imposed tariffs since 2018", "under the 2025 deal": a year gone by,
  // with no day named. A year that only names a thing ("to overhaul the 2012 agreement") does not date the clause.
  for (const match of sentence.matchAll(PAST_YEAR)) {
    const year = Number(match[1] ?? match[2]);
    const index = match.index ?? 0;
    if (
      year >= published.year ||
      found.some((date) => date.index <= index + match[0].length && index <= date.index + date.text.length)
    )
      continue;
    found.push({
      text: match[0],
      index,
      date: { year, month: 12, day: 31 },
      dayCertain: false,
      relative: false,
    });
  }
  for (const season of findSeasons(sentence, published))
    if (!found.some((date) => date.index <= season.index && season.index < date.index + date.text.length))
      found.push(season);
  const earlier = /\b(earlier this year|last year|in recent months|months ago)\b/i.exec(sentence);
  if (earlier) {
    found.push({
      text: earlier[0],
      index: earlier.index,
      date: addDays(published, -60),
      dayCertain: false,
      relative: true,
    });
  }
  return found;
}

/** chrono dates "this week/month/year" to the span's first day, which reads as weeks old. */
const CURRENT_SPAN = /^this (week|month|year)$/i;

/** "later this month" lies ahead and "will meet this month" is now; "threatened this month" may be weeks old. */
function withinCurrentSpan(before: string, published: CalendarDate, spanStart: CalendarDate): CalendarDate {
  if (/\blater\s+(?:in\s+)?$/i.test(before)) return addDays(published, 1);
  if (FORWARD_CUE.test(before) || FUTURE_VERB_BEFORE.test(before)) return published;
  return spanStart;
}

/** The day a month named alone is aged from, once it is past. */
const MIDDLE_OF_MONTH = 15;

/** How many days before publication a reference points to (negative: in the future). */
export function ageInDays(reference: DateReference, published: CalendarDate): number {
  if (!reference.dayCertain && !reference.relative) {
    const endOfMonth = addDays(
      {
        year: reference.date.month === 12 ? reference.date.year + 1 : reference.date.year,
        month: (reference.date.month % 12) + 1,
        day: 1,
      },
      -1,
    );
    if (reference.partDay)
      return daysBetween({ ...reference.date, day: Math.min(reference.partDay, endOfMonth.day) }, published);
    const sinceEnd = daysBetween(endOfMonth, published);
    // A month wholly past ("imposed in August", told on Sept. 5) is aged from its middle: its day is unknown, and
    // its end would make every such event look a few days old. The month under way keeps its end.
    return sinceEnd > 0 ? daysBetween({ ...reference.date, day: MIDDLE_OF_MONTH }, published) : sinceEnd;
  }
  return daysBetween(reference.date, published);
}
