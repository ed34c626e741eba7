import { Module } from '@nestjs/common';
import { ArticleClassifier } from './article-classifier';
import { BackfillService } from './backfill.service';
import { ClassificationService } from './classification.service';
import { ClassifyProcessor } from './classify.processor';
import { TrackStatusService } from './track-status.service';

@Module({
  providers: [
    ArticleClassifier,
    ClassificationService,
    ClassifyProcessor,
    TrackStatusService,
    BackfillService,
  ],
  exports: [ClassificationService, BackfillService],
})
export class ClassifierModule {}
