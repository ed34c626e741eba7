import { ageInDays, findDateReferences, type CalendarDate, type DateReference } from './dates';
import {
  findParties,
  type CounterpartTracks,
  type PartyIndex,
  type PartyMention,
  type SentenceParties,
} from './parties';
import type { Sentence } from './text/sentences';

/** How old a reported event may be and still count as news (spec: "more than ~2 weeks old" is a recap). */
export const RECAP_AFTER_DAYS = 14;

export const TRADE_CUE =
  /\b(tariffs?|trade|levy|levies|duties|duty|imports?|exports?|investments?|invest|reciprocal|economic|commerce|customs|market access|negotiat\w*|talks|deal)\b/i;
/**
 * Words that speak of negotiating. Families cover every form of their word (talk, talks, talking;
 * discuss, discussed, discussions; consultation, consultations; dialogue, dialogues), so a report that calls
 * the talks by another name ("economic discussions", "trade consultations", "a strategic dialogue")
 * is read like one that says "talks"; the rest are exact words.
 */
const TALKS_FAMILIES = ['talk', 'negotiat', 'discuss', 'consultation', 'dialog', 'finali[sz]'];
const TALKS_WORDS = [
  'deal',
  'agreement',
  'trade pact',
  'framework',
  'mous?',
  'memorand(?:um|a|ums) of understanding',
  'tariff letter',
  'proposals?',
  'concessions?',
  'summit',
  'package',
  'meet',
  'met',
  'meets',
  'meeting with',
  'counterparts?',
];
export const TALKS_CUE = new RegExp(
  `\\b(?:(?:${TALKS_FAMILIES.join('|')})\\w*|(?:${TALKS_WORDS.join('|')})\\b)`,
  'i',
);

