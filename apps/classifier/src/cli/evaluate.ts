import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifyInput } from '@dw/domain';
import {
  holdoutPattern,
  compareRuns,
  evaluate,
  formatComparison,
  explainArticle,
  formatReport,
  parseSeedFile,
  type GoldLabel,
  type Prediction,
  type RunComparison,
} from '@dw/domain/classification';
import { z } from 'zod';
import { parseJsonLines } from './io';
import { readCommandLine } from '@dw/platform/cli/command-line';

const USAGE = [
  'usage: npm run evaluate -- FOLDER [--holdout PATTERN|default [--show-held-out]] [--baseline PREDICTIONS.jsonl] [--quiet] [--json]',
  '         (FOLDER holds labels.jsonl and articles.jsonl, or *.txt articles;',
  '          --holdout: scores the matching ids apart and keeps their mistakes to itself unless --show-held-out;',
  '          --baseline: `npm run classify` output of another version, to count the answers that changed)',
  '       npm run evaluate -- --timeline MOMENTS.yaml --articles ARTICLES.jsonl [--labels LABELS.jsonl --select-track ID] [--json]',
].join('\n');

const Label = z.object({
  id: z.string(),
  published: z.string().nullish(),
  relevant: z.boolean(),
  tracks: z.array(z.string()),
  signals: z.array(z.string()),
  deadline: z.string().nullable(),
  tariff_rates: z.array(z.number()),
});
const Article = z.object({
  id: z.string(),
  title: z.string().nullish(),
  text: z.string(),
  published: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});

/** Each line read with the schema; a line that does not fit is a one-line error naming the line and `what` it must be. */
function readJsonl<T>(path: string, schema: z.ZodType<T, unknown>, what: string): T[] {
  return parseJsonLines(readFileSync(path, 'utf8')).map((row) => {
    if (row.error) throw new Error(`${path}: ${row.error}`);
    const parsed = schema.safeParse(row.value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new Error(
      `${path} line ${row.line}: not ${what} (${issue.path.join('.') || 'line'}: ${issue.message})`,
    );
  });
}

/** articles.jsonl + labels.jsonl, or the seeds layout: <id>.txt files + labels.jsonl. */
export function loadFolder(folder: string): { articles: ClassifyInput[]; labels: GoldLabel[] } {
  const labelRows = readJsonl(join(folder, 'labels.jsonl'), Label, 'a label');
  const labels: GoldLabel[] = labelRows.map(({ id, relevant, tracks, signals, deadline, tariff_rates }) => ({
    id,
    relevant,
    tracks,
    signals,
    deadline,
    tariff_rates,
  }));
  if (existsSync(join(folder, 'articles.jsonl'))) {
    const articles = readJsonl(join(folder, 'articles.jsonl'), Article, 'an article').map((article) => ({
      id: article.id,
      title: article.title ?? '',
      text: article.text,
      published: article.published ?? null,
      url: article.url ?? null,
      source: article.source ?? null,
    }));
    return { articles, labels };
  }
  const published = new Map(labelRows.map((row) => [row.id, row.published ?? null]));
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.txt$/, '');
      return parseSeedFile(id, readFileSync(join(folder, name), 'utf8'), published.get(id) ?? null);
    });
  return { articles, labels };
}

/** Classifies every article and keeps, per tagged signal, the rule and clause behind it. */
export function predict(articles: ClassifyInput[]): Prediction[] {
  return articles.map((article) => {
    const { classification, findings } = explainArticle(article);
    const byType = new Map(findings.map((finding) => [finding.type, finding]));
    return {
      ...classification,
      signals: classification.signals.map((signal) => ({
        ...signal,
        rule: byType.get(signal.type)?.rule,
        clause: byType.get(signal.type)?.clause,
      })),
    };
  });
}

function report(labels: GoldLabel[], articles: ClassifyInput[], baseline: Prediction[] | null) {
  const ids = new Set(labels.map((label) => label.id));
  const predictions = predict(articles.filter((article) => ids.has(article.id)));
  return {
    report: evaluate(labels, predictions),
    comparison: baseline ? compareRuns(labels, predictions, baseline) : null,
  };
}

