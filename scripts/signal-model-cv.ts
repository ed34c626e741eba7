/**
 * Would a learned layer over the rules help? Cross-validates, on the development part of a labeled folder, a
 * per-signal logistic regression that decides whether to tag each signal, and prints it beside the rules alone.
 * Nothing is written: the classifier adopts a model only where this and the held-out part say it helps.
 *
 *   npm run build && node dist/scripts/signal-model-cv.js FOLDER [--holdout PATTERN] [--folds 6]
 *     [--extra FOLDER --extra-skip PATTERN]   more development articles (ids matching PATTERN skipped)
 *     [--test FOLDER --test-part PATTERN]     fit on all development articles, score the part of FOLDER
 *
 * Features per (article, signal): the rules' finding for the signal (present, logit of its raw confidence,
 * supporting sentences, its clause polarities, its rule id), the other signals found, and optionally the
 * article's words (title and body kept apart, lower-cased, crudely stemmed). Deterministic: folds by position,
 * fixed iterations, no randomness. Held-out ids (default: the classifier's DEFAULT_HOLDOUT) are never read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { explainArticle } from '../libs/domain/src/classification/classify';
import { isHoldoutId } from '../libs/domain/src/classification/holdout';
import type { SignalFinding } from '../libs/domain/src/classification/rules/scan';
import { SIGNAL_TYPES } from '../libs/domain/src/model/signals';

interface Example {
  relevant: boolean;
  gold: Set<string>;
  findings: SignalFinding[];
  words: Set<string>;
}

type Features = Map<string, number>;
type Mode = 'rules' | 'rules+words';
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const BODY_CHARS = 3000;
const ITERATIONS = 300;
const STEP = 0.1;

const stem = (word: string) => word.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
const wordsOf = (text: string, prefix: string) =>
  (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((word) => prefix + stem(word));
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function loadExamples(folder: string, skip: (id: string) => boolean): Example[] {
  const labels = new Map(
    readJsonl(join(folder, 'labels.jsonl'))
      .filter((label) => !skip(String(label.id)))
      .map((label) => [String(label.id), label]),
  );
  const examples: Example[] = [];
  for (const article of readJsonl(join(folder, 'articles.jsonl'))) {
    const id = String(article.id);
    const gold = labels.get(id);
    if (!gold) continue;
    const title = (article.title as string | null) ?? '';
    const text = article.text as string;
    const { classification, findings } = explainArticle({
      id,
      title,
      text,
      published: (article.published as string | null) ?? null,
      url: (article.url as string | null) ?? null,
    });
    examples.push({
      relevant: classification.relevant,
      gold: new Set(gold.relevant ? (gold.signals as string[]) : []),
      findings,
      words: new Set([...wordsOf(title, 'title:'), ...wordsOf(text.slice(0, BODY_CHARS), 'body:')]),
    });
  }
  return examples;
}

function featuresOf(example: Example, signal: string, vocabulary: Set<string> | null): Features {
  const features: Features = new Map([['bias', 1]]);
  const own = example.findings.find((finding) => finding.type === signal);
  if (own) {
    features.set('own', 1);
    features.set('own-logit', logit(Math.min(0.99, own.raw)));
    features.set('support', Math.min(3, own.support - 1));
    for (const polarity of own.polarity) features.set(`polarity:${polarity}`, 1);
    features.set(`rule:${own.rule}`, 1);
  }
  for (const finding of example.findings)
    if (finding.type !== signal) features.set(`other:${finding.type}`, 1);
  if (vocabulary) for (const word of example.words) if (vocabulary.has(word)) features.set(word, 1);
  return features;
}

/** L2-regularised logistic regression by full-batch gradient descent (the bias is not pulled). */
function fit(samples: Features[], targets: number[], l2: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const gradient = new Map<string, number>();
    samples.forEach((features, i) => {
      const error = predict(weights, features) - targets[i];
      for (const [name, value] of features) gradient.set(name, (gradient.get(name) ?? 0) + error * value);
    });
    for (const [name, sum] of gradient) {
      const current = weights.get(name) ?? 0;
      const pull = name === 'bias' ? 0 : l2 * current;
      weights.set(name, current - STEP * (sum / samples.length + pull));
    }
  }
  return weights;
}

function predict(weights: Map<string, number>, features: Features): number {
  let sum = 0;
  for (const [name, value] of features) sum += (weights.get(name) ?? 0) * value;
  return sigmoid(sum);
}

