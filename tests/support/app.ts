import { ConsoleLogger, type INestApplication, type LoggerService } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { type AppConfig, createApp, type Database, QueueRegistry } from '@dw/platform';
import { ALL_SERVICES } from '../../apps/all/src/all-services';
import { closeTestDatabase, openTestDatabase, testConfig } from './env';
import { TEST_TRACKS_FILE } from './seeds';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: Database;
  url: string;
  close(): Promise<void>;
}

/** The whole set in one process on real Redis queues, a database of its own and loopback HTTP. */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    clock?: Clock;
    db?: Database;
    features?: Parameters<typeof createApp>[0]['features'];
    /** Where the app logs (tests that read the log lines). */
    logger?: LoggerService;
  } = {},
): Promise<TestApp> {
  const config = testConfig({ TRACKS_FILE: TEST_TRACKS_FILE, ...options.env });
  // PostgreSQL, the system of record, by default: it starts in milliseconds where PGlite takes seconds.
  // tests/platform/repositories.test.ts runs the repositories on PGlite too.
  const db = options.db ?? (await openTestDatabase('postgres'));
  const app = await createApp({
    config,
    features: options.features ?? ALL_SERVICES,
    database: db,
    ...(options.logger ? { logger: options.logger } : {}),
    ...(process.env.TEST_LOG && !options.logger
      ? { logger: new ConsoleLogger('test', { logLevels: ['log', 'warn', 'error', 'debug'] }) }
      : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  app.enableShutdownHooks();
  await app.listen(0, '127.0.0.1');
  const address = (app.getHttpServer() as import('node:http').Server).address() as { port: number };
  return {
    app,
    config,
    db,
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await app.get(QueueRegistry).obliterateAll();
      await app.close();
      await closeTestDatabase(db);
    },
  };
}
