import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { assertRedisReachable, loadConfig } from '@dw/platform';
import { runReplay } from '../replay';
import { formatScore, scoreTimeline, TimelineFile } from './score';

import { readCommandLine } from '@dw/platform/cli/command-line';

export const TIMELINE_USAGE =
  'usage: npm run evaluate -- --timeline MOMENTS.yaml --articles ARTICLES.jsonl [--labels LABELS.jsonl --select-track ID] [--json]';

const Labeled = z.object({
  id: z.string(),
  title: z.string().nullish(),
  text: z.string().min(1),
  published: z.string().nullish(),
  source: z.string().nullish(),
});

/**
 * Converts a labeled article file (titles and dates may be missing) into the replay archive format,
 * in a temporary folder that is removed after the run. An undated article is placed at the date of
 * the article before it in the file (labeled sets list each story in date order); one with no dated
 * predecessor is left out. With labels and a track, only articles whose main track it is are kept.
 */
export function toArchive(
  articlesFile: string,
  outDir: string,
  select?: { labelsFile: string; track: string },
): { file: string; kept: number; undated: string[]; dropped: string[] } {
  const keep = select
    ? new Set(
        fs
          .readFileSync(select.labelsFile, 'utf8')
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as { id: string; tracks?: string[] })
          .filter((label) => label.tracks?.[0] === select.track)
          .map((label) => label.id),
      )
    : null;
  const lines: string[] = [];
  const undated: string[] = [];
  const dropped: string[] = [];
  let previous: string | null = null;
  for (const raw of fs.readFileSync(articlesFile, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const article = Labeled.parse(JSON.parse(raw));
    if (keep && !keep.has(article.id)) continue;
    let published = article.published ?? null;
    if (!published) {
      if (!previous) {
        dropped.push(article.id);
        continue;
      }
      undated.push(article.id);
      published = previous;
    }
    previous = published;
    const title = article.title?.trim() || article.text.split('\n')[0].slice(0, 160);
    lines.push(
      JSON.stringify({
        id: article.id,
        title,
        text: article.text,
        published,
        source: article.source ?? 'archive',
        url: null,
      }),
    );
  }
  const file = path.join(outDir, 'timeline-archive.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, kept: lines.length, undated, dropped };
}

export async function runTimelineCli(argv: string[]): Promise<number> {
  const { values } = readCommandLine(
    'evaluate --timeline',
    TIMELINE_USAGE,
    {
      timeline: { type: 'string' },
      articles: { type: 'string' },
      labels: { type: 'string' },
      'select-track': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    argv,
  );
  if (!values.timeline || !values.articles) {
    console.error(TIMELINE_USAGE);
    return 2;
  }
  const moments = TimelineFile.parse(parseYaml(fs.readFileSync(values.timeline, 'utf8')));
  const config = loadConfig();
  await assertRedisReachable(config.redisUrl);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-timeline-'));
  try {
    const select =
      values.labels && values['select-track']
        ? { labelsFile: values.labels, track: values['select-track'] }
        : undefined;
    const archive = toArchive(values.articles, workDir, select);
    console.error(
      `replaying ${archive.kept} articles` +
        (archive.undated.length
          ? `; undated, placed after their predecessor: ${archive.undated.join(', ')}`
          : '') +
        (archive.dropped.length ? `; undated and left out: ${archive.dropped.join(', ')}` : ''),
    );
    const result = await runReplay({ redisUrl: config.redisUrl, dataDir: workDir, articles: [archive.file] });
    const score = scoreTimeline(moments, result.entries);
    console.log(values.json ? JSON.stringify(score, null, 2) : formatScore(score));
    console.error(`replay took ${(result.elapsedMs / 1000).toFixed(1)} s`);
    return score.misses === 0 && score.falseAlerts.length === 0 && score.forbiddenAlerts.length === 0 ? 0 : 1;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
