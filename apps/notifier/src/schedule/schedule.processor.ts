import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { CountdownService } from './countdown.service';
import { DigestService } from './digest.service';

/** The notifier's clockwork: thin, the services decide on the injected clock. */
@Processor(QUEUE_NAMES.schedule, { concurrency: 1 })
export class ScheduleProcessor extends WorkerHost {
  constructor(
    private readonly countdown: CountdownService,
    private readonly digests: DigestService,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOBS.countdownCheck.name:
        parsePayload('countdownCheck', job.data);
        return { fired: await this.countdown.check() };
      case JOBS.digestTick.name:
        parsePayload('digestTick', job.data);
        return { digests: (await this.digests.tick()).length };
      default:
        throw new Error(`schedule queue: unknown job "${job.name}"`);
    }
  }
}
