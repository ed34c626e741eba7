import * as fs from 'node:fs';

/**
 * Memory figures of the process it runs in, for bench/rss.bench.ts. Preloaded into the app
 * (`node -r memory-probe.js main.js`) it answers a 'memory?' message on the IPC channel; run as
 * a script (`node memory-probe.js PART [DATA_DIR]`) it loads one part of the app alone (`bare`,
 * `nlp`, `pglite`) and prints its figures, so the app's memory can be told apart by part.
 */
export interface MemoryFigures {
  rss_mb: number;
  rss_anon_mb: number;
  rss_file_mb: number;
  peak_rss_mb: number;
  heap_used_mb: number;
  heap_total_mb: number;
  external_mb: number;
  array_buffers_mb: number;
}

const MB = 1024 * 1024;

export function memoryFigures(): MemoryFigures {
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  const usage = process.memoryUsage();
  return {
    rss_mb: Math.round(kb('VmRSS') / 1024),
    rss_anon_mb: Math.round(kb('RssAnon') / 1024),
    rss_file_mb: Math.round(kb('RssFile') / 1024),
    peak_rss_mb: Math.round(kb('VmHWM') / 1024),
    heap_used_mb: Math.round(usage.heapUsed / MB),
    heap_total_mb: Math.round(usage.heapTotal / MB),
    // WebAssembly memories (PGlite's PostgreSQL) are counted here, beside Buffers.
    external_mb: Math.round(usage.external / MB),
    array_buffers_mb: Math.round(usage.arrayBuffers / MB),
  };
}

/** Loads one part; answers what it found (articles and classifications in the database). */
async function loadPart(part: string, dataDir: string | undefined): Promise<Record<string, number>> {
  if (part === 'nlp') {
    const { annotate } = await import('../libs/domain/src/classification/nlp/annotate');
    annotate('Seoul and Washington reached a deal on tariffs on Friday, officials said.');
  } else if (part === 'pglite') {
    const { openDatabase } = await import('../libs/platform/src/database/database');
    const { sql } = await import('kysely');
    const db = await openDatabase({ dataDir: dataDir ?? '.' });
    const { rows } = await sql<{ articles: string; classifications: string }>`
      select (select count(*) from articles) as articles,
             (select count(*) from classifications) as classifications`.execute(db);
    return { articles: Number(rows[0].articles), classifications: Number(rows[0].classifications) };
  } else if (part !== 'bare') {
    throw new Error(`unknown part ${part}`);
  }
  return {};
}

if (require.main === module) {
  const [part, dataDir] = process.argv.slice(2);
  loadPart(part, dataDir)
    .then(async (found) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      process.stdout.write(`${JSON.stringify({ ...memoryFigures(), ...found })}\n`);
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else if (process.send) {
  process.on('message', (message) => {
    if (message === 'memory?') process.send?.(memoryFigures());
  });
  process.channel?.unref();
}
