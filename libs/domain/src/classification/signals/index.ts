import type { SignalType } from '../../model/signals';
import type { SentenceContext } from '../context';
import { runRule, type RuleMatch, type SignalRule } from './engine';
import { HEADLINE_RULES } from './headlines';
import { OUTCOME_RULES } from './outcomes';
import { TALKS_RULES } from './talks';
import { TARIFF_RULES } from './tariffs';

export const SIGNAL_RULES: SignalRule[] = [
  ...TALKS_RULES,
  ...OUTCOME_RULES,
  ...TARIFF_RULES,
  ...HEADLINE_RULES,
];

/** Signals below this confidence are not reported. */
export const MIN_CONFIDENCE = 0.5;

export interface SignalFinding {
  type: SignalType;
  confidence: number;
  evidence: string;
  rule: string;
  support: number;
}

export interface SignalScan {
  signals: SignalFinding[];
  denied: SignalFinding[];
}

/** Runs every rule over the sentences that speak for the main track and keeps the best evidence per signal. */
export function scanSignals(
  contexts: SentenceContext[],
  mainTrack: string,
  rules: SignalRule[] = SIGNAL_RULES,
): SignalScan {
  const matches: RuleMatch[] = [];
  for (const context of contexts) {
    if (!context.attributed.includes(mainTrack)) continue;
    for (const rule of rules) {
      const match = runRule(rule, context, mainTrack);
      if (match) matches.push(match);
    }
  }
  return {
    signals: aggregate(matches.filter((match) => !match.denied)),
    denied: aggregate(matches.filter((match) => match.denied)),
  };
}

function aggregate(matches: RuleMatch[]): SignalFinding[] {
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
    const confidence = Math.min(0.97, best.confidence + 0.04 * (sentences.size - 1));
    if (confidence < MIN_CONFIDENCE) continue;
    findings.push({
      type,
      confidence: Math.round(confidence * 100) / 100,
      evidence: best.context.text,
      rule: best.rule.id,
      support: sentences.size,
    });
  }
  return findings;
}
