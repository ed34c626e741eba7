import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module, type Provider } from '@nestjs/common';
import { Redis } from 'ioredis';
import { QUEUE_NAMES } from '@dw/contracts';
import { SystemClock, type Clock } from '@dw/domain';
import type { AppConfig } from './config/app-config';
import { type Database, migrateToLatest, openDatabase } from './database/database';
import { DatabaseLifecycle } from './database/database.lifecycle';
import { HealthService } from './health/health.service';
import { OpsController } from './http/ops.controller';
import { MetricsService } from './metrics/metrics.service';
import { JobSchedulers } from './queues/job-schedulers';
import { QueueObserver } from './queues/queue-observer';
import { QueueRegistry } from './queues/queue-registry';
import { RedisLifecycle } from './redis/redis.lifecycle';
import {
  ArticlesRepository,
  DeliveriesRepository,
  EmailDeliveriesRepository,
  EventsRepository,
  FeedsRepository,
  SubscribersRepository,
  TracksRepository,
  WebhookDeliveriesRepository,
  WebhooksRepository,
  IdempotencyRepository,
  StrandedDeliveriesRepository,
} from './repositories';
import { TrackStateService } from './track-state/track-state.service';
import { TracksSync } from './tracks/tracks-sync';
import { bullConnection, redisOptionsFromUrl } from './redis/redis';
import { APP_CONFIG, CLOCK, DATABASE, DATABASE_OWNED, REDIS } from './tokens';

export interface PlatformOptions {
  config: AppConfig;
  clock?: Clock;
  /** An already-open database (tests and replay share one across apps); otherwise opened from config. */
  database?: Database;
  /** Schema that isolates this instance's tables (tests). */
  databaseSchema?: string;
}

const REPOSITORIES = [
  TracksRepository,
  FeedsRepository,
  ArticlesRepository,
  EventsRepository,
  SubscribersRepository,
  DeliveriesRepository,
  EmailDeliveriesRepository,
  WebhooksRepository,
  WebhookDeliveriesRepository,
  IdempotencyRepository,
  StrandedDeliveriesRepository,
];

/** Config, clock, database, Redis, queues, health and metrics: what every service stands on. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: options.clock ?? new SystemClock() },
      {
        provide: DATABASE,
        useFactory: async (): Promise<Database> => {
          const db =
            options.database ??
            (await openDatabase({
              databaseUrl: config.databaseUrl,
              dataDir: config.dataDir,
              ...(config.databasePoolSize ? { poolSize: config.databasePoolSize } : {}),
              ...(options.databaseSchema ? { schema: options.databaseSchema } : {}),
            }));
          // A database handed in (tests, replay) is its owner's to migrate; migrating here again would
          // make Kysely introspect every schema while other suites create and drop theirs.
          if (!options.database) await migrateToLatest(db, options.databaseSchema);
          return db;
        },
      },
      {
        provide: REDIS,
        useFactory: (): Redis => {
          const client = new Redis(redisOptionsFromUrl(config.redisUrl));
          client.on('error', () => undefined);
          return client;
        },
      },
      { provide: DATABASE_OWNED, useValue: !options.database },
      QueueRegistry,
      QueueObserver,
      JobSchedulers,
      HealthService,
      MetricsService,
      RedisLifecycle,
      TracksSync,
      TrackStateService,
      ...REPOSITORIES,
      ...(options.database ? [] : [DatabaseLifecycle]),
    ];
    const queues = BullModule.registerQueue(...Object.values(QUEUE_NAMES).map((name) => ({ name })));
    return {
      module: PlatformModule,
      imports: [
        BullModule.forRoot({
          connection: bullConnection(config.redisUrl),
          prefix: config.queuePrefix,
        }),
        queues,
      ],
      controllers: [OpsController],
      providers,
      exports: [
        APP_CONFIG,
        CLOCK,
        DATABASE,
        DATABASE_OWNED,
        REDIS,
        QueueRegistry,
        QueueObserver,
        JobSchedulers,
        MetricsService,
        HealthService,
        TracksSync,
        TrackStateService,
        ...REPOSITORIES,
        queues,
      ],
    };
  }
}
