import type { GoldLabel, Prediction } from './evaluation';

/** One article whose answer differs between two runs, and whether the labels like it better now. */
export interface ChangedAnswer {
  id: string;
  /** Points gained against the labels: positive is better, negative worse, 0 a trade. */
  delta: number;
  before: AnswerSummary;
  after: AnswerSummary;
}

export interface AnswerSummary {
  signals: string[];
  relevant: boolean;
  mainTrack: string | null;
  deadline: string | null;
}

export interface RunComparison {
  /** Labeled articles the baseline has no answer for (read as "not relevant" there). */
  missingFromBaseline: number;
  changed: number;
  better: number;
  worse: number;
  answers: ChangedAnswer[];
}

function summary(prediction: Prediction | undefined): AnswerSummary {
  return {
    signals: [...new Set((prediction?.signals ?? []).map((signal) => signal.type))].sort(),
    relevant: prediction?.relevant ?? false,
    mainTrack: prediction?.tracks[0] ?? null,
    deadline: prediction?.deadline ?? null,
  };
}

const sameAnswer = (a: AnswerSummary, b: AnswerSummary) =>
  a.relevant === b.relevant &&
  a.mainTrack === b.mainTrack &&
  a.deadline === b.deadline &&
  a.signals.join() === b.signals.join();

/** Right relevance, main track and deadline score a point each; every signal tagged or missed wrongly costs one. */
function points(label: GoldLabel, answer: AnswerSummary): number {
  const gold = new Set(label.signals);
  const wrongSignals =
    answer.signals.filter((type) => !gold.has(type)).length +
    label.signals.filter((type) => !answer.signals.includes(type)).length;
  return (
    Number(label.relevant === answer.relevant) +
    Number((label.tracks[0] ?? null) === answer.mainTrack) +
    Number(label.deadline === answer.deadline) -
    wrongSignals
  );
}

/**
 * The articles whose answer (signals, relevance, main track, deadline) differs between a baseline run and
 * this one, counted better or worse against the labels: how a change is judged on a part kept unread, where
 * only these counts may be looked at.
 */
export function compareRuns(gold: GoldLabel[], current: Prediction[], baseline: Prediction[]): RunComparison {
  const now = new Map(current.map((prediction) => [prediction.id, prediction]));
  const before = new Map(baseline.map((prediction) => [prediction.id, prediction]));
  const answers: ChangedAnswer[] = [];
  for (const label of gold) {
    const after = summary(now.get(label.id));
    const was = summary(before.get(label.id));
    if (sameAnswer(after, was)) continue;
    answers.push({ id: label.id, delta: points(label, after) - points(label, was), before: was, after });
  }
  return {
    missingFromBaseline: gold.filter((label) => !before.has(label.id)).length,
    changed: answers.length,
    better: answers.filter((answer) => answer.delta > 0).length,
    worse: answers.filter((answer) => answer.delta < 0).length,
    answers,
  };
}

const showAnswer = (answer: AnswerSummary) =>
  `[${answer.signals.join(', ')}]${answer.relevant ? '' : ' irrelevant'} ${answer.mainTrack ?? '-'} ${answer.deadline ?? '-'}`;

/** Counts, and for a part that may be read, each changed article with its answer before and after. */
export function formatComparison(comparison: RunComparison, showIds: boolean): string {
  const lines = [
    `against the baseline: ${comparison.changed} answers changed, ${comparison.better} better, ${comparison.worse} worse`,
  ];
  if (comparison.missingFromBaseline > 0)
    lines.push(`  (${comparison.missingFromBaseline} labeled articles have no answer in the baseline file)`);
  if (showIds)
    for (const answer of comparison.answers)
      lines.push(
        `  ${answer.delta > 0 ? '+' : answer.delta < 0 ? '-' : '='} ${answer.id}: ${showAnswer(answer.before)} -> ${showAnswer(answer.after)}`,
      );
  else if (comparison.changed > 0) lines.push('  (ids not shown: the held-out part)');
  return lines.join('\n');
}
