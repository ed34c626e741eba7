import { Injectable, Logger } from '@nestjs/common';
import { JOBS } from '@dw/contracts';
import type { AppConfig } from '../config/app-config';
import { InjectConfig } from '../tokens';
import { QueueRegistry } from './queue-registry';

/**
 * The one registrar of repeatable jobs (poll tick, compose and delivery sweeps, countdown check,
 * digest tick): each is a BullMQ job scheduler, so however many replicas register it, each tick
 * happens once. The periods are data in libs/contracts; a process registers those of the queues it
 * consumes.
 */
@Injectable()
export class JobSchedulers {
  private readonly logger = new Logger('JobSchedulers');

  constructor(
    private readonly queues: QueueRegistry,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async register(consumedQueues: ReadonlySet<string>): Promise<string[]> {
    if (!this.config.schedulers) return [];
    const registered: string[] = [];
    for (const job of Object.values(JOBS)) {
      if (!job.repeatEveryMs || !consumedQueues.has(job.queue)) continue;
      await this.queues
        .get(job.queue)
        .upsertJobScheduler(
          job.name,
          { every: job.repeatEveryMs },
          { name: job.name, data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
        );
      registered.push(`${job.name} every ${job.repeatEveryMs / 1000} s`);
    }
    if (registered.length > 0) {
      this.logger.log({ msg: `repeatable jobs: ${registered.join(', ')}`, schedulers: registered });
    }
    return registered;
  }
}
