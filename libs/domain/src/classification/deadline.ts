import { dayToComeAt, type SentenceContext } from './context';
import type { SignalFinding } from './rules/scan';
import { daysBetween, toIsoDate, type CalendarDate } from './calendar';
import { WEEKDAY_DEADLINE } from './date-cues';
import { ON_US_GOODS } from './rates';
import { OTHER_DEADLINE_PURPOSES } from './rules/vocabulary';

export const DEADLINE_WORD = /\bdeadline\b/i;
/** "before his Aug. 1 deadline" in a story filed days later still names the deadline the talks ran against. */
const RECENT_DEADLINE_DAYS = 14;
const EFFECT_WORD =
  /\b(takes? effect|taking effect|to take effect|go(?:es|ing)? into effect|(?:come|comes|coming) into (?:effect|force)|becomes? effective|effective|kicks? in|expir\w*|moratorium|grace period|pause|suspension|freeze|truce|be lifted|is lifted|implementation|be imposed|be levied|levied|impos\w* (?:from|starting|beginning|on)|starting|beginning|postpon\w*|pushed back|delay\w*|extend\w*|mov(?:ed|ing) the|extensions? beyond)\b/i;
/** A start date is a tariff's only when the sentence speaks of one ("the meeting will run starting Thursday"). */
const TARIFF_TERM =
  /\b(tariffs?|levy|levies|duties|duty|surcharges?|reciprocal|truce|pause|suspension|moratorium|import tax(?:es)?|tax(?:es)? on (?:import|imported)\w*|(?<!(?:interest|exchange|mortgage|policy|key|base|lending) )rates)\b/i;
/**
 * Rates a deal or an order sets start on an implementation date, not a deadline: so does a tariff told as imposed
 * (not one that "will be imposed"). A tariff's own implementation ("the 25% tariff implementation set for Aug. 1")
 * is its start.
 */
const IMPLEMENTS_DEAL =
  /\b(reduc\w+|adjusted|(?<!\b(?:tariffs?|levy|levies|duty|duties) )implement\w*|(?<!\bbe )imposed)\b/i;
/** "will cut the tariff on cars to 15%, effective Nov. 1": a cut told before its day ("cut a deal" cuts nothing). */
const CUT_BEFORE =
  /\b(?:cuts?(?! (?:a |the )?deal)|cutting|lower(?:s|ed|ing)|(?:will|would|to|and) lower|halv(?:e|es|ed|ing))\b/i;
/**
 * How far past a date its sentence still speaks of what starts then: "will be implemented from Aug. 1, cutting"
 * but not the partner's answer in another clause ("..., Brazil will respond by implementing reciprocal measures").
 */
const IMPLEMENTS_WINDOW = 20;
const BY_DATE = /\b(by|before|until|till|ahead of|no later than)\s+(?:the\s+)?$/i;
const DEAL_WORD = /\b(deal|agreement|tariffs?|negotiations?|talks)\b/i;
const SUPERSEDED =
  /\b(?:original(?:ly)?|initial(?:ly)?|previously|formerly|instead of|rather than)\s+(?:\S+\s+){0,5}$|\b(?:was|had been)\s+$/i;
/** The verbs that move a tariff or its deadline: delay, extend, postpone (each form). */
const MOVE_STEMS = String.raw`delay\w*|extend\w*|postpon\w*`;
/**
 * "a 90-day reprieve for Mexican goods, whose levy had been slated to begin Aug. 1": in a sentence that moves a
 * tariff, the day it was due on before is the day being left.
 */
const PLAN_LEFT =
  /\b(?:was|were|had been)\s+(?:set|due|scheduled|slated|supposed)\s+to\s+(?:take effect|start|begin|kick in|(?:go|come) into effect|apply|be imposed)\s+(?:on\s+|from\s+)?$/i;
const MOVES_TARIFF = new RegExp(
  String.raw`\b(?:${MOVE_STEMS}|extensions?|push\w* back|paus\w*|reprieve)\b`,
  'i',
);
/** "from June 30 to Aug. 12": the first date is the one being left. */
const MOVED_FROM = /\bfrom\s+$/i;
const MOVED_TO = /^\s*(?:to|until)\s+(?:\S+\s+)?\d/i;
/**
 * "delaying his June 30 tariff deadline to Aug. 12", "extended Friday's deadline by 90 days": the deadline being moved
 * names the day it leaves.
 */
