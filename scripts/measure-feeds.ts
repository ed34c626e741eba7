/**
 * Measures the feed parser against a corpus folder laid out as manifest.jsonl + files/ (see the
 * corpus README). The corpus is third-party text: it is read from the path given, never copied.
 * Usage: node scripts/build.js && node dist/scripts/measure-feeds.js /path/to/feeds [--verbose]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeFeedBytes, FeedParseError, normalizeFeed, parseFeed, parseFeedDate } from '@dw/feeds';

interface ManifestEntry {
  file: string;
  format: string;
  expect: 'parse' | 'error';
  min_items: number | null;
  xml_wellformed: boolean | null;
  notes: string;
}

interface Outcome {
  entry: ManifestEntry;
  ms: number;
  items: number | null;
  error: string | null;
  pass: boolean;
  recovered: boolean;
  dates: { given: number; read: number; unread: string[] };
  withUrl: number;
  withTitle: number;
  articles: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

async function measure(dir: string, entry: ManifestEntry): Promise<Outcome> {
  const bytes = readFileSync(join(dir, entry.file));
  const started = performance.now();
  try {
    const { text } = decodeFeedBytes(bytes);
    const feed = await parseFeed(text);
    const ms = performance.now() - started;
    const items = feed.items.length;
    const pass = entry.expect === 'parse' ? items >= (entry.min_items ?? 0) : true;
    const articles = normalizeFeed(feed, { feedUrl: 'https://feed.example/' });
    const given = feed.items
      .map((item) => item.published ?? item.updated)
      .filter((d): d is string => d !== null);
    const unread = given.filter((d) => parseFeedDate(d) === null);
    return {
      entry,
      ms,
      items,
      error: null,
      pass,
      recovered: feed.recovered,
      dates: { given: given.length, read: given.length - unread.length, unread: unread.slice(0, 2) },
      withUrl: articles.filter((a) => a.url !== '').length,
      withTitle: articles.filter((a) => a.title !== '').length,
      articles: articles.length,
    };
  } catch (error) {
    const ms = performance.now() - started;
    const clean = error instanceof FeedParseError;
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
      entry,
      ms,
      items: null,
      error: message,
      pass: entry.expect === 'error' && clean,
      recovered: false,
      dates: { given: 0, read: 0, unread: [] },
      withUrl: 0,
      withTitle: 0,
      articles: 0,
    };
  }
}

function billionLaughs(): string {
  const lines = ['<?xml version="1.0"?>', '<!DOCTYPE rss [', '<!ENTITY lol "lol">'];
  for (let i = 1; i <= 9; i++) lines.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
  lines.push(']>', '<rss version="2.0"><channel><title>&lol9;</title></channel></rss>');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const verbose = process.argv.includes('--verbose');
  if (!dir) {
    process.stderr.write('usage: measure-feeds.js FEEDS_DIR [--verbose]\n');
    process.exit(2);
  }
  const entries = readFileSync(join(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ManifestEntry);
  const outcomes: Outcome[] = [];
  for (const entry of entries) outcomes.push(await measure(dir, entry));

  const parseSet = outcomes.filter((o) => o.entry.expect === 'parse');
  const wellFormed = parseSet.filter((o) => o.entry.xml_wellformed !== false);
  const errorSet = outcomes.filter((o) => o.entry.expect === 'error');
  const hostile = outcomes.filter((o) => /XXE/.test(o.entry.notes) && o.entry.expect === 'error');
  const sum = (pick: (o: Outcome) => number): number => outcomes.reduce((total, o) => total + pick(o), 0);
  if (verbose)
    for (const o of outcomes)
      if (o.dates.unread.length > 0)
        console.log(`unread dates in ${o.entry.file}: ${JSON.stringify(o.dates.unread)}`);
  const bombStart = performance.now();
  let bombRefused = false;
  try {
    await parseFeed(billionLaughs());
  } catch (error) {
    bombRefused = error instanceof FeedParseError && error.code === 'hostile';
  }
  const bombMs = performance.now() - bombStart;
  const times = outcomes.map((o) => o.ms);

  for (const o of outcomes) {
    if (!o.pass || verbose) {
      const got = o.error ?? `${o.items} items${o.recovered ? ' (recovered)' : ''}`;
      console.log(
        `${o.pass ? 'ok  ' : 'FAIL'} ${o.entry.file} expect=${o.entry.expect} min=${o.entry.min_items} wf=${o.entry.xml_wellformed} -> ${got} [${o.ms.toFixed(1)} ms]`,
      );
    }
  }
  const summary = {
    documents: outcomes.length,
    parse_expected: parseSet.length,
    parse_ok: `${parseSet.filter((o) => o.pass).length} (${pct(parseSet.filter((o) => o.pass).length, parseSet.length)})`,
    wellformed_parse_ok: `${wellFormed.filter((o) => o.pass).length}/${wellFormed.length} (${pct(wellFormed.filter((o) => o.pass).length, wellFormed.length)})`,
    error_expected: errorSet.length,
    error_clean_or_partial: `${errorSet.filter((o) => o.pass).length}/${errorSet.length}`,
    error_recovered_partially: errorSet.filter((o) => o.items !== null).length,
    hostile_in_corpus_refused: `${hostile.filter((o) => o.error?.includes('refused')).length}/${hostile.length}`,
    hostile_max_ms: Number(Math.max(0, ...hostile.map((o) => o.ms)).toFixed(2)),
    entity_bomb_refused: bombRefused,
    entity_bomb_ms: Number(bombMs.toFixed(2)),
    articles: sum((o) => o.articles),
    dates_read: `${sum((o) => o.dates.read)}/${sum((o) => o.dates.given)} (${pct(
      sum((o) => o.dates.read),
      sum((o) => o.dates.given),
    )})`,
    articles_with_url: pct(
      sum((o) => o.withUrl),
      sum((o) => o.articles),
    ),
    articles_with_title: pct(
      sum((o) => o.withTitle),
      sum((o) => o.articles),
    ),
    non_clean_exceptions: outcomes.filter((o) => o.error && !o.error.startsWith('FeedParseError')).length,
    ms_p50: Number(percentile(times, 50).toFixed(2)),
    ms_p95: Number(percentile(times, 95).toFixed(2)),
    ms_max: Number(Math.max(...times).toFixed(2)),
  };
  console.log(JSON.stringify(summary, null, 2));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
