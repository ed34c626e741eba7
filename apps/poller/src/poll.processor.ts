import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { PollPlanner } from './poll-planner';
import { PollService } from './poll.service';
import { SourceWatch } from './source-watch';
import { WebSubSubscriber } from './websub/websub-subscriber';

@Processor(QUEUE_NAMES.poll, { concurrency: 8 })
export class PollProcessor extends WorkerHost {
  private readonly logger = new Logger('PollProcessor');

  constructor(
    private readonly planner: PollPlanner,
    private readonly polls: PollService,
    private readonly webSub: WebSubSubscriber,
    private readonly sourceWatch: SourceWatch,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.pollTick.name:
        return {
          enqueued: await this.planner.enqueueDue(),
          renewed: await this.renewLeases(),
          tracksWatched: await this.watchTracks(),
        };
      case JOBS.pollFeed.name:
        return this.polls.poll(parsePayload('pollFeed', job.data).feedId);
      default:
        throw new Error(`poll queue: unknown job ${job.name}`);
    }
  }

  /** Nor must a failing silence check. */
  private async watchTracks(): Promise<boolean> {
    try {
      await this.sourceWatch.checkTracks();
      return true;
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'track silence check failed');
      return false;
    }
  }

  /** A failing hub must not stop the tick that plans the polls. */
  private async renewLeases(): Promise<number> {
    try {
      return await this.webSub.renewDue();
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'websub renewal failed');
      return 0;
    }
  }
}
