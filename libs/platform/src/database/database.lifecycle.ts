import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDatabase } from '../tokens';
import type { Database } from './database';

/** Closes the database once every worker has finished with it. */
@Injectable()
export class DatabaseLifecycle implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');

  constructor(@InjectDatabase() private readonly db: Database) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db
      .destroy()
      .catch((error: Error) => this.logger.warn(`closing the database: ${error.message}`));
  }
}
