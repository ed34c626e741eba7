import { ageInDays, findDateReferences, NAMES_SAME_MONTH, type DateReference } from './dates';
import type { CalendarDate } from './calendar';
import {
  findParties,
  type CounterpartTracks,
  type PartyIndex,
  type PartyMention,
  type SentenceParties,
} from './parties';
import {
  ANCHOR_WORDING,
  FRAMED_BY_OLD_TIME,
  RECAP_AFTER_DAYS,
  UNDATED_MONTH,
  UNDATED_OLD,
  isRecentEvent,
  tellsBackground,
} from './recap';
import type { Sentence } from './text/sentences';

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
  // Not the verb of "deal a blow": "tariffs deal another heavy blow to carmakers".
  'deals?(?!\\s+(?:a|an|another)\\s+(?:\\w+\\s+){0,2}blows?\\b)',
  'agreements?',
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
  'meetings',
  'counterparts?',
  // A negotiator speaking with the other side: "the trade chief spoke with Seoul on the levy".
  'speak(?:s|ing)? with',
  'spoke with',
  // ... or in a conversation with it; not the conversation a country has about tariffs.
  "conversations?['’”]? (?:with|between)",
];
export const TALKS_CUE = new RegExp(
  `\\b(?:(?:${TALKS_FAMILIES.join('|')})\\w*|(?:${TALKS_WORDS.join('|')})\\b)`,
  'i',
);

/** "A few days later, ...", "Weeks later, ...": later than the time the sentence before told, so as old as it. */
const CONNECTIVE =
  /^((?:a few|a couple of|two|three|four|five|several|\d+|a|one) (?:days?|weeks?|months?) later|(?:days|weeks|months) later|later that (?:day|week|month)|however|but|yet|that|this|it|they|there|the talks|the meeting|the deal|(?:their|its|his|her)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|visit|trip|session|round|discussions?|negotiations?)|(?:[\w.’'-]+\s+){0,4}also\s+(?!said|says|told|tells|noted|added|stated|wrote|posted|announced))\b/i;
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
  /** The article has no publication day: how recent its news is cannot be told. */
  undated: boolean;
  /** The title or the first LEAD_SENTENCES of the body: where a story says what happened. */
  lead: boolean;
  /** The title or the first EARLY_SENTENCES of the body: where a story tells its news, before colour and background. */
  early: boolean;
  tradeCue: boolean;
  talksCue: boolean;
}

/** The first day still to come the sentence names ("on Aug. 1", next Friday), not a month or a season; -1: none. */
export function dayToComeAt(context: SentenceContext): number {
  return context.dates.findIndex((date, i) => date.dayCertain && context.ages[i] < 0);
}

export const namesDayToCome = (context: SentenceContext): boolean => dayToComeAt(context) >= 0;

const LEAD_SENTENCES = 4;
const EARLY_SENTENCES = 8;

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
  // Only a sentence that says "of the same month" reads its neighbour's dates (chrono is the costly part).
  const earlier = NAMES_SAME_MONTH.test(text) ? previous?.dates.at(-1)?.date : undefined;
  let dates = findDateReferences(text, published, earlier);
  if (dates.length === 0 && previous && SAME_DAY.test(text)) dates = previous.dates;
  const ages = published ? dates.map((date) => ageInDays(date, published)) : [];
  const recent = dates.filter((date, i) => isRecentEvent(text, date, ages[i]));
  const hasRecent = recent.length > 0;
  const hasOld = ages.some((age) => age > RECAP_AFTER_DAYS);
  const datelessMonth = !published && (UNDATED_MONTH.test(text) || UNDATED_OLD.test(text));
  const recentAt = hasRecent ? recent[0].index : Infinity;
  let recap =
    (hasOld && !hasRecent) ||
    datelessMonth ||
    FRAMED_BY_OLD_TIME.test(text) ||
    tellsBackground(text, undefined, recentAt);
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
  readonly early: boolean;
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
    this.early = sentence.isTitle || sentence.index < EARLY_SENTENCES;
    this.tradeCue = TRADE_CUE.test(text);
    this.talksCue = TALKS_CUE.test(text);
  }

  private get timed(): Timing {
    return (this.timing ??= readTiming(this.text, this.published, this.previous));
  }

  get dates(): DateReference[] {
    return this.timed.dates;
  }

  get undated(): boolean {
    return this.published === null;
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

/** "to the Swiss city of Geneva", "in the Malaysian port town of Klang": the host's adjective names a venue ... */
const VENUE_BEFORE = /\b(?:in|at|to)\s+the\s+(?:[A-Z][\w’'-]*\s+)?$/;
const VENUE_NOUN =
  "(?:[A-Z][\\w’'-]*\\s+){1,2}(?:(?:port|coastal|resort|border|southern|northern|eastern|western|central)\\s+)?(?:city|capital|town|port|resort|island)";
const VENUE_AFTER = new RegExp(`^${VENUE_NOUN}\\b`);
/** ... and so does the city named after it: "in the Japanese capital Tokyo", "at the Korean resort city of Gyeongju". */
const VENUE_NAMED = new RegExp(`\\b(?:in|at|to)\\s+the\\s+${VENUE_NOUN}(?:\\s+of)?,?\\s+$`);

function isLocation(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return (
    LOCATION_BEFORE.test(before) ||
    VENUE_NAMED.test(before) ||
    (VENUE_BEFORE.test(before) && VENUE_AFTER.test(text.slice(at, at + 60)))
  );
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
