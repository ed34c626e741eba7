import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ClassifyInput } from '@dw/domain';
import { classifyArticle, parseSeedFile } from '@dw/domain/classification';

function loadSeeds(): ClassifyInput[] {
  const root = [
    resolve(__dirname, '../tests/fixtures/seeds'),
    resolve(__dirname, '../../tests/fixtures/seeds'),
  ].find((dir) => {
    try {
      return readdirSync(dir).length > 0;
    } catch {
      return false;
    }
  });
  if (!root) throw new Error('seed articles not found');
  return readdirSync(root)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) =>
      parseSeedFile(name.replace(/\.txt$/, ''), readFileSync(join(root, name), 'utf8'), '2025-07-26'),
    );
}

/** Articles classified per second on one core (the classifier is synchronous), and memory while doing it. */
export async function run(): Promise<Record<string, number | string>> {
  const seeds = loadSeeds();
  const articles = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length], id: `bench-${i}` }));
  for (const article of articles.slice(0, 50)) classifyArticle(article);
  const before = process.memoryUsage();
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  let signals = 0;
  for (const article of articles) signals += classifyArticle(article).signals.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const after = process.memoryUsage();
  const averageChars = Math.round(
    articles.reduce((sum, article) => sum + article.text.length, 0) / articles.length,
  );
  return {
    'classifier.articles': articles.length,
    'classifier.avg_article_chars': averageChars,
    'classifier.articles_per_second_per_core': Math.round(articles.length / seconds),
    /** CPU time, not wall time: stable when the machine is busy with other work. */
    'classifier.articles_per_cpu_second': Math.round(articles.length / cpuSeconds),
    'classifier.ms_per_article': Number(((seconds * 1000) / articles.length).toFixed(3)),
    'classifier.signals_found': signals,
    'classifier.heap_used_mb': Number((after.heapUsed / 1048576).toFixed(1)),
    'classifier.heap_growth_mb': Number(((after.heapUsed - before.heapUsed) / 1048576).toFixed(1)),
    'classifier.rss_mb': Number((after.rss / 1048576).toFixed(1)),
  };
}
