import { Injectable } from '@nestjs/common';
import type { Classification, ClassifyInput, TrackDefinition } from '@dw/domain';
import { classifyArticle } from '@dw/domain/classification/classify';
import { CLASSIFIER_VERSION } from '@dw/domain/classification/version';

/** The rules, behind an adapter so a service can be tested with another classifier. */
@Injectable()
export class ArticleClassifier {
  readonly version = CLASSIFIER_VERSION;

  classify(input: ClassifyInput, tracks: TrackDefinition[]): Classification {
    return { ...classifyArticle(input, { tracks }), classifier_version: this.version };
  }
}
