import { SIGNAL_TYPES, type SignalType } from '../model/signals';

/** One labeled article (shared/spec/classification.md format, minus confidence and evidence). */
export interface GoldLabel {
  id: string;
  relevant: boolean;
  tracks: string[];
  signals: string[];
  deadline: string | null;
  tariff_rates: number[];
}

export interface Prediction {
  id: string;
  relevant: boolean;
  tracks: string[];
  signals: { type: string; evidence?: string; confidence?: number; clause?: string; rule?: string }[];
  deadline: string | null;
  tariff_rates: number[];
}

export interface SignalScore {
  signal: SignalType;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  id: string;
  field: 'relevant' | 'main_track' | 'tracks' | 'signals' | 'deadline' | 'tariff_rates' | 'missing';
  expected: string;
  got: string;
}

export interface EvaluationReport {
  articles: number;
  perSignal: SignalScore[];
  macroF1: number;
  microF1: number;
  relevanceAccuracy: number;
  mainTrackAccuracy: number;
  trackSetAccuracy: number;
  deadlineAccuracy: number;
  tariffRatesAccuracy: number;
  exactSignalSets: number;
  /** Tagged signals by calibrated confidence: how many, and what share were right. */
  reliability: ReliabilityBin[];
  mistakes: Mistake[];
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  correct: number;
  precision: number;
}

/** Bins of 0.1: of the signals tagged at confidence in [from, to), the share the labels agree with. */
export function reliabilityTable(gold: GoldLabel[], predictions: Prediction[]): ReliabilityBin[] {
  const labels = new Map(gold.map((label) => [label.id, label]));
  const bins: ReliabilityBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i / 10,
    to: (i + 1) / 10,
    count: 0,
    correct: 0,
    precision: 0,
  }));
  for (const prediction of predictions) {
    const label = labels.get(prediction.id);
    if (!label) continue;
    for (const signal of prediction.signals) {
      if (signal.confidence === undefined) continue;
      const bin = bins[Math.min(9, Math.floor(signal.confidence * 10))];
      bin.count++;
      if (label.relevant && label.signals.includes(signal.type)) bin.correct++;
    }
  }
  for (const bin of bins) bin.precision = ratio(bin.correct, bin.count, 0);
  return bins.filter((bin) => bin.count > 0);
}

function ratio(numerator: number, denominator: number, empty = 1): number {
  return denominator === 0 ? empty : numerator / denominator;
}

