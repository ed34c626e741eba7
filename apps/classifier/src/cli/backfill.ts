import 'reflect-metadata';
import {
  ConfigError,
  createApp,
  DatabaseUnavailableError,
  loadConfig,
  assertRedisReachable,
  RedisUnreachableError,
  readCommandLine,
} from '@dw/platform';
import { BackfillService } from '../backfill.service';
import { ClassifierModule } from '../classifier.module';

/** `npm run backfill`: re-classify stored articles with the current rules; prints a JSON report. */
async function main(): Promise<void> {
  readCommandLine(
    'backfill',
    'usage: npm run backfill   (re-classifies every stored article with the current rules, in DATABASE_URL or the embedded database; alerts only on transitions not reported before)',
    {},
  );
  const config = { ...loadConfig(), schedulers: false };
  await assertRedisReachable(config.redisUrl);
  const app = await createApp({ config, features: [ClassifierModule] });
  await app.init();
  try {
    console.log(JSON.stringify(await app.get(BackfillService).run(), null, 2));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    error instanceof RedisUnreachableError ||
    error instanceof DatabaseUnavailableError;
  console.error(
    known ? error.message : `backfill failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
