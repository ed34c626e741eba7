import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { ComposeService } from './compose.service';

/** Compose first, deliver second: this job renders once and enqueues one send job per recipient. */
@Processor(QUEUE_NAMES.notify, { concurrency: 4 })
export class NotifyProcessor extends WorkerHost {
  constructor(private readonly compose: ComposeService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === JOBS.composeSweep.name) return { enqueued: await this.compose.sweep() };
    return this.compose.compose(parsePayload('composeNotification', job.data).eventId);
  }
}
