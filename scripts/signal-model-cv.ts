/**
 * Would a learned layer over the rules help? Cross-validates, on the development part of a labeled folder, a
 * per-signal logistic regression that decides whether to tag each signal, and prints it beside the rules alone.
 * Nothing is written: the classifier adopts a model only where this and the held-out part say it helps.
 *
 *   npm run build && node dist/scripts/signal-model-cv.js FOLDER [--holdout PATTERN|default] [--folds 6]
 *     [--extra FOLDER ... --extra-skip PATTERN]   more development articles (ids matching PATTERN skipped)
 *     [--test FOLDER --test-part PATTERN]     fit on all development articles, score the part of FOLDER
 *     [--modes rules,rules+words]             which feature sets to try
 *
 * Features per (article, signal): the rules' finding for the signal (present, logit of its raw confidence,
 * supporting sentences, its clause polarities, its rule id, where its sentence sits: title, lead, early, late;
 * whether the article is dated), else the best finding below the tagging threshold (its logit, rule and place),
 * the other signals found, and optionally the article's words (title and body kept apart, lower-cased, crudely
 * stemmed). Deterministic: folds by position, fixed iterations, no randomness. Held-out ids (default: the classifier's DEFAULT_HOLDOUT) are never read.
 */
import { parseArgs } from 'node:util';
import { loadFolder } from '../apps/classifier/src/cli/evaluate';
import { explainArticle } from '../libs/domain/src/classification/classify';
import { evaluate, type GoldLabel, type Prediction } from '../libs/domain/src/classification/evaluation';
import { holdoutPattern, isHoldoutId } from '../libs/domain/src/classification/holdout';
import type { SignalFinding } from '../libs/domain/src/classification/rules/scan';
import type { Classification } from '../libs/domain/src/model/classification';
import { SIGNAL_TYPES } from '../libs/domain/src/model/signals';

interface Example {
  label: GoldLabel;
  classification: Classification;
  gold: Set<string>;
  findings: SignalFinding[];
  /** Every rule finding, below the tagging threshold too (explainArticle's raw mode). */
  weak: SignalFinding[];
  dated: boolean;
  words: Set<string>;
}

type Features = Map<string, number>;
const MODES = ['rules', 'rules+words'] as const;
type Mode = (typeof MODES)[number];
const isMode = (name: string): name is Mode => (MODES as readonly string[]).includes(name);
/** The signals each article is tagged with under one variant. */
type Tags = Map<Example, Set<string>>;

const BODY_CHARS = 3000;
const ITERATIONS = 300;
const STEP = 0.1;

const stem = (word: string) => word.replace(/ies$/, 'y').replace(/(?:ing|ed|es|s)$/, '');
const wordsOf = (text: string, prefix: string) =>
  (text.toLowerCase().match(/[a-z]{3,}/g) ?? []).map((word) => prefix + stem(word));
const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The folder's labeled articles, classified; ids `skip` matches are left unread. */
function loadExamples(folder: string, skip: (id: string) => boolean): Example[] {
  const { articles, labels } = loadFolder(folder);
  const byId = new Map(articles.map((article) => [article.id, article]));
  return labels
    .filter((label) => !skip(label.id) && byId.has(label.id))
    .map((label) => {
      const article = byId.get(label.id)!;
      const { classification, findings } = explainArticle(article);
      return {
        label,
        classification,
        gold: new Set(label.relevant ? label.signals : []),
        findings,
        weak: explainArticle(article, { raw: true }).findings,
        dated: Boolean(article.published),
        words: new Set([
          ...wordsOf(article.title ?? '', 'title:'),
          ...wordsOf(article.text.slice(0, BODY_CHARS), 'body:'),
        ]),
      };
    });
}

const placeOf = (sentence: number) =>
  sentence < 0 ? 'title' : sentence < 2 ? 'lead' : sentence < 5 ? 'early' : 'late';