const MOVING_VERB = new RegExp(
  String.raw`\b(?:${MOVE_STEMS}|push\w*(?: back)?|mov(?:e|es|ed|ing))\s+(?:the\s+|his\s+|its\s+|their\s+|a\s+)?$`,
  'i',
);
const MOVED_DEADLINE = /^\s*(?:\S+\s+){0,2}deadline(?:\s+(?:for|on)(?:\s+\S+){1,3})?\s+(?:to|until|by)\s/i;
/** "The extension to Nov. 9 ...": the day an extension runs to is the new deadline, tariff named or not. */
const EXTENSION_TO = /\bextensions?\s+(?:to|until|till|through)\s+$/i;
/** "a 25% tariff from Aug. 1": a future date a tariff starts on is the deadline it sets. */
const TARIFF_NOUN = String.raw`(?:tariffs?|duty|duties|levy|levies|surcharges?)`;
const TALK_NOUN = String.raw`\b(?:talks|negotiations?|discussions?|meetings?|rounds?|summit|visit)\b`;
/** ... unless talks stand between: "the tariff talks with Washington on July 31" date the talks. */
const TARIFF_STARTS = new RegExp(
  String.raw`\b${TARIFF_NOUN}\b(?:(?!${TALK_NOUN})[^.;]){0,50}\b(?:from|on|starting|beginning|as of|effective)\s+$`,
  'i',
);
/** "talks in Seoul on tariff relief starting Aug. 10", "beginning on Tuesday (July 29) in Seoul": the talks are what starts ... */
const TALKS_BEFORE = new RegExp(TALK_NOUN, 'i');
const TALKS_START = /\b(?:starting|beginning|from)\s+(?:on\s+)?(?:\w+day\s*\(\s*)?$/i;
/** ... unless a tariff is threatened or imposed there: "after Trump threatened 100% tariffs starting Nov. 1". */
const TARIFF_ACTION = /\b(?:threat\w*|impos\w*|levy\w*|levied|slap\w*|announc\w*|warn\w*)\b/i;
/** "tariffs on Korean cars are set to begin Aug. 1", unless talks are what begins. */
const TARIFF_BEGINS = new RegExp(
  String.raw`^(?:(?!${TALK_NOUN})[^.;])*\b${TARIFF_NOUN}\b(?:(?!${TALK_NOUN})[^.;]){0,50}\b(?:to|will|would|shall)\s+(?:start|begin)\s+(?:on\s+)?$`,
  'i',
);
/** "the 25% hike set for Aug. 1", "the levy scheduled for August 1", unless talks are what is set. */
const TARIFF_SET_FOR = new RegExp(
  String.raw`\b(?:${TARIFF_NOUN}|hikes?)\b(?:(?!${TALK_NOUN})[^.;]){0,50}\b(?:set|scheduled|slated|due)\s+(?:for|on)\s+$`,
  'i',
);
/** "on Friday, August 1": a weekday that also names its date is no longer relative. */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i;
/** "from August 25 to 29" is a span of days, not a start. */
const DATE_RANGE = /^\s*(?:to|through|until|till|-|–)\s*(?:\w+\.?\s+)?\d/i;
/** "with the EU and other major trading partners": a pause or deadline for every partner is the main track's too. */
const EVERY_PARTNER =
  /\b(?:and|or|with|including)\s+(?:\S+\s+){0,2}other\s+(?:major\s+|key\s+|U\.?S\.?\s+)?(?:trading\s+|trade\s+)?(?:partners|countries|nations|economies)\b|\ball\s+(?:of\s+)?(?:its\s+|the\s+|America['’]s\s+|U\.?S\.?\s+)?(?:trading\s+partners|countries|nations)\b|\bdozens of (?:other\s+)?(?:countries|nations|trading partners)\b/i;
/** "a Sept. 17 deadline for the app's owner to divest", "the Sept. 30 deadline to avert a shutdown": another deadline. */
const OTHER_DEADLINE = new RegExp(
  String.raw`\b(?:${OTHER_DEADLINE_PURPOSES.join('|')})(?:s|es|ed|ned|ing)?\b`,
  'i',
);
/** How far before a day "by" a day names the other matter due by it: "be sold to a US buyer or face a ban by". */
const OTHER_MATTER_BEFORE = 60;
/** How far after a day its tariff's target may be named: "takes effect Aug. 12 on American goods". */
const US_GOODS_AFTER = 30;
const PAST_EFFECT = /\b(took effect|went into effect|came into effect|retroactive|was lifted|expired)\b/i;

/** "Canada has until Sunday", "was given until Friday": the day a side is given is its deadline. */
const GIVEN_UNTIL = /\b(?:has|have|had|given|gave\s+\S+|gets?|got)\s+(?:until|till)\s+(?:on\s+)?$/i;
/**
 * "set Aug. 1 as the start date", "fixed March 1 as the date by which ...", "June 1 is the cutoff": the day named as
 * the limit itself.
 */
const NAMED_AS_LIMIT =
  /^\s+(?:as\s+(?:the|a|its)\s+(?:\S+\s+)?(?:date|deadline|cutoff|cut-off)\b|(?:is|was|will be|remains)\s+(?:the\s+|a\s+)?(?:\S+\s+)?(?:cutoff|cut-off|deadline|last day|final day|hard stop)\b)/i;
export interface DeadlineCandidate {
  date: string;
  score: number;
  sentence: string;
}

/** "takes effect on Friday": a weekday that names the day a tariff starts. */
const TAKES_EFFECT_ON =
  /\b(?:takes?|taking|goes|go|going|comes?|coming) (?:into )?effect (?:on )?$|\bkicks? in (?:on )?$/i;
/**
 * "the pause is set to expire on Thursday", "the truce ends on Tuesday", "the deadline of the reprieve for Korean
 * goods approaches on Tuesday": a weekday that names the day a reprieve or a deadline runs out.
 */
const RUNS_OUT_ON =
  /\bexpir(?:es|e|ing) (?:on )?$|\b(?:pause|truce|suspension|moratorium|reprieve|deadline)\b(?:[^.;:,]|(?<=\b[A-Z])\.){0,80}?\s(?:ends?|approaches|looms|arrives|falls|expires|runs out) (?:on )?$/i;
/** "hours before the truce was due to run out on Monday": a reprieve told in the past ran out on a day since left behind. */
const RAN_OUT_ON = /\b(?:was|were|had been)\s+(?:\w+\s+)?(?:to\s+)?(?:expire|end)\s+(?:on\s+)?$/i;
/** "ahead of the July 20 election", "before the Oct. 31 APEC summit": the day is that event's, not a tariff's. */
const EVENT_DAY =
  /^\s*(?:(?!deadline|tariff|levy|levies|dut|truce)[\w.'’-]+\s+){0,3}(?:elections?|votes?|ballot|polls|summit|conference|forum|hearing|visit|meeting|talks)\b/i;
/** The date opens the event's noun phrase: "the July 20 election", not "the deadline on Friday looms over talks". */
const EVENT_OPENS = /\b(?:the|a|an|its|their|this|next|upcoming)\s+$/i;
/** "The US on July 12 slapped a 25% tariff ... beginning August 1": the day of the act told, not a deadline. */
const ACT_DAY =
  /^\s*,?\s*(?:\w+ly\s+)?(?:imposed|announced|signed|issued|unveiled|declared|threatened|sent|posted|wrote|said|told|ordered|slapped)\b/i;
/**
 * "a visit to Seoul to see Lee at the end of March", "told a briefing on Friday, June 6": the day of a meeting, a
 * visit or a statement, with no tariff or deadline named between it and the date.
 */
const MEETING_DAY =
  /\b(?:trips?|visits?|summit|meet|meets|meeting|briefing|interview|speech|press conference)\b(?:(?!tariff|levy|levies|dut|deadline|truce|pause|effect)[^.;]){0,60}$/i;
/** A tariff called off: "would no longer go ahead", "were dropped", "has been scrapped" (a later day it moves to is kept). */
const CALLED_OFF_TARIFF =
  /\b(?:no longer (?:go ahead|take effect|be imposed|apply)|(?:will|would) not (?:go ahead|take effect|be imposed)|won['’]t (?:go ahead|take effect)|(?:were|was|been|be|is|are) (?:dropped|scrapped|withdrawn|called off|cancell?ed|rescinded|revoked|shelved))\b(?![^.;]*\b(?:until|till|instead|to)\s+(?:\S+\s+)?\d)/i;
/** "before the deadline on Friday". */
const DEADLINE_ON = /\bdeadline\s+(?:on\s+)?$/i;
/** "extended the deadline on Monday": the weekday is when the deadline was acted on, not the deadline. */
const ACTED_ON_DEADLINE =
  /\b(?:extended|delayed|pushed(?: back)?|moved|postponed|lifted|scrapped|set|announced|missed|passed)\s+(?:\S+\s+){0,3}deadline\s+(?:on\s+)?$/i;

/**
 * The tariff deadline the article states for its main track, resolved against the publication day (`dayFromText`:
 * that day was read off the text's first date, which may be the deadline itself; `extended`: the story tells a
 * deadline moved).
 */
export function extractDeadline(
  contexts: SentenceContext[],
  mainTrack: string,
  published: CalendarDate | null,
  { dayFromText = false, extended = false }: { dayFromText?: boolean; extended?: boolean } = {},
): DeadlineCandidate | null {
  const scores = new Map<string, DeadlineCandidate>();
  /** "a deal by Oct. 31" is a target date unless the story is about a tariff deadline. */
  const deadlineTalk = contexts.some((context) => DEADLINE_WORD.test(context.text));
  for (const context of contexts) {
    if (!context.attributed.includes(mainTrack) && !EVERY_PARTNER.test(context.text)) continue;
    const text = context.text;
    const hasDeadline = DEADLINE_WORD.test(text);
    if (hasDeadline && OTHER_DEADLINE.test(text) && !TARIFF_TERM.test(text)) continue;
    for (const reference of context.dates) {
      const implementsDeal =
        IMPLEMENTS_DEAL.test(text.slice(0, reference.index + reference.text.length + IMPLEMENTS_WINDOW)) ||
        CUT_BEFORE.test(text.slice(0, reference.index));
      const hasEffect =
        EFFECT_WORD.test(text) && (hasDeadline || (TARIFF_TERM.test(text) && !implementsDeal));
      const after = text.slice(reference.index + reference.text.length);
      const weekdayDeadline =
        /^(?:on )?\w*day\b/i.test(reference.text) &&
        (WEEKDAY_DEADLINE.test(after) ||
          TAKES_EFFECT_ON.test(text.slice(0, reference.index)) ||
          GIVEN_UNTIL.test(text.slice(0, reference.index)) ||
          (RUNS_OUT_ON.test(text.slice(0, reference.index)) &&
            !RAN_OUT_ON.test(text.slice(0, reference.index))) ||
          (DEADLINE_ON.test(text.slice(0, reference.index)) &&
            !ACTED_ON_DEADLINE.test(text.slice(0, reference.index))));
      if (!reference.dayCertain && !weekdayDeadline && !/end of|next \w+day/i.test(reference.text)) continue;
      const daysAhead = published ? daysBetween(published, reference.date) : 0;
      const namedDeadline = /^\s*(?:tariff\s+|trade\s+)?(?:deadline|expiration|expiry)\b/i.test(
        text.slice(reference.index + reference.text.length),
      );
      const namedAsLimit =
        NAMED_AS_LIMIT.test(text.slice(reference.index + reference.text.length)) &&
        (TARIFF_TERM.test(text) || deadlineTalk);
      if (daysAhead < 0 && !(namedDeadline && daysAhead >= -RECENT_DEADLINE_DAYS)) continue;
      if (
        reference.relative &&
        !weekdayDeadline &&
        !/next \w+day|end of/i.test(reference.text) &&
        !MONTH_DAY.test(reference.text)
      )
        continue;
      const before = text.slice(0, reference.index);
      if (SUPERSEDED.test(before) || (PLAN_LEFT.test(before) && MOVES_TARIFF.test(text))) continue;
      if (ACT_DAY.test(text.slice(reference.index + reference.text.length))) continue;
      if (!hasDeadline && !namedDeadline && MEETING_DAY.test(before)) continue;
      if (CALLED_OFF_TARIFF.test(text)) continue;
      // The day the partner's own tariffs on US goods start is no deadline of the US tariff, whether the goods are named
      // before the day or right after it ("its counter-levies start Aug. 12 on US products").
      if (ON_US_GOODS.test(before) || ON_US_GOODS.test(after.slice(0, US_GOODS_AFTER))) continue;
      if (EVENT_OPENS.test(before) && EVENT_DAY.test(text.slice(reference.index + reference.text.length)))
        continue;
      const rest = text.slice(reference.index + reference.text.length);
      if (MOVED_FROM.test(before) && (MOVED_TO.test(rest) || /\s(?:to|until)\s/i.test(reference.text)))
        continue;
      if (MOVING_VERB.test(before) && MOVED_DEADLINE.test(rest)) continue;
      if (
        !hasDeadline &&
        TALKS_START.test(before) &&
        TALKS_BEFORE.test(before) &&
        !TARIFF_ACTION.test(before)
      )
        continue;
      let score = 0;
      const nearBefore = before.slice(-40);
      if (hasDeadline)
        score +=
          /deadline/i.test(text.slice(reference.index, reference.index + reference.text.length + 25)) ||
          /deadline/i.test(nearBefore)
            ? 3
            : 2;
      if (namedAsLimit) score += 2;
      // A tariff that starts on the story's own day is in force, not a deadline still to meet (the word "deadline" aside).
      const startsToday = !!published && !dayFromText && daysAhead === 0 && !hasDeadline;
      if ((hasEffect || EXTENSION_TO.test(before)) && !PAST_EFFECT.test(text) && !startsToday) score += 1.5;
      else if (
        !startsToday &&
        (TARIFF_STARTS.test(before) || TARIFF_BEGINS.test(before) || TARIFF_SET_FOR.test(before)) &&
        !implementsDeal &&
        !DATE_RANGE.test(text.slice(reference.index + reference.text.length)) &&
        !/\d\s*(?:to|through|-|–)\s*\d/i.test(reference.text) &&
        !PAST_EFFECT.test(text)
      )
        score += 1.5;
      if (
        BY_DATE.test(before) &&
        DEAL_WORD.test(text) &&
        (/\btariffs?\b/i.test(text) || deadlineTalk) &&
        // "the app must be sold by Sept. 17 or banned": the day another matter is due by, told beside the tariffs.
        !OTHER_DEADLINE.test(before.slice(-OTHER_MATTER_BEFORE))
      )
        score += 1;
      if (score === 0) continue;
      if (context.sentence.isTitle) score += 0.5;
      const date = toIsoDate(reference.date);
      const existing = scores.get(date);
      if (existing) existing.score += score;
      else scores.set(date, { date, score, sentence: text });
    }
  }
  const today = published ? toIsoDate(published) : '';
  const stated = [...scores.values()].filter((candidate) => candidate.score >= 1);
  const ahead = stated.filter((candidate) => candidate.date >= today);
  // A deadline moved leaves its old day in the story beside the new one: the later is the one in force.
  if (extended && ahead.length > 1) return latest(ahead);
  return strongest(ahead.length > 0 ? ahead : stated);
}

function latest(candidates: DeadlineCandidate[]): DeadlineCandidate {
  return candidates.reduce((best, candidate) => (candidate.date > best.date ? candidate : best));
}

/** A deadline just passed is the story's only when it names none still ahead ("missed the July 9 deadline; the rate starts Aug. 1"). */
function strongest(candidates: DeadlineCandidate[]): DeadlineCandidate | null {
  let best: DeadlineCandidate | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  return best;
}

/**
 * The day in the sentence a deadline_set signal stands on, when the fact reader named none: "no extension of
 * the Aug. 1 date for Seoul" sets the deadline the signal reports. Not the start of a rate a deal or an order
 * implements, which the fact reader leaves out too.
 */
export function deadlineOfSignal(
  signals: SignalFinding[],
  contexts: SentenceContext[],
): DeadlineCandidate | null {
  const set = signals.find((signal) => signal.type === 'deadline_set');
  const context = set && contexts.find((candidate) => candidate.sentence.index === set.sentence);
  if (!context || IMPLEMENTS_DEAL.test(context.text)) return null;
  const at = dayToComeAt(context);
  return at < 0 ? null : { date: toIsoDate(context.dates[at].date), score: 1, sentence: context.text };
}
