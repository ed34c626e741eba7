import type { SignalType } from '../../model/signals';
import { isRecapAt, type SentenceContext } from '../context';

export interface SignalRule {
  /** Names the rule in explanations and tests. */
  id: string;
  signal: SignalType;
  trigger: RegExp;
  confidence: number;
  /** The sentence must also match this. */
  requires?: RegExp;
  /** The sentence must not match this. */
  unless?: RegExp;
  /** Words before the trigger (same clause) that cancel it: negation and modality. */
  blockedBy?: RegExp;
  /** Reports of old events count too (states such as "talks remain stalled"). */
  allowRecap?: boolean;
  /** High-impact: only from the title or lead, or a sentence anchored in the present. */
  leadOrAnchored?: boolean;
  /** The sentence must name the partner itself, or at least not speak of countries in general. */
  needsParty?: boolean;
  /** Words after the trigger (same clause) that cancel it. */
  blockedAfter?: RegExp;
  /** The sentence must name a day after publication ("take effect on Aug. 1"). */
  needsFutureDate?: boolean;
  /** Only the headline speaks this way (present tense for past news). */
  titleOnly?: boolean;
  /** Talks between the two sides: the sentence names the US side, counterparts or the negotiation itself. */
  needsCounterpart?: boolean;
  /** Background unless in the title or lead, or the sentence matches this (someone announcing it). */
  leadOrMatches?: RegExp;
}

export interface RuleMatch {
  rule: SignalRule;
  context: SentenceContext;
  confidence: number;
  /** The trigger was cancelled by a denial ("denied reports of a deal"). */
  denied: boolean;
}

