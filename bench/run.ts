import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCommandLine } from '@dw/platform/cli/command-line';

/**
 * `npm run bench [-- NAME ...]`: runs each bench/*.bench.ts (or the named ones) in turn and prints
 * its figures; the results also go to bench/results/latest.json. Figures are reported, never asserted.
 */
async function main(): Promise<void> {
  const available = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.js'))
    .map((f) => f.replace(/\.bench\.js$/, ''))
    .sort();
  const usage = `usage: npm run bench [-- NAME ...]   (NAME: ${available.join(', ')}; all when none is named)`;
  const { positionals: wanted } = readCommandLine('bench', usage, {});
  const unknown = wanted.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    console.error(`bench: no bench named ${unknown.join(', ')}\n${usage}`);
    process.exit(2);
  }
  const names = available.filter((name) => wanted.length === 0 || wanted.includes(name));
  const results: Record<string, Record<string, number | string>> = {};
  for (const name of names) {
    const started = Date.now();
    process.stdout.write(`\n== ${name}\n`);
    try {
      const bench = (await import(path.join(__dirname, `${name}.bench.js`))) as {
        run: () => Promise<Record<string, number | string>>;
      };
      results[name] = await bench.run();
      for (const [key, value] of Object.entries(results[name])) console.log(`  ${key}: ${value}`);
    } catch (error) {
      results[name] = { error: error instanceof Error ? error.message : String(error) };
      console.log(`  failed: ${results[name].error}`);
    }
    console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  const out = path.join(__dirname, '../../bench/results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
