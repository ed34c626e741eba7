import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ClassifyInput } from '@dw/domain';
import { classifyArticle, parseSeedFile } from '@dw/domain/classification';
import { nlp } from '@dw/domain/classification/nlp/annotate';

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

/** CPU seconds (user + system) and wall seconds that `work` takes. */
function timed(work: () => void): { seconds: number; cpuSeconds: number } {
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/**
 * A fixed piece of work that touches nothing of the project or its libraries (regular expressions, strings and
 * maps over a generated text, like the classifier): its time says how fast the machine is, so a figure
 * divided by it can be compared across machines. Best of three, so a busy moment does not count.
 */
function machineReferenceCpuSeconds(): number {
  const syllables = [
    'ta',
    'ri',
    'ff',
    'de',
    'al',
    'ko',
    're',
    'a',
    'us',
    'on',
    'ne',
    'go',
    'ti',
    'at',
    'ion',
  ];
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const words = Array.from({ length: 4000 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => syllables[Math.floor(random() * 15)]).join(''),
  );
  const text = words.map((word, i) => (i % 13 === 12 ? `${word}.` : word)).join(' ');
  let sink = 0;
  const once = () => {
    for (let round = 0; round < 300; round += 1) {
      const counts = new Map<string, number>();
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? [])
        counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const sentence of text.split(/\.\s*/)) if (/\b(?:tariff|deal|talks?)\b/i.test(sentence)) sink += 1;
      sink += counts.size;
    }
  };
  const best = Math.min(...[0, 1, 2].map(() => timed(once).cpuSeconds));
  if (sink < 0) throw new Error('unreachable');
  return best;
}

/**
 * Articles classified per second on one core (the classifier is synchronous), and memory while doing it.
 * Two baselines from the same run on the same articles: wink-nlp alone (readDoc over each article's text with
 * the classifier's own instance, model and pipeline: the floor without another NLP library) and a fixed
 * machine-speed reference. Reported, never asserted.
 */
export async function run(): Promise<Record<string, number | string>> {
  const seeds = loadSeeds();
  const articles = Array.from({ length: 1000 }, (_, i) => ({ ...seeds[i % seeds.length], id: `bench-${i}` }));
  for (const article of articles.slice(0, 50)) classifyArticle(article);
  const before = process.memoryUsage();
  let signals = 0;
  const { seconds, cpuSeconds } = timed(() => {
    for (const article of articles) signals += classifyArticle(article).signals.length;
  });
  const after = process.memoryUsage();
  const averageChars = Math.round(
    articles.reduce((sum, article) => sum + article.text.length, 0) / articles.length,
  );

  const wink = nlp();
  for (const article of articles.slice(0, 50)) wink.readDoc(article.text);
  const winkOnly = timed(() => {
    for (const article of articles) wink.readDoc(article.text);
  });
  const referenceCpuSeconds = machineReferenceCpuSeconds();
  const msPerArticleCpu = (cpuSeconds * 1000) / articles.length;

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
    /** Baseline: wink-nlp's readDoc alone over the same articles' full text. */
    'classifier.baseline.wink_only_articles_per_second': Math.round(articles.length / winkOnly.seconds),
    'classifier.baseline.wink_only_articles_per_cpu_second': Math.round(
      articles.length / winkOnly.cpuSeconds,
    ),
    /** The classifier's CPU time as a multiple of wink-only's (1.0 would be the library's floor). */
    'classifier.baseline.x_wink_only': Number((cpuSeconds / winkOnly.cpuSeconds).toFixed(2)),
    /** Baseline: CPU ms of the fixed machine reference (lower: faster machine). */
    'classifier.baseline.machine_reference_ms': Number((referenceCpuSeconds * 1000).toFixed(1)),
    /** Articles classified in the CPU time of one machine reference: comparable across machines. */
    'classifier.baseline.articles_per_machine_reference': Number(
      ((referenceCpuSeconds * 1000) / msPerArticleCpu).toFixed(1),
    ),
  };
}
