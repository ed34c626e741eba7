import 'reflect-metadata';
import * as path from 'node:path';
import { ConfigError, loadConfig, readCommandLine } from '@dw/platform';
import { assertRedisReachable, RedisUnreachableError } from '@dw/platform';
import { formatEntry } from './replay/replay-log';
import { runReplay } from './replay/replay';

const USAGE = 'usage: npm run replay -- [--from DATE] [--to DATE] [--articles PATH] [--json]';

async function main(): Promise<void> {
  const { values } = readCommandLine('replay', USAGE, {
    from: { type: 'string' },
    to: { type: 'string' },
    articles: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
  });
  const date = (value: string | undefined, name: string): Date | undefined => {
    if (!value) return undefined;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime()))
      throw new UsageError(`--${name} ${value}: expected a date such as 2025-07-01`);
    return parsed;
  };
  const config = loadConfig();
  await assertRedisReachable(config.redisUrl);
  const result = await runReplay({
    redisUrl: config.redisUrl,
    dataDir: config.dataDir,
    from: date(values.from, 'from'),
    to: date(values.to, 'to'),
    ...(values.articles ? { articles: values.articles.map((p) => path.resolve(p)) } : {}),
    onEntry: (entry) => console.log(values.json ? JSON.stringify(entry) : formatEntry(entry)),
  });
  const summary = `replayed ${result.articles} articles from ${result.from.slice(0, 10)} to ${result.to.slice(0, 10)} in ${(result.elapsedMs / 1000).toFixed(1)} s (${result.steps} steps)`;
  if (values.json) console.log(JSON.stringify({ kind: 'summary', ...result, entries: undefined }));
  else console.error(summary);
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else if (error instanceof RedisUnreachableError || error instanceof ConfigError)
    console.error(error.message);
  else console.error(`replay failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
