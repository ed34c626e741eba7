import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUE_NAMES } from '@dw/contracts';
import { type AppConfig, InjectConfig } from '@dw/platform';

/** Registers the outbox sweep once across replicas (a BullMQ job scheduler). */
@Injectable()
export class ComposeScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUE_NAMES.notify) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulers) return;
    await this.queue.upsertJobScheduler(
      JOBS.composeSweep.name,
      { every: 30_000 },
      { name: JOBS.composeSweep.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
  }
}
