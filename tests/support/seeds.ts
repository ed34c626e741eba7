import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SeedArticle {
  id: string;
  title: string;
  source: string;
  url: string;
  published: string;
  text: string;
}

export const SEEDS_DIR = path.join(__dirname, '../fixtures/seeds');
export const TEST_TRACKS_FILE = path.join(__dirname, '../fixtures/tracks.test.yaml');

/** The seed articles: raw text files, with publication dates from labels.jsonl. */
export function loadSeeds(): SeedArticle[] {
  const labels = new Map(
    fs
      .readFileSync(path.join(SEEDS_DIR, 'labels.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; published: string })
      .map((label) => [label.id, label]),
  );
  return fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.replace(/\.txt$/, '');
      const text = fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8').trim();
      const firstLine = text.split('\n').find((line) => line.trim().length > 20) ?? id;
      return {
        id,
        title: firstLine.replace(/^date \d{4}-\d{2}-\d{2}\s*/, '').slice(0, 160),
        source: 'seed',
        url: `https://news.example/${id}`,
        published: labels.get(id)?.published ?? '2025-07-01',
        text,
      };
    });
}

/** An RSS 2.0 document for a local feed server. */
export function rssFeed(
  items: { title: string; link: string; guid?: string; pubDate: string; description: string }[],
): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Local test feed</title><link>http://127.0.0.1/</link><description>test</description>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title><link>${esc(i.link)}</link><guid>${esc(i.guid ?? i.link)}</guid><pubDate>${new Date(i.pubDate).toUTCString()}</pubDate><description>${esc(i.description)}</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}
