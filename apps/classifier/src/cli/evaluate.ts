import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClassifyInput } from '@dw/domain';
import {
  DEFAULT_HOLDOUT,
  evaluate,
  explainArticle,
  formatReport,
  parseSeedFile,
  type GoldLabel,
  type Prediction,
} from '@dw/domain/classification';
import { z } from 'zod';
import { parseJsonLines } from './io';
import { readCommandLine } from '@dw/platform/cli/command-line';

const USAGE = [
  'usage: npm run evaluate -- FOLDER [--holdout PATTERN|default] [--quiet] [--json]',
  '         (FOLDER holds labels.jsonl and articles.jsonl, or *.txt articles)',
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

function readJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return parseJsonLines(readFileSync(path, 'utf8')).map((row) => {
    if (row.error) throw new Error(`${path}: ${row.error}`);
    return schema.parse(row.value);
  });
}

/** articles.jsonl + labels.jsonl, or the seeds layout: <id>.txt files + labels.jsonl. */
export function loadFolder(folder: string): { articles: ClassifyInput[]; labels: GoldLabel[] } {
  const labelRows = readJsonl(join(folder, 'labels.jsonl'), Label);
  const labels: GoldLabel[] = labelRows.map(({ id, relevant, tracks, signals, deadline, tariff_rates }) => ({
    id,
    relevant,
    tracks,
    signals,
    deadline,
    tariff_rates,
  }));
  if (existsSync(join(folder, 'articles.jsonl'))) {
    const articles = readJsonl(join(folder, 'articles.jsonl'), Article).map((article) => ({
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

function report(labels: GoldLabel[], articles: ClassifyInput[]) {
  const ids = new Set(labels.map((label) => label.id));
  return evaluate(labels, predict(articles.filter((article) => ids.has(article.id))));
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
  });
  const folder = positionals[0];
  if (!folder) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  let loaded: ReturnType<typeof loadFolder>;
  try {
    loaded = loadFolder(folder);
  } catch (error) {
    process.stderr.write(`evaluate: ${(error as Error).message}\n`);
    process.exit(1);
  }
  const parts: [string, GoldLabel[]][] = [];
  if (values.holdout) {
    // The held-out part: ids matching the pattern ("default": the last number ends in 0, 1 or 2).
    const pattern = values.holdout === 'default' ? DEFAULT_HOLDOUT : new RegExp(values.holdout);
    parts.push(['development part', loaded.labels.filter((label) => !pattern.test(label.id))]);
    parts.push(['held-out part', loaded.labels.filter((label) => pattern.test(label.id))]);
  } else parts.push([folder, loaded.labels]);
  const reports = parts.map(([title, labels]) => [title, report(labels, loaded.articles)] as const);
  process.stdout.write(
    values.json
      ? JSON.stringify(Object.fromEntries(reports), null, 2) + '\n'
      : reports.map(([title, result]) => `== ${title}\n${formatReport(result, !values.quiet)}\n`).join('\n'),
  );
}

if (require.main === module) main();