/** Past perfect and similar wording marks background told in passing. */
export const RECAP_WORDING =
  /\b(had (?:(?:been|already|previously|originally|initially|earlier|first|also|since)\s+){0,2}(?:\w+ed|met|held|struck|sent|made|set|cut|won|begun|seen|taken|spoken|said)|has since been|have since been|earlier this year|last year|in recent months|during the process|over the past (?:few )?(?:months|year)|for months|(?:several|many|multiple|numerous) times|repeatedly|(?:so|thus) far (?:held|met|conducted|completed)|(?:held|conducted|completed) (?:\w+ ){0,6}(?:so far|thus far|to date)|when he first|last (?:week|month)['’]s|recent (?:visit|trip|talks|meeting)s?|(?:weeks|months|a month|a year) after|at (?:the|that) time(?! of)|back then|(?:weeks|months|years) ago)\b/i;
const ANCHOR_WORDING =
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
function tellsBackground(text: string, triggerEnd?: number, recentAt = Infinity): boolean {
  EVERY_RECAP_WORDING.lastIndex = 0;
  for (let match = EVERY_RECAP_WORDING.exec(text); match; match = EVERY_RECAP_WORDING.exec(text)) {
    const datesWhatFollows = match.index > recentAt && /after$/i.test(match[0]);
    if (datesWhatFollows && (triggerEnd === undefined || triggerEnd <= match.index)) continue;
    const pastPerfect = /^had\b/i.test(match[0]);
    if (!pastPerfect) return true;
    if ((match.index ?? 0) >= (triggerEnd ?? text.length)) continue;
    if (!REPORTING.test(text.slice(0, match.index))) return true;
  }
  return false;
}

/** "by July 8", "before the Aug. 1 deadline": a target, not the time something happened. */
function isTargetDate(text: string, at: number): boolean {
  return /\b(by|before|until|till|ahead of|deadline of|due)\s+(?:the\s+)?$/i.test(
    text.slice(Math.max(0, at - 20), at),
  );
}

/** A day within the recap window that something happened on, not one it must happen by. */
function isRecentEvent(text: string, date: DateReference, age: number | undefined): boolean {
  return (
    age !== undefined &&
    age >= 0 &&
    age <= RECAP_AFTER_DAYS &&
    (date.dayCertain || date.relative) &&
    !isTargetDate(text, date.index)
  );
}

/** Without a publication date, relative phrases that are old whenever the story was written. */
const UNDATED_OLD =
  /\b(?:(?:two|three|four|five|six|several|\d+) weeks ago|months? ago|last month|earlier this year|last year)\b/i;
const UNDATED_MONTH =
  /\b(?:in|since|during|at the end of) (?:early |mid-|late )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?!\s*\d)/i;
const CONNECTIVE =
  /^(however|but|yet|that|this|it|they|there|the talks|the meeting|the deal|(?:[\w.’'-]+\s+){0,4}also\s+(?!said|says|told|tells|noted|added|stated|wrote|posted|announced))\b/i;
const SAME_DAY = /\b(the same day|that day|on that date)\b/i;
const ANAPHOR =
  /^(under (?:that|the|this) (?:deal|agreement|framework)|in exchange|in return|that deal|the deal|it|they|the agreement)\b/i;

export interface SentenceContext {
  sentence: Sentence;
  text: string;
  /** Partner tracks named in the sentence, first mention first. */
  parties: string[];
  /** Tracks the sentence speaks for: named, or inherited from the sentence before, or the main track. */
  attributed: string[];
  /** Names the main track's counterpart (the United States for `xx-us` tracks); set once the main track is known. */
  us: boolean;
  /** Tracks whose counterpart the sentence names. */
  counterparts: CounterpartTracks;
  counterpartAt: Map<number, CounterpartTracks>;
  /** The sentence before names the counterpart: quotes and follow-ups keep it in view. */
  afterUs: boolean;
  dates: DateReference[];
  /** Days before publication for each entry of `dates` (negative: future). */
  ages: number[];
  mentions: PartyMention[];
  /** Reports something older than the recap window, or tells background in passing. */
  recap: boolean;
  /** Undated sentence that continues a recap ("However, the talks were postponed."). */
  inheritedRecap: boolean;
  /** No publication date, and the sentence places something in a named month. */
  datelessMonth: boolean;
  /** Names a time close to publication (a weekday, "this week", a date within the window). */
  anchored: boolean;
  lead: boolean;
  tradeCue: boolean;
  talksCue: boolean;
}

const LEAD_SENTENCES = 4;

/** When a sentence's events happened: the fields of SentenceContext that read its dates. */
interface Timing {
  dates: DateReference[];
  ages: number[];
  recap: boolean;
  inheritedRecap: boolean;
  datelessMonth: boolean;
  anchored: boolean;
}

function readTiming(text: string, published: CalendarDate | null, previous: SentenceContext | null): Timing {
  let dates = findDateReferences(text, published);
  if (dates.length === 0 && previous && SAME_DAY.test(text)) dates = previous.dates;
  const ages = published ? dates.map((date) => ageInDays(date, published)) : [];
  const recent = dates.filter((date, i) => isRecentEvent(text, date, ages[i]));
  const hasRecent = recent.length > 0;
  const hasOld = ages.some((age) => age > RECAP_AFTER_DAYS);
  const datelessMonth = !published && (UNDATED_MONTH.test(text) || UNDATED_OLD.test(text));
  const recentAt = hasRecent ? recent[0].index : Infinity;
  let recap = (hasOld && !hasRecent) || datelessMonth || tellsBackground(text, undefined, recentAt);
  const inheritedRecap =
    !recap && dates.length === 0 && !!previous?.recap && CONNECTIVE.test(text) && !previous.sentence.isTitle;
  if (inheritedRecap) recap = true;
  const anchored = hasRecent || ANCHOR_WORDING.test(text);
  return { dates, ages, recap, inheritedRecap, datelessMonth, anchored };
}

/**
 * A sentence's timing is read on first use: reading dates (chrono) is the costliest part of the analysis, and
 * most sentences of an article are never asked when their events happened (they do not speak for the main
 * track, or no rule could match them). It depends only on the sentence, the publication day and the sentence
 * before, so reading it later gives the same answer.
 */
class AnalysedSentence implements SentenceContext {
  readonly text: string;
  readonly counterparts: CounterpartTracks;
  readonly counterpartAt: Map<number, CounterpartTracks>;
  parties: string[];
  attributed: string[];
  us: boolean;
  afterUs: boolean;
  mentions: PartyMention[];
  readonly lead: boolean;
  readonly tradeCue: boolean;
  readonly talksCue: boolean;
  /** Set in the constructor, so that every sentence keeps one shape (read or not). */
  private timing: Timing | undefined = undefined;

  constructor(
    readonly sentence: Sentence,
    found: SentenceParties,
    private readonly published: CalendarDate | null,
    private readonly previous: SentenceContext | null,
  ) {
    const text = sentence.text;
    this.text = text;
    this.counterparts = found.counterparts;
    this.counterpartAt = found.counterpartAt;
    this.mentions = found.partners;
    this.parties = [...new Set(this.mentions.map((mention) => mention.trackId))];
    this.attributed = this.parties;
    this.us = found.counterparts.size > 0;
    this.afterUs = !!previous && previous.counterparts.size > 0;
    this.lead = sentence.isTitle || sentence.index < LEAD_SENTENCES;
    this.tradeCue = TRADE_CUE.test(text);
    this.talksCue = TALKS_CUE.test(text);
  }

  private get timed(): Timing {
    return (this.timing ??= readTiming(this.text, this.published, this.previous));
  }

  get dates(): DateReference[] {
    return this.timed.dates;
  }

  get ages(): number[] {
    return this.timed.ages;
  }

  get recap(): boolean {
    return this.timed.recap;
  }

  get inheritedRecap(): boolean {
    return this.timed.inheritedRecap;
  }

  get datelessMonth(): boolean {
    return this.timed.datelessMonth;
  }

  get anchored(): boolean {
    return this.timed.anchored;
  }
}

export function analyseSentences(
  sentences: Sentence[],
  published: CalendarDate | null,
  index: PartyIndex,
): SentenceContext[] {
  const contexts: SentenceContext[] = [];
  let previous: SentenceContext | null = null;
  for (const sentence of sentences) {
    const context: SentenceContext = new AnalysedSentence(
      sentence,
      findParties(sentence.text, index),
      published,
      previous,
    );
    contexts.push(context);
    previous = context;
  }
  return contexts;
}

/** "talks in Kuala Lumpur, Malaysia", "met at Busan, South Korea": where something happened, not who took part. */
const LOCATION_BEFORE = /\b(?:in|at)\s+(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s*)?$/;

function isLocation(text: string, at: number): boolean {
  return LOCATION_BEFORE.test(text.slice(Math.max(0, at - 50), at));
}

/** Gives sentences that name no partner the partner of an anaphoric antecedent, else the main track. */
export function attribute(contexts: SentenceContext[], mainTrack: string | null): void {
  let previous: SentenceContext | null = null;
  let before: SentenceContext | null = null;
  for (const context of contexts) {
    const places = context.mentions.filter(
      (mention) => mention.trackId !== mainTrack && isLocation(context.text, mention.index),
    );
    if (places.length > 0) {
      context.mentions = context.mentions.filter((mention) => !places.includes(mention));
      context.parties = [...new Set(context.mentions.map((mention) => mention.trackId))];
      context.attributed = context.parties;
    }
    context.us = mainTrack !== null && context.counterparts.has(mainTrack);
    if (context.us) {
      // The main track's counterpart is not "another partner" (Mexico in a Canada–Mexico story).
      context.mentions = context.mentions.filter(
        (mention) => !context.counterpartAt.get(mention.index)?.has(mainTrack ?? ''),
      );
      context.parties = [...new Set(context.mentions.map((mention) => mention.trackId))];
      context.attributed = context.parties;
    }
    context.afterUs = !!before && before.us;
    before = context;
    if (context.parties.length === 0) {
      const inherited =
        previous &&
        ANAPHOR.test(context.text) &&
        previous.attributed.length > 0 &&
        !previous.attributed.includes(mainTrack ?? '')
          ? previous.attributed
          : null;
      context.attributed = inherited ?? (mainTrack ? [mainTrack] : []);
    }
    if (!context.sentence.isTitle) previous = context;
  }
}

/**
 * Whether what a match reports is old: its clause (characters [from, to), from the one clause splitter in
 * nlp/clauses.ts) names only old dates, or tells background.
 */
/** "In May, ...", "Under that earlier deal, ...": a lead-in that dates every clause of its sentence. */
const LEAD_IN = /^(?:in|under|during|since|back in|earlier|after|following)\b[^,;:]{0,40},/i;
const OLD_LEAD_IN = /\b(?:earlier|previous|prior|original|initial|last)\b/i;
const RECENT_LEAD_IN =
  /\b(?:today|tonight|this (?:week|morning|afternoon)|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

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
  /\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,5}(?:struck|signed|reached|agreed|announced|sealed|concluded|unveiled|imposed|launched|made)\s+(?:in|on|at|last|earlier|this)?\s*(?:early\s+|late\s+|mid-?)?$/i;

/** "At the time, ...", "Last year ...": a time the sentence opens with frames every clause after it. */
const FRAMED_BY_OLD_TIME =
  /^\s*(?:at (?:the|that) time|back then|earlier this year|last year|in recent months|over the past (?:few )?(?:months|year)|(?:several|many|a few|two|three) (?:weeks|months|years) ago)\b(?! of)/i;

export function isRecapSpan(context: SentenceContext, from: number, to: number, end: number): boolean {
  if (FRAMED_BY_OLD_TIME.test(context.text)) return true;
  const clause = context.text.slice(from, to);
  const recentDate = context.dates.find(
    (date, i) => date.index >= from && date.index < to && isRecentEvent(context.text, date, context.ages[i]),
  );
  if (tellsBackground(clause, end - from, recentDate ? recentDate.index - from : Infinity)) return true;
  if (oldLeadIn(context)) return true;
  let old = false;
  let recent = false;
  // "moved the deadline to Aug. 1 from July 9": the old date is where the move started, not when it was told.
  const movesAhead = context.dates.some(
    (date, i) => date.index >= from && date.index < to && context.ages[i] < 0,
  );
  context.dates.forEach((date, i) => {
    if (date.index < from || date.index >= to) return;
    // "will meet to discuss the agreement struck in July": the date belongs to a phrase after the match.
    if (date.index >= end && DESCRIBED_AFTER.test(context.text.slice(end, date.index))) return;
    const movedFrom =
      movesAhead &&
      /\bfrom\s+(?:the\s+)?(?:original\s+|earlier\s+|previous\s+)?$/i.test(
        context.text.slice(Math.max(0, date.index - 30), date.index),
      );
    if (context.ages[i] > RECAP_AFTER_DAYS && !movedFrom) old = true;
    else if (
      context.ages[i] >= 0 &&
      (date.dayCertain || date.relative) &&
      !isTargetDate(context.text, date.index)
    )
      recent = true;
  });
  if (old && !recent) return true;
  if (context.datelessMonth && (UNDATED_MONTH.test(clause) || UNDATED_OLD.test(clause))) return true;
  const dated = context.dates.some((date) => date.index >= from && date.index < to);
  return context.inheritedRecap && !dated;
}
