import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { parsePayload, QUEUE_NAMES } from '@dw/contracts';
import { ClassificationService } from './classification.service';

@Processor(QUEUE_NAMES.classify, { concurrency: 1 })
export class ClassifyProcessor extends WorkerHost {
  constructor(private readonly classification: ClassificationService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const { articleId, reclassify } = parsePayload('classifyArticle', job.data);
    return this.classification.handle(articleId, { reclassify: reclassify ?? false });
  }
}
