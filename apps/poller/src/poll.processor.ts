import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { PollPlanner } from './poll-planner';
import { PollService } from './poll.service';

@Processor(QUEUE_NAMES.poll, { concurrency: 8 })
export class PollProcessor extends WorkerHost {
  constructor(
    private readonly planner: PollPlanner,
    private readonly polls: PollService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.pollTick.name:
        return { enqueued: await this.planner.enqueueDue() };
      case JOBS.pollFeed.name:
        return this.polls.poll(parsePayload('pollFeed', job.data).feedId);
      default:
        throw new Error(`poll queue: unknown job ${job.name}`);
    }
  }
}
