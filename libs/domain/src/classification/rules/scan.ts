import type { SignalType } from '../../model/signals';
import type { SentenceContext } from '../context';
import {
  annotateContext,
  compileRules,
  runRule,
  vocabularyOf,
  type AnnotatedSentence,
  type CompiledRule,
  type RuleMatch,
} from './engine';
import { calibrate } from '../calibration';
import { metNeeds } from './context-needs';
import { annotate } from '../nlp/annotate';
import { SIGNAL_RULES } from './index';
import type { CompiledPattern } from './pattern';
import { PatternIndex } from './pattern-index';
import { SurfaceFilter } from './surface-filter';

/**
 * A rule match below this raw confidence is not tagged. Tagged signals then carry their calibrated
 * confidence; the status machine's own threshold (policy.minConfidence in libs/domain/src/status) decides
 * which of those may move a track's status. Two settings, two jobs.
 */
export const MIN_SIGNAL_CONFIDENCE = 0.5;

export const COMPILED_RULES: CompiledRule[] = compileRules(SIGNAL_RULES);
const VOCABULARY = vocabularyOf(COMPILED_RULES);
interface RuleSetIndexes {
  /** Before tagging: could a sentence's written words carry a pattern of a rule whose needs it meets (metNeeds)? */
  surface: SurfaceFilter;
  /** After tagging: which patterns could its lemmas and classes carry? */
  patterns: PatternIndex;
  /** Each pattern's rule, by its place in the rule list. */
  ruleOf: Map<CompiledPattern, number>;
}
const INDEXES = new WeakMap<CompiledRule[], RuleSetIndexes>();

function indexesFor(rules: CompiledRule[]): RuleSetIndexes {
  let indexes = INDEXES.get(rules);
  if (!indexes) {
    const patterns = rules.flatMap((rule) => rule.patterns);
    const needs = rules.flatMap((rule) => rule.patterns.map(() => rule.needs));
    const ruleOf = new Map(
      rules.flatMap((rule, at) => rule.patterns.map((pattern) => [pattern, at] as const)),
    );
    indexes = { surface: new SurfaceFilter(patterns, needs), patterns: new PatternIndex(patterns), ruleOf };
    INDEXES.set(rules, indexes);
  }
  return indexes;
}

export interface SignalFinding {
  type: SignalType;
  /** Calibrated: about this share of signals tagged at this confidence are right. */
  confidence: number;
  /** The rule's confidence before calibration (the calibration script's input). */
  raw: number;
  evidence: string;
  rule: string;
  support: number;
  /** The evidence sentence's place in the article: -1 for the title, then 0, 1, ... */
  sentence: number;
  /** The clause that carried the best match, and how it reads. */
  clause: string;
  polarity: string[];
}

export interface SignalScan {
  signals: SignalFinding[];
  denied: SignalFinding[];
}

/** Runs every rule over the sentences that speak for the main track and keeps the best evidence per signal. */
export interface ScanOptions {
  /** Keep every finding with its raw confidence, uncalibrated and unfiltered (for calibration). */
  raw?: boolean;
}

/** The sentences that speak for the main track and that some rule whose needs they meet could match. */
function candidatesOf(
  contexts: SentenceContext[],
  mainTrack: string,
  indexes: RuleSetIndexes,
): { context: SentenceContext; met: number }[] {
  const attributed = contexts.filter((context) => context.attributed.includes(mainTrack));
  const mets = attributed.map((context) => metNeeds(context, mainTrack));
  return attributed
    .map((context, at) => ({ context, met: mets[at] }))
    .filter(({ context, met }) => indexes.surface.mayMatch(context.text, met));
}

/** Every rule's match in a tagged sentence, in the rules' order. */
function matchesIn(sentence: AnnotatedSentence, rules: CompiledRule[], indexes: RuleSetIndexes): RuleMatch[] {
  const matches: RuleMatch[] = [];
  const possible = indexes.patterns.possible(sentence.words);
  // A rule with no possible pattern matches nothing: only the others are run, in the rules' order.
  const asked = [...new Set([...possible].map((pattern) => indexes.ruleOf.get(pattern) ?? -1))];
  for (const at of asked.sort((a, b) => a - b)) {
    const match = at >= 0 ? runRule(rules[at], sentence, possible) : null;
    if (match) matches.push(match);
  }
  return matches;
}

export function scanSignals(
  contexts: SentenceContext[],
  mainTrack: string,
  options: ScanOptions = {},
  rules: CompiledRule[] = COMPILED_RULES,
): SignalScan {
  const indexes = indexesFor(rules);
  // Each step for every sentence before the next (reading dates with chrono, the surface filter, tagging with
  // wink): one after the other for each sentence kept no step's working set in the processor's caches.
  const candidates = candidatesOf(contexts, mainTrack, indexes);
  const tokens = candidates.map(({ context }) => annotate(context.text, VOCABULARY));
  const matches = candidates.flatMap(({ context, met }, at) =>
    matchesIn(annotateContext(context, mainTrack, VOCABULARY, met, tokens[at]), rules, indexes),
  );
  return {
    signals: aggregate(
      matches.filter((match) => !match.denied),
      options,
    ),
    denied: aggregate(
      matches.filter((match) => match.denied),
      options,
    ),
  };
}

/**
 * Whether scanSignals would tag a signal, sentence by sentence: it stops at the first match sure to be
 * tagged, one at MIN_SIGNAL_CONFIDENCE or above (aggregating only raises a signal's confidence), and tags
 * no more sentences than it needs to.
 */
export function hasSignal(
  contexts: SentenceContext[],
  mainTrack: string,
  rules: CompiledRule[] = COMPILED_RULES,
): boolean {
  const indexes = indexesFor(rules);
  const found: RuleMatch[] = [];
  for (const { context, met } of candidatesOf(contexts, mainTrack, indexes))
    for (const match of matchesIn(annotateContext(context, mainTrack, VOCABULARY, met), rules, indexes)) {
      if (match.denied) continue;
      if (match.confidence >= MIN_SIGNAL_CONFIDENCE) return true;
      found.push(match);
    }
  return aggregate(found, {}).length > 0;
}

function aggregate(matches: RuleMatch[], options: ScanOptions): SignalFinding[] {
  const bySignal = new Map<SignalType, RuleMatch[]>();
  for (const match of matches) {
    const list = bySignal.get(match.rule.signal) ?? [];
    list.push(match);
    bySignal.set(match.rule.signal, list);
  }
  const findings: SignalFinding[] = [];
  for (const [type, list] of bySignal) {
    const best = list.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const sentences = new Set(list.map((match) => match.context.sentence.index));
    const raw = Math.min(0.97, best.confidence + 0.04 * (sentences.size - 1));
    const confidence = options.raw ? raw : calibrate(type, raw);
    // The rules decide what is tagged; calibration only says how often such a tag is right.
    if (!options.raw && raw < MIN_SIGNAL_CONFIDENCE) continue;
    findings.push({
      type,
      confidence: Math.round(confidence * 100) / 100,
      raw,
      evidence: best.context.text,
      rule: best.rule.id,
      support: sentences.size,
      sentence: best.context.sentence.index,
      clause: best.clause,
      polarity: best.polarity,
    });
  }
  return findings;
}