function featuresOf(example: Example, signal: string, vocabulary: Set<string> | null): Features {
  const features: Features = new Map([['bias', 1]]);
  const own = example.findings.find((finding) => finding.type === signal);
  if (own) {
    features.set('own', 1);
    features.set('own-logit', logit(Math.min(0.99, own.raw)));
    features.set('support', Math.min(3, own.support - 1));
    for (const polarity of own.polarity) features.set(`polarity:${polarity}`, 1);
    features.set(`rule:${own.rule}`, 1);
    features.set(`place:${placeOf(own.sentence)}`, 1);
    if (!example.dated) features.set('undated', 1);
  } else {
    const weak = example.weak.find((finding) => finding.type === signal);
    if (weak) {
      features.set('weak', 1);
      features.set('weak-logit', logit(Math.min(0.99, Math.max(0.01, weak.raw))));
      features.set(`weak-rule:${weak.rule}`, 1);
      features.set(`weak-place:${placeOf(weak.sentence)}`, 1);
    }
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

/** Fits on `training` and tags `testing` (articles judged relevant only; the others tag nothing). */
function tag(training: Example[], testing: Example[], variant: Variant, tags: Tags): void {
  const vocabulary = variant.mode === 'rules+words' ? vocabularyOf(training) : null;
  for (const signal of SIGNAL_TYPES) {
    const weights = variant.mode
      ? fit(
          training.map((example) => featuresOf(example, signal, vocabulary)),
          training.map((example) => (example.gold.has(signal) ? 1 : 0)),
          variant.l2,
        )
      : null;
    for (const example of testing) {
      const found = example.findings.some((finding) => finding.type === signal);
      const tagged = weights
        ? predict(weights, featuresOf(example, signal, vocabulary)) >= (found ? variant.keep : variant.add)
        : found;
      if (tagged) tags.get(example)!.add(signal);
    }
  }
}

const judged = (examples: Example[]) => examples.filter((example) => example.classification.relevant);
const noTags = (examples: Example[]): Tags => new Map(examples.map((example) => [example, new Set()]));

function crossValidate(examples: Example[], variant: Variant, folds: number): Tags {
  const tags = noTags(examples);
  const relevant = judged(examples);
  for (let fold = 0; fold < folds; fold += 1)
    tag(
      relevant.filter((_, i) => i % folds !== fold),
      relevant.filter((_, i) => i % folds === fold),
      variant,
      tags,
    );
  return tags;
}

function trainThenTest(training: Example[], testing: Example[], variant: Variant): Tags {
  const tags = noTags(testing);
  tag(judged(training), judged(testing), variant, tags);
  return tags;
}

/** The evaluate command's scores for the articles as tagged. */
function summary(tags: Tags): string {
  const examples = [...tags.keys()];
  const predictions: Prediction[] = examples.map((example) => ({
    ...example.classification,
    signals: [...tags.get(example)!].map((type) => ({ type })),
  }));
  const report = evaluate(
    examples.map((example) => example.label),
    predictions,
  );
  const perSignal = report.perSignal
    .filter((score) => score.truePositives + score.falsePositives + score.falseNegatives > 0)
    .map((score) => `${score.signal} ${Math.round(100 * score.f1)}`)
    .join(', ');
  const pct = (value: number) => (100 * value).toFixed(1);
  return `macro ${pct(report.macroF1)}  micro ${pct(report.microF1)}  | ${perSignal}`;
}

const USAGE =
  'usage: node dist/scripts/signal-model-cv.js FOLDER [--holdout PATTERN|default] [--folds 6] ' +
  '[--extra FOLDER ... --extra-skip PATTERN] [--test FOLDER --test-part PATTERN] [--modes rules,rules+words]';

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      holdout: { type: 'string' },
      folds: { type: 'string' },
      extra: { type: 'string', multiple: true },
      'extra-skip': { type: 'string' },
      test: { type: 'string' },
      'test-part': { type: 'string' },
      modes: { type: 'string' },
    },
  });
  const folder = positionals[0];
  if (!folder) throw new Error(USAGE);
  const holdout = values.holdout ? holdoutPattern(values.holdout) : null;
  const skip = (id: string) => (holdout ? holdout.test(id) : isHoldoutId(id));
  const folds = Number(values.folds ?? 6);
  const examples = loadExamples(folder, skip);
  const extraSkip = new RegExp(values['extra-skip'] ?? '^$');
  for (const extra of values.extra ?? []) examples.push(...loadExamples(extra, (id) => extraSkip.test(id)));
  const variants: Variant[] = [{ name: 'rules alone', mode: null, l2: 0, keep: 0, add: 1 }];
  const asked = (values.modes ?? MODES.join(',')).split(',');
  const modes = asked.filter(isMode);
  if (modes.length < asked.length)
    throw new Error(`--modes: unknown mode in "${values.modes}" (known: ${MODES.join(', ')})`);
  for (const mode of modes)
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

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`signal-model-cv: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
