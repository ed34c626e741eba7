import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUE_NAMES } from '@dw/contracts';
import { type AppConfig, InjectConfig } from '@dw/platform';

export const POLL_TICK_EVERY_MS = 15_000;

/** A BullMQ job scheduler, not a @Cron: however many pollers run, the tick happens once. */
@Injectable()
export class PollScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('PollScheduler');

  constructor(
    @InjectQueue(QUEUE_NAMES.poll) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulers) return;
    await this.queue.upsertJobScheduler(
      JOBS.pollTick.name,
      { every: POLL_TICK_EVERY_MS },
      { name: JOBS.pollTick.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    this.logger.log(`poll tick every ${POLL_TICK_EVERY_MS / 1000} s`);
  }
}
