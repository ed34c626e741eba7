import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, QUEUE_NAMES } from '@dw/contracts';
import { type AppConfig, InjectConfig } from '@dw/platform';

export const SCHEDULE_EVERY_MS = 60_000;

/** BullMQ job schedulers, not @Cron: however many notifiers run, each tick happens once. */
@Injectable()
export class ScheduleRegistrar implements OnApplicationBootstrap {
  private readonly logger = new Logger('ScheduleRegistrar');

  constructor(
    @InjectQueue(QUEUE_NAMES.schedule) private readonly queue: Queue,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.schedulers) return;
    for (const job of [JOBS.countdownCheck, JOBS.digestTick]) {
      await this.queue.upsertJobScheduler(
        job.name,
        { every: SCHEDULE_EVERY_MS },
        { name: job.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    }
    this.logger.log(`countdown check and digest tick every ${SCHEDULE_EVERY_MS / 1000} s`);
  }
}