function f1Of(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    tp + fp + fn === 0 ? 1 : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const sameList = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Scores predictions against labels. Signals are scored per article over the labeled set
 * (a signal neither labeled nor predicted anywhere counts as F1 = 1 in the macro average
 * only if it never occurs; otherwise it is averaged as usual).
 */
export function evaluate(gold: GoldLabel[], predictions: Prediction[]): EvaluationReport {
  const byId = new Map(predictions.map((prediction) => [prediction.id, prediction]));
  const counts = new Map<SignalType, { tp: number; fp: number; fn: number }>(
    SIGNAL_TYPES.map((type) => [type, { tp: 0, fp: 0, fn: 0 }]),
  );
  const mistakes: Mistake[] = [];
  let relevance = 0;
  let mainTrack = 0;
  let trackSet = 0;
  let deadline = 0;
  let rates = 0;
  let exact = 0;
  for (const label of gold) {
    const prediction = byId.get(label.id);
    if (!prediction) {
      mistakes.push({ id: label.id, field: 'missing', expected: 'a prediction', got: 'none' });
    }
    const predicted: Prediction = prediction ?? {
      id: label.id,
      relevant: false,
      tracks: [],
      signals: [],
      deadline: null,
      tariff_rates: [],
    };
    const predictedSignals = new Set(predicted.signals.map((signal) => signal.type));
    const goldSignals = new Set(label.signals);
    for (const type of SIGNAL_TYPES) {
      const count = counts.get(type)!;
      const inGold = goldSignals.has(type);
      const inPredicted = predictedSignals.has(type);
      if (inGold && inPredicted) count.tp++;
      else if (inPredicted) count.fp++;
      else if (inGold) count.fn++;
    }
    const goldSorted = [...goldSignals].sort();
    const predictedSorted = [...predictedSignals].sort();
    if (sameList(goldSorted, predictedSorted)) exact++;
    else {
      const missing = goldSorted.filter((type) => !predictedSignals.has(type));
      const extra = predicted.signals.filter((signal) => !goldSignals.has(signal.type));
      mistakes.push({
        id: label.id,
        field: 'signals',
        expected: `missing [${missing.join(', ')}]`,
        got: `extra [${extra.map((signal) => `${signal.type}${signal.rule ? ` (${signal.rule})` : ''}${signal.clause || signal.evidence ? ` <- "${(signal.clause ?? signal.evidence ?? '').slice(0, 160)}"` : ''}`).join('; ')}]`,
      });
    }
    if (label.relevant === predicted.relevant) relevance++;
    else
      mistakes.push({
        id: label.id,
        field: 'relevant',
        expected: String(label.relevant),
        got: String(predicted.relevant),
      });
    if ((label.tracks[0] ?? null) === (predicted.tracks[0] ?? null)) mainTrack++;
    else
      mistakes.push({
        id: label.id,
        field: 'main_track',
        expected: label.tracks[0] ?? 'none',
        got: predicted.tracks[0] ?? 'none',
      });
    if (sameList([...label.tracks].sort(), [...predicted.tracks].sort())) trackSet++;
    else
      mistakes.push({
        id: label.id,
        field: 'tracks',
        expected: label.tracks.join(','),
        got: predicted.tracks.join(','),
      });
    if (label.deadline === predicted.deadline) deadline++;
    else
      mistakes.push({
        id: label.id,
        field: 'deadline',
        expected: String(label.deadline),
        got: String(predicted.deadline),
      });
    const goldRates = [...label.tariff_rates].sort((a, b) => a - b);
    const predictedRates = [...predicted.tariff_rates].sort((a, b) => a - b);
    if (sameList(goldRates, predictedRates)) rates++;
    else
      mistakes.push({
        id: label.id,
        field: 'tariff_rates',
        expected: goldRates.join(','),
        got: predictedRates.join(','),
      });
  }
  const perSignal: SignalScore[] = SIGNAL_TYPES.map((signal) => {
    const { tp, fp, fn } = counts.get(signal)!;
    return { signal, truePositives: tp, falsePositives: fp, falseNegatives: fn, ...f1Of(tp, fp, fn) };
  });
  const scored = perSignal.filter(
    (score) => score.truePositives + score.falsePositives + score.falseNegatives > 0,
  );
  const totals = perSignal.reduce(
    (sum, score) => ({
      tp: sum.tp + score.truePositives,
      fp: sum.fp + score.falsePositives,
      fn: sum.fn + score.falseNegatives,
    }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const n = gold.length;
  return {
    articles: n,
    perSignal,
    macroF1: ratio(
      scored.reduce((sum, score) => sum + score.f1, 0),
      scored.length,
    ),
    microF1: f1Of(totals.tp, totals.fp, totals.fn).f1,
    relevanceAccuracy: ratio(relevance, n),
    mainTrackAccuracy: ratio(mainTrack, n),
    trackSetAccuracy: ratio(trackSet, n),
    deadlineAccuracy: ratio(deadline, n),
    tariffRatesAccuracy: ratio(rates, n),
    exactSignalSets: exact,
    reliability: reliabilityTable(gold, predictions),
    mistakes,
  };
}

/** A plain-text table of the report, for the evaluate command. */
export function formatReport(report: EvaluationReport, showMistakes = true): string {
  const pct = (value: number) => (value * 100).toFixed(1).padStart(6);
  const lines = [`articles: ${report.articles}`, '', 'signal               tp  fp  fn   prec    rec     f1'];
  for (const score of report.perSignal) {
    lines.push(
      `${score.signal.padEnd(19)} ${String(score.truePositives).padStart(3)} ${String(score.falsePositives).padStart(3)} ${String(score.falseNegatives).padStart(3)} ${pct(score.precision)} ${pct(score.recall)} ${pct(score.f1)}`,
    );
  }
  lines.push(
    '',
    `macro F1 (signals seen)  ${pct(report.macroF1)}`,
    `micro F1                 ${pct(report.microF1)}`,
    `relevance accuracy       ${pct(report.relevanceAccuracy)}`,
    `main-track accuracy      ${pct(report.mainTrackAccuracy)}`,
    `track-set accuracy       ${pct(report.trackSetAccuracy)}`,
    `deadline accuracy        ${pct(report.deadlineAccuracy)}`,
    `tariff-rates accuracy    ${pct(report.tariffRatesAccuracy)}`,
    `exact signal sets        ${report.exactSignalSets}/${report.articles}`,
  );
  if (report.reliability.length > 0) {
    lines.push(
      '',
      'reliability (calibrated confidence -> share right)',
      'confidence    tagged  right   prec',
    );
    for (const bin of report.reliability)
      lines.push(
        `${bin.from.toFixed(1)}-${bin.to.toFixed(1)}     ${String(bin.count).padStart(6)} ${String(bin.correct).padStart(6)} ${pct(bin.precision)}`,
      );
  }
  if (showMistakes && report.mistakes.length > 0) {
    lines.push('', 'mistakes:');
    for (const mistake of report.mistakes)
      lines.push(`  ${mistake.id} ${mistake.field}: expected ${mistake.expected} | got ${mistake.got}`);
  }
  return lines.join('\n');
}
