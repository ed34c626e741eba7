import { WorkerHost } from '@nestjs/bullmq';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';
import type { AppConfig } from '../config/app-config';
import { type Database, poolSizeFor, sizeDatabasePool } from '../database/database';
import { DATABASE_OWNED, InjectConfig, InjectDatabase } from '../tokens';
import { closeWorker } from './close-worker';
import { JobSchedulers } from './job-schedulers';
import { QueueObserver } from './queue-observer';

/**
 * Finds every BullMQ worker of the app (those @Processor made and those a processor builds itself,
 * exposed as `worker`) and hands it to the QueueObserver. It is provided by the root module, whose
 * bootstrap hook runs after every feature module's, so workers built at bootstrap exist by then.
 * Knowing them, it sizes the database pool for their concurrency unless DATABASE_POOL_SIZE is set,
 * and registers the repeatable jobs of the queues this process consumes. At shutdown it closes the
 * workers @Processor made (with closeWorker) before @nestjs/bullmq's bare worker.close() would; a
 * processor that builds its worker itself closes it.
 */
@Injectable()
export class WorkerDiscovery implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Platform');
  private hosted: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly observer: QueueObserver,
    private readonly schedulers: JobSchedulers,
    @InjectDatabase() private readonly db: Database,
    @Inject(DATABASE_OWNED) private readonly ownsDatabase: boolean,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { workers, hosted } = this.workers();
    this.hosted = hosted;
    for (const worker of workers) this.observer.observeWorker(worker);
    const concurrency = workers.reduce((sum, w) => sum + (w.opts.concurrency ?? 1), 0);
    // A database handed in (tests, replay) is its owner's: its pool keeps the size it was opened with.
    const size = this.ownsDatabase
      ? sizeDatabasePool(this.db, this.config.databasePoolSize ?? poolSizeFor(concurrency))
      : null;
    if (size !== null) {
      this.logger.log({
        msg: `database pool: ${size} connections for ${workers.length} workers (${concurrency} jobs at once)${this.config.databasePoolSize ? ', from DATABASE_POOL_SIZE' : ''}`,
        poolSize: size,
        workerConcurrency: concurrency,
      });
    }
    await this.schedulers.register(new Set(workers.map((w) => w.name)));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.hosted.map((worker) => closeWorker(worker)));
  }

  private workers(): { workers: Worker[]; hosted: Worker[] } {
    const found = new Set<Worker>();
    const hosted = new Set<Worker>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !('worker' in instance)) continue;
      let worker: unknown;
      try {
        worker = instance.worker;
      } catch {
        continue; // a WorkerHost whose worker was never started (manual registration)
      }
      if (!(worker instanceof Worker)) continue;
      found.add(worker as Worker);
      if (instance instanceof WorkerHost) hosted.add(worker as Worker);
    }
    return { workers: [...found], hosted: [...hosted] };
  }
}
