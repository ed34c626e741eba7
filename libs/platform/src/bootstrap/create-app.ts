import {
  type DynamicModule,
  type INestApplication,
  type LoggerService,
  Module,
  type Type,
} from '@nestjs/common';
import { DiscoveryModule, NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ScheduleModule } from '@nestjs/schedule';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { Clock } from '@dw/domain';
import type { AppConfig } from '../config/app-config';
import type { Database } from '../database/database';
import { ErrorBodyFilter } from '../http/error.filter';
import { ContentTypeGuard } from '../http/content-type.guard';
import { SafeInputPipe } from '../http/zod.pipe';
import { PlatformModule } from '../platform.module';
import { WorkerDiscovery } from '../queues/worker-discovery';

export interface CreateAppOptions {
  config: AppConfig;
  /** The services this process runs: any of the poller, classifier and notifier modules. */
  features: (Type | DynamicModule)[];
  clock?: Clock;
  database?: Database;
  databaseSchema?: string;
  logger?: LoggerService | false;
}

/** Builds the Nest application for one service or for all of them; mains, tests and replay share it. */
export async function createApp(options: CreateAppOptions): Promise<INestApplication> {
  @Module({
    imports: [
      PlatformModule.forRoot({
        config: options.config,
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.database ? { database: options.database } : {}),
        ...(options.databaseSchema ? { databaseSchema: options.databaseSchema } : {}),
      }),
      ScheduleModule.forRoot(),
      DiscoveryModule,
      ...options.features,
    ],
    // The root module's bootstrap hook runs last: every worker exists by then.
    providers: [WorkerDiscovery],
  })
  class AppModule {}

  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: options.logger ?? false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.useGlobalGuards(new ContentTypeGuard(app.get(Reflector)));
  app.useGlobalPipes(new SafeInputPipe());
  app.useGlobalFilters(new ErrorBodyFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Deadline Watch')
      .setDescription(
        'Status, deadlines and alerts for trade negotiations that run against a tariff deadline.',
      )
      .setVersion('0.1.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API_TOKEN, for admin routes' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