export const NEGATION =
  /\b(not|no|never|without|fail(?:ed|s|ing)? to|yet to|den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|refut(?:e|ed|es)|reject(?:ed|s)?|rul(?:ed|es|ing) out|far from|neither|nor|instead of|rather than)\b|n[’']t\b/i;
export const DENIAL =
  /\b(den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|refut(?:e|ed|es)|retract(?:ed|s)?|walk(?:ed)? back|no (?:deal|agreement) (?:has been|was|is|had been) (?:reached|agreed|struck|finali[sz]ed)|not (?:yet )?(?:been )?reached|false|premature|inaccurate)\b/i;
const DENIAL_VERB =
  /\b(den(?:y|ied|ies|ying)|dismiss(?:ed|es|ing)?|refut(?:e|ed|es)|retract(?:ed|s)?|reject(?:s|ed)? (?:the |a )?reports?|walk(?:ed)? back)\b/i;

/** Negation reaches a few words back and stops at a comma: "if no deal is reached, a tariff will be imposed". */
function negationScope(before: string): string {
  const afterComma = before.slice(before.lastIndexOf(',') + 1);
  return afterComma.split(/\s+/).slice(-7).join(' ');
}

export const WEAK_MODAL = /\b(if|unless|whether|could|might|may|should|would have|in case)\b/i;
export const INTENT =
  /\b(will|shall|hope[sd]? to|hoping to|aim(?:s|ed|ing)? (?:to|at|for)|seek(?:s|ing)? (?:to|a)|sought to|want(?:s|ed)? to|try(?:ing)? to|push(?:ing|es|ed)? (?:for|to)|rac(?:e|es|ing) to|in a bid to|in order to|work(?:s|ing)? (?:toward|towards|to|on)|expect(?:s|ed)? to|likely|close to|nearing|near|potential|possible|possibly|prospects?|speculat\w*|considering|ready to|willing to|intends? to|so as to|before|ahead of|would|towards?|to)\s*$/i;
const REPORTED =
  /\b(reportedly|unnamed|anonymity|according to (?:sources|people|a source|media|reports|a report|the report|local media)|sources (?:said|say|told)|is said to|are said to|reports suggest|rumou?rs?)\b/i;

const CLAUSE_BREAK = /[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b|, which\b|, and\b/gi;

/** The words of the trigger's own clause that come before it. */
export function clauseBefore(text: string, at: number, span = 70): string {
  const start = Math.max(0, at - span);
  const window = text.slice(start, at);
  let cut = 0;
  for (const match of window.matchAll(CLAUSE_BREAK)) cut = (match.index ?? 0) + match[0].length;
  return window.slice(cut);
}

const COUNTERPART =
  /\b(counterparts?|both sides|the two sides|two countries|bilateral|negotiators?|trade talks|tariff talks|tariff negotiations|trade negotiations|2\+2|two-plus-two)\b/i;
const COUNTERFACTUAL = /\bwould have\b/i;
const OTHERS_AS_SUBJECT =
  /\b(?:other|several|many|some|most|\d+) (?:major |\w+ )?(?:economies|countries|nations|trading partners|partners)\b/i;
const GENERIC_SCOPE =
  /\b(?:countries|nations|trading partners|the world|global(?:ly)?)\b|\btariffs? on (?:all )?(?:imported )?(?:semiconductors|chips|pharmaceuticals|drugs|steel|aluminum|copper|lumber|timber|trucks|movies|films)\b/i;
const LINKED_PARTY = /^(?:\S+\s+){0,6}?(?:with|and|between|to|for)\s+(?:\S+\s+){0,2}$/i;

/** A trigger followed closely by "with <another partner>" is about that partner's negotiation. */
function aboutAnotherPartner(context: SentenceContext, mainTrack: string, at: number): boolean {
  const next = context.mentions.find((mention) => mention.index > at && mention.index - at < 70);
  if (!next) return false;
  const sameWord = context.mentions.filter((mention) => mention.index === next.index);
  if (sameWord.some((mention) => mention.trackId === mainTrack)) return false;
  return (
    LINKED_PARTY.test(context.text.slice(at, next.index)) &&
    !context.mentions.some(
      (mention) => mention.trackId === mainTrack && mention.index > at && mention.index < next.index,
    )
  );
}

/** "Japan and Vietnam have struck deals, while Korea ...": the clause's own subject is another partner. */
function anotherPartnerIsSubject(
  context: SentenceContext,
  mainTrack: string,
  clauseStart: number,
  at: number,
): boolean {
  const inClause = context.mentions.filter((mention) => mention.index >= clauseStart && mention.index < at);
  if (inClause.length === 0) return false;
  return !inClause.some((mention) => mention.trackId === mainTrack);
}

function clauseAfter(text: string, from: number, span = 80): string {
  const window = text.slice(from, from + span);
  const cut = window.search(/[;:—–]|\bbut\b|\bwhile\b|\bwhereas\b/i);
  return cut >= 0 ? window.slice(0, cut) : window;
}

const globalTriggers = new WeakMap<SignalRule, RegExp>();

/** The rule's trigger with the g flag, compiled once per rule. */
function globalTrigger(rule: SignalRule): RegExp {
  let trigger = globalTriggers.get(rule);
  if (!trigger) {
    trigger = new RegExp(
      rule.trigger.source,
      rule.trigger.flags.includes('g') ? rule.trigger.flags : rule.trigger.flags + 'g',
    );
    globalTriggers.set(rule, trigger);
  }
  return trigger;
}

/**
 * "$350 billion" as a word: a currency sign is not a word character, so "offered a $350 billion
 * package" would slip past patterns written with \w and \b. Same length, so indices still match.
 */
function wordyAmounts(text: string): string {
  return text.replace(/[$€£₩¥](?=\d)/g, 'S');
}

export function runRule(rule: SignalRule, context: SentenceContext, mainTrack: string): RuleMatch | null {
  if (rule.titleOnly && !context.sentence.isTitle) return null;
  const trigger = globalTrigger(rule);
  const matchText = wordyAmounts(context.text);
  trigger.lastIndex = 0;
  if (!trigger.test(matchText)) return null;
  trigger.lastIndex = 0;
  if (rule.requires && !rule.requires.test(context.text)) return null;
  if (rule.unless && rule.unless.test(context.text)) return null;
  if (COUNTERFACTUAL.test(context.text)) return null;
  if (rule.needsCounterpart && !context.us && !context.afterUs && !COUNTERPART.test(context.text))
    return null;
  if (rule.leadOrMatches && !context.lead && !rule.leadOrMatches.test(context.text)) return null;
  if (rule.needsFutureDate && !context.dates.some((date, i) => date.dayCertain && context.ages[i] < 0))
    return null;
  if (rule.needsParty && context.parties.length === 0 && GENERIC_SCOPE.test(context.text)) return null;
  for (const match of matchText.matchAll(trigger)) {
    const before = clauseBefore(context.text, match.index ?? 0);
    const wordsBefore = context.text.slice(Math.max(0, (match.index ?? 0) - 25), match.index ?? 0);
    const denied = DENIAL_VERB.test(before);
    if (denied || NEGATION.test(negationScope(before))) {
      if (denied || DENIAL.test(context.text))
        return { rule, context, confidence: rule.confidence, denied: true };
      continue;
    }
    const at = match.index ?? 0;
    if (rule.blockedBy && rule.blockedBy.test(before)) continue;
    if (rule.blockedBy === undefined && (WEAK_MODAL.test(before) || INTENT.test(wordsBefore))) continue;
    if (rule.blockedAfter && rule.blockedAfter.test(clauseAfter(context.text, at + match[0].length)))
      continue;
    if (OTHERS_AS_SUBJECT.test(before)) continue;
    if (aboutAnotherPartner(context, mainTrack, at)) continue;
    if (anotherPartnerIsSubject(context, mainTrack, at - before.length, at)) continue;
    if (!rule.allowRecap && isRecapAt(context, at, at + match[0].length)) continue;
    if (rule.leadOrAnchored && !context.lead && !context.anchored) continue;
    let confidence = rule.confidence;
    if (context.lead) confidence += 0.05;
    if (context.anchored) confidence += 0.03;
    if (REPORTED.test(context.text)) confidence -= 0.1;
    return { rule, context, confidence: Math.max(0, Math.min(0.97, confidence)), denied: false };
  }
  return null;
}
