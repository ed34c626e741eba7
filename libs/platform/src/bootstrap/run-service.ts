import type { DynamicModule, Type } from '@nestjs/common';
import { ConfigError, loadConfig, type AppConfig } from '../config/app-config';
import { DatabaseUnavailableError } from '../database/database';
import { createRootLogger, PinoNestLogger } from '../logging/logger';
import { assertRedisReachable, RedisUnreachableError } from '../redis/redis';
import { createApp } from './create-app';

/** The entry point of every service: config, a quick Redis check, the app, graceful shutdown. */
export async function runService(role: string, features: (Type | DynamicModule)[]): Promise<void> {
  const started = Date.now();
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nFix these settings (environment or .env) and start again.`);
      process.exit(1);
    }
    throw error;
  }
  const root = createRootLogger(config);
  try {
    await assertRedisReachable(config.redisUrl);
    const app = await createApp({ config, features, logger: new PinoNestLogger(root) });
    app.enableShutdownHooks();
    let stopping = false;
    const forceExit = (signal: string) => {
      if (stopping) return;
      stopping = true;
      root.info({ signal }, 'shutting down: workers finish or hand back their jobs');
      setTimeout(() => {
        root.warn(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
    };
    process.once('SIGTERM', () => forceExit('SIGTERM'));
    process.once('SIGINT', () => forceExit('SIGINT'));
    await app.listen(config.port);
    root.info(
      {
        role,
        port: config.port,
        database: config.databaseUrl ? 'postgresql' : `embedded (${config.dataDir})`,
        startupMs: Date.now() - started,
      },
      `Deadline Watch ${role} ready: ${config.publicUrl} (docs at ${config.publicUrl}/docs)`,
    );
  } catch (error) {
    if (error instanceof RedisUnreachableError || error instanceof DatabaseUnavailableError) {
      console.error(error.message);
      process.exit(1);
    }
    const message = error instanceof Error ? error.message : String(error);
    if (/EADDRINUSE/.test(message)) {
      console.error(`Port ${config.port} is already in use: stop what uses it, or set PORT.`);
      process.exit(1);
    }
    root.fatal({ err: error }, `start-up failed: ${message}`);
    process.exit(1);
  }
}
