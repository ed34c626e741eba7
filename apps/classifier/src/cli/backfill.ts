import 'reflect-metadata';
import {
  ConfigError,
  createApp,
  DatabaseUnavailableError,
  loadConfig,
  assertRedisReachable,
  RedisUnreachableError,
} from '@dw/platform';
import { BackfillService } from '../backfill.service';
import { ClassifierModule } from '../classifier.module';

/** `npm run backfill`: re-classify stored articles with the current rules; prints a JSON report. */
async function main(): Promise<void> {
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
