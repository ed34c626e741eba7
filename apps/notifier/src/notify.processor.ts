import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JOBS, parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { ComposeService } from './compose.service';
import { DeliverySweep } from './delivery-sweep';
import { OperatorNotices } from './email/operator-notices';

/**
 * Compose first, deliver second: this job renders once and enqueues one send job per recipient.
 * Operator notices (OPS_EMAIL) are sent from here too.
 */
@Processor(QUEUE_NAMES.notify, { concurrency: 4 })
export class NotifyProcessor extends WorkerHost {
  constructor(
    private readonly compose: ComposeService,
    private readonly operator: OperatorNotices,
    private readonly deliveries: DeliverySweep,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === JOBS.composeSweep.name) return { enqueued: await this.compose.sweep() };
    if (job.name === JOBS.deliverySweep.name) return this.deliveries.run();
    if (job.name === JOBS.operatorNotice.name)
      return this.operator.send(parsePayload('operatorNotice', job.data));
    return this.compose.compose(parsePayload('composeNotification', job.data).eventId);
  }
}