function vocabularyOf(training: Example[]): Set<string> {
  const frequency = new Map<string, number>();
  for (const example of training)
    for (const word of example.words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return new Set(
    [...frequency].filter(([, n]) => n >= 4 && n <= training.length * 0.6).map(([word]) => word),
  );
}

interface Variant {
  name: string;
  mode: Mode | null;
  l2: number;
  /** A signal the rules found is kept at p ≥ keep; one they did not find is added at p ≥ add. */
  keep: number;
  add: number;
}

function emptyCounts(): Map<string, Counts> {
  return new Map<string, Counts>(SIGNAL_TYPES.map((signal) => [signal, { tp: 0, fp: 0, fn: 0 }]));
}

/** Fits on `training` and counts the variant's tags on `testing` (articles judged relevant only). */
function score(training: Example[], testing: Example[], variant: Variant, counts: Map<string, Counts>): void {
  const vocabulary = variant.mode === 'rules+words' ? vocabularyOf(training) : null;
  for (const signal of SIGNAL_TYPES) {
    const weights = variant.mode
      ? fit(
          training.map((example) => featuresOf(example, signal, vocabulary)),
          training.map((example) => (example.gold.has(signal) ? 1 : 0)),
          variant.l2,
        )
      : null;
    const count = counts.get(signal)!;
    for (const example of testing) {
      const found = example.findings.some((finding) => finding.type === signal);
      const tagged = weights
        ? predict(weights, featuresOf(example, signal, vocabulary)) >= (found ? variant.keep : variant.add)
        : found;
      const expected = example.gold.has(signal);
      if (tagged && expected) count.tp += 1;
      else if (tagged) count.fp += 1;
      else if (expected) count.fn += 1;
    }
  }
}

/** Articles the classifier judged irrelevant tag nothing: their labeled signals are missed by every variant. */
function countUnjudged(examples: Example[], counts: Map<string, Counts>): void {
  for (const example of examples.filter((candidate) => !candidate.relevant))
    for (const signal of example.gold) counts.get(signal)!.fn += 1;
}

function crossValidate(examples: Example[], variant: Variant, folds: number): Map<string, Counts> {
  const counts = emptyCounts();
  const judged = examples.filter((example) => example.relevant);
  for (let fold = 0; fold < folds; fold += 1)
    score(
      judged.filter((_, i) => i % folds !== fold),
      judged.filter((_, i) => i % folds === fold),
      variant,
      counts,
    );
  countUnjudged(examples, counts);
  return counts;
}

function trainThenTest(training: Example[], testing: Example[], variant: Variant): Map<string, Counts> {
  const counts = emptyCounts();
  score(
    training.filter((example) => example.relevant),
    testing.filter((example) => example.relevant),
    variant,
    counts,
  );
  countUnjudged(testing, counts);
  return counts;
}

function summary(counts: Map<string, Counts>): string {
  const f1 = ({ tp, fp, fn }: Counts) => (2 * tp) / (2 * tp + fp + fn);
  const seen = [...counts.values()].filter((count) => count.tp + count.fp + count.fn > 0);
  const macro = seen.reduce((sum, count) => sum + f1(count), 0) / seen.length;
  const total = seen.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const perSignal = [...counts]
    .filter(([, count]) => count.tp + count.fp + count.fn > 0)
    .map(([signal, count]) => `${signal} ${Math.round(100 * f1(count))}`)
    .join(', ');
  return `macro ${(100 * macro).toFixed(1)}  micro ${(100 * f1(total)).toFixed(1)}  | ${perSignal}`;
}

const USAGE =
  'usage: node dist/scripts/signal-model-cv.js FOLDER [--holdout PATTERN] [--folds 6] ' +
  '[--extra FOLDER --extra-skip PATTERN] [--test FOLDER --test-part PATTERN]';

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      holdout: { type: 'string' },
      folds: { type: 'string' },
      extra: { type: 'string' },
      'extra-skip': { type: 'string' },
      test: { type: 'string' },
      'test-part': { type: 'string' },
    },
  });
  const folder = positionals[0];
  if (!folder) throw new Error(USAGE);
  const holdout = values.holdout ? new RegExp(values.holdout) : null;
  const skip = (id: string) => (holdout ? holdout.test(id) : isHoldoutId(id));
  const folds = Number(values.folds ?? 6);
  const examples = loadExamples(folder, skip);
  if (values.extra) {
    const extraSkip = new RegExp(values['extra-skip'] ?? '^$');
    examples.push(...loadExamples(values.extra, (id) => extraSkip.test(id)));
  }
  const variants: Variant[] = [{ name: 'rules alone', mode: null, l2: 0, keep: 0, add: 1 }];
  for (const mode of ['rules', 'rules+words'] as const)
    for (const l2 of [0.01, 0.03])
      for (const [keep, add] of [
        [0.5, 0.5],
        [0.4, 0.7],
        [0.3, 0.8],
        [0.2, 0.9],
      ])
        variants.push({ name: `${mode} l2=${l2} keep≥${keep} add≥${add}`, mode, l2, keep, add });
  if (values.test) {
    // Ids outside the part are skipped unread.
    const part = new RegExp(values['test-part'] ?? '.');
    const testing = loadExamples(values.test, (id) => !part.test(id));
    process.stdout.write(`trained on ${examples.length} articles, tested on ${testing.length}\n`);
    for (const variant of variants)
      process.stdout.write(
        `${variant.name.padEnd(36)} ${summary(trainThenTest(examples, testing, variant))}\n`,
      );
    return;
  }
  process.stdout.write(`${examples.length} development articles, ${folds}-fold cross-validation\n`);
  for (const variant of variants)
    process.stdout.write(`${variant.name.padEnd(36)} ${summary(crossValidate(examples, variant, folds))}\n`);
}

if (require.main === module) main();
