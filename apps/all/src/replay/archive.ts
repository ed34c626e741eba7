import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';

export interface ArchivedArticle {
  id: string;
  title: string;
  text: string;
  /** ISO instant */
  published: string;
  source: string;
  url: string | null;
}

const line = z.object({
  id: z.string().min(1),
  title: z.string().default(''),
  text: z.string().min(1),
  published: z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'expected an ISO date or time'),
  source: z.string().nullish(),
  url: z.string().url().nullish(),
});

export class ArchiveError extends Error {}

/** Reads archive files (JSONL) and seed-layout folders (*.txt + labels.jsonl); see archive/README.md. */
export function loadArchive(paths: string[]): ArchivedArticle[] {
  const articles = new Map<string, ArchivedArticle>();
  for (const target of paths) {
    if (!fs.existsSync(target)) continue;
    const files = fs.statSync(target).isDirectory() ? readFolder(target) : readJsonl(target);
    for (const article of files) articles.set(article.id, article);
  }
  return [...articles.values()].sort((a, b) => Date.parse(a.published) - Date.parse(b.published));
}

function readFolder(folder: string): ArchivedArticle[] {
  const names = fs.readdirSync(folder).sort();
  const jsonl = names.filter((n) => n.endsWith('.jsonl') && n !== 'labels.jsonl');
  const texts = names.filter((n) => n.endsWith('.txt'));
  const fromJsonl = jsonl.flatMap((n) => readJsonl(path.join(folder, n)));
  if (texts.length === 0 || !names.includes('labels.jsonl')) return fromJsonl;
  const labels = new Map(
    readLines(path.join(folder, 'labels.jsonl')).map(({ value }) => {
      const label = value as { id: string; published?: string };
      return [label.id, label.published] as const;
    }),
  );
  const fromSeeds = texts.map((name) => {
    const id = name.replace(/\.txt$/, '');
    const text = fs.readFileSync(path.join(folder, name), 'utf8').trim();
    const published = labels.get(id);
    if (!published)
      throw new ArchiveError(`${path.join(folder, 'labels.jsonl')}: no published date for ${id}`);
    const title = (text.split('\n').find((l) => l.trim().length > 20) ?? id).trim().slice(0, 160);
    return { id, title, text, published: new Date(published).toISOString(), source: 'archive', url: null };
  });
  return [...fromJsonl, ...fromSeeds];
}

function readJsonl(file: string): ArchivedArticle[] {
  return readLines(file).map(({ value, lineNumber }) => {
    const parsed = line.safeParse(value);
    if (!parsed.success) {
      throw new ArchiveError(
        `${file}:${lineNumber}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    const v = parsed.data;
    return {
      id: v.id,
      title: v.title,
      text: v.text,
      published: new Date(v.published).toISOString(),
      source: v.source ?? 'archive',
      url: v.url ?? null,
    };
  });
}

function readLines(file: string): { value: unknown; lineNumber: number }[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((text, index) => ({ text: text.trim(), lineNumber: index + 1 }))
    .filter(({ text }) => text.length > 0)
    .map(({ text, lineNumber }) => {
      try {
        return { value: JSON.parse(text) as unknown, lineNumber };
      } catch (error) {
        throw new ArchiveError(`${file}:${lineNumber}: not JSON (${(error as Error).message})`);
      }
    });
}
