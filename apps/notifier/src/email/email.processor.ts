import { Processor, WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { EmailSender, PermanentDeliveryError } from './email-sender';

@Processor(QUEUE_NAMES.email, { concurrency: 40 })
export class EmailProcessor extends WorkerHost {
  constructor(private readonly sender: EmailSender) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const { deliveryId } = parsePayload('sendEmail', job.data);
    try {
      return await this.sender.send(deliveryId, job.attemptsMade + 1 >= (job.opts.attempts ?? 1));
    } catch (error) {
      if (error instanceof PermanentDeliveryError) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}
