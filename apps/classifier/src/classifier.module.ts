import { Module } from '@nestjs/common';
import { ArticleClassifier } from './article-classifier';
import { BackfillService } from './backfill.service';
import { ClassificationService } from './classification.service';
import { ClassifyProcessor } from './classify.processor';

@Module({
  providers: [ArticleClassifier, ClassificationService, ClassifyProcessor, BackfillService],
  exports: [ClassificationService, BackfillService],
})
export class ClassifierModule {}