const BaselinePrediction = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  relevant: z.boolean(),
  tracks: z.array(z.string()),
  signals: z.array(z.object({ type: z.string() })),
  deadline: z.string().nullable(),
  tariff_rates: z.array(z.number()).default([]),
});

/** The answers of another version, as `npm run classify` wrote them. */
function readBaseline(path: string): Prediction[] {
  try {
    return readJsonl(path, BaselinePrediction, 'a classify answer');
  } catch (error) {
    throw new Error(`${(error as Error).message}; make one with npm run classify`);
  }
}

/** A held-out part shows only how many answers changed, never which. */
const HIDDEN_MISTAKES =
  'mistakes: not named for the held-out part; read them once, at the very end, with --show-held-out';

function comparisonFor(comparison: RunComparison, heldOut: boolean): RunComparison {
  return heldOut ? { ...comparison, answers: [] } : comparison;
}

function main(): void {
  if (process.argv.includes('--timeline')) {
    // The timeline mode replays through the whole pipeline (apps/all/src/replay/timeline); loaded only when asked for.
    void import('../../../all/src/replay/timeline/timeline-cli')
      .then(({ runTimelineCli }) => runTimelineCli(process.argv.slice(2)))
      .then(
        (code) => process.exit(code),
        (error: unknown) => {
          process.stderr.write(`evaluate --timeline: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
    return;
  }
  const { positionals, values } = readCommandLine('evaluate', USAGE, {
    quiet: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    holdout: { type: 'string' },
    'show-held-out': { type: 'boolean', default: false },
    baseline: { type: 'string' },
  });
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  try {
    process.stdout.write(
      evaluateFolder(folder, {
        holdout: values.holdout,
        showHeldOut: values['show-held-out'],
        baseline: values.baseline,
        json: values.json,
        quiet: values.quiet,
      }),
    );
  } catch (error) {
    process.stderr.write(`evaluate: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

export interface EvaluateOptions {
  holdout?: string;
  /** Name the held-out part's mistakes too: for the one reading at the very end. */
  showHeldOut?: boolean;
  baseline?: string;
  json?: boolean;
  quiet?: boolean;
}

/** The report on a labeled folder (its parts, when a held-out pattern is given), as text or JSON. */
export function evaluateFolder(folder: string, options: EvaluateOptions = {}): string {
  const loaded = loadFolder(folder);
  const baseline = options.baseline ? readBaseline(options.baseline) : null;
  const parts: [string, GoldLabel[], boolean][] = [];
  if (options.holdout) {
    // The held-out part: ids matching the pattern ("default": the last number ends in 0, 1 or 2).
    const pattern = holdoutPattern(options.holdout);
    parts.push(['development part', loaded.labels.filter((label) => !pattern.test(label.id)), false]);
    parts.push(['held-out part', loaded.labels.filter((label) => pattern.test(label.id)), true]);
  } else parts.push([folder, loaded.labels, false]);
  const results = parts.map(([title, labels, heldOut]) => {
    const { report: full, comparison } = report(labels, loaded.articles, baseline);
    const hidden = heldOut && !options.showHeldOut;
    const result = hidden ? { ...full, mistakes: [] } : full;
    return { title, result, comparison: comparison && comparisonFor(comparison, hidden), hidden };
  });
  if (options.json)
    return (
      JSON.stringify(
        Object.fromEntries(
          results.map(({ title, result, comparison }) => [
            title,
            comparison ? { ...result, comparison } : result,
          ]),
        ),
        null,
        2,
      ) + '\n'
    );
  return results
    .map(
      ({ title, result, comparison, hidden }) =>
        `== ${title}\n${formatReport(result, !options.quiet)}\n` +
        (hidden && !options.quiet ? `${HIDDEN_MISTAKES}\n` : '') +
        (comparison ? `${formatComparison(comparison, !hidden)}\n` : ''),
    )
    .join('\n');
}

if (require.main === module) main();
