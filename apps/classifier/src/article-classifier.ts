import { Injectable } from '@nestjs/common';
import type { Classification, ClassifyInput, TrackDefinition } from '@dw/domain';
import { classifyArticle } from '@dw/domain/classification/classify';
import { CLASSIFIER_VERSION } from '@dw/domain/classification/version';
import type { ArticleRow } from '@dw/platform';

/** The rules, behind an adapter so a service can be tested with another classifier. */
@Injectable()
export class ArticleClassifier {
  readonly version = CLASSIFIER_VERSION;

  classify(input: ClassifyInput, tracks: TrackDefinition[], preferredTrack?: string): Classification {
    const options = preferredTrack ? { tracks, defaultTrack: preferredTrack } : { tracks };
    return { ...classifyArticle(input, options), classifier_version: this.version };
  }

  /**
   * A stored article, as the classifier service and the backfill both read it. When two tracks are
   * named equally, the one whose feed brought the article is its subject.
   */
  classifyStored(article: ArticleRow, tracks: TrackDefinition[]): Classification {
    const feedTrack = article.raw?.feedTrack;
    const preferred =
      typeof feedTrack === 'string' && tracks.some((track) => track.id === feedTrack) ? feedTrack : undefined;
    return this.classify(
      {
        id: article.id,
        title: article.title,
        text: article.text,
        published: article.published_at ? article.published_at.toISOString() : null,
        url: article.url,
        source: article.source,
      },
      tracks,
      preferred,
    );
  }
}
