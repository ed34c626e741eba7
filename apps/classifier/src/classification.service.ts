import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { ArticleClassifiedEvent, Classification, Clock, DomainEvent } from '@dw/domain';
import {
  ArticlesRepository,
  type ArticleRow,
  EventsRepository,
  InjectClock,
  TrackStateService,
  TracksSync,
} from '@dw/platform';
import { ArticleClassifier } from './article-classifier';

export interface ClassificationOutcome {
  relevant: boolean;
  tracks: string[];
  signals: string[];
  events: string[];
}

@Injectable()
export class ClassificationService {
  private readonly logger = new Logger('Classifier');

  constructor(
    @InjectQueue(QUEUE_NAMES.notify) private readonly notifyQueue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly classifier: ArticleClassifier,
    private readonly articles: ArticlesRepository,
    private readonly events: EventsRepository,
    private readonly tracks: TracksSync,
    private readonly trackState: TrackStateService,
  ) {}

  /** Classifies once per classifier version; the status step and events are idempotent, so a retry emits nothing new. */
  async handle(
    articleId: string,
    options: { reclassify: boolean } = { reclassify: false },
  ): Promise<ClassificationOutcome> {
    const article = await this.articles.find(articleId);
    if (!article) throw new Error(`article ${articleId} is not stored`);
    // a track created a moment ago on another replica: load it before classifying against the tracks
    await this.tracks.ensureKnown(article.track_ids);
    const stored = options.reclassify
      ? undefined
      : await this.articles.findClassification(articleId, this.classifier.version);
    const result = stored?.result ?? this.classify(article);
    if (!stored) await this.articles.saveClassification(result, this.classifier.version, this.clock.now());

    const fresh: DomainEvent[] = [];
    if (result.relevant && result.tracks[0]) {
      // TrackStateService records and hands its own events to composition.
      fresh.push(...(await this.trackState.applyArticle(article, result)));
      const classified = articleClassifiedEvent(article, result, this.clock.now());
      if (await this.events.record(classified)) {
        fresh.push(classified);
        // Recorded events are composed from the outbox too (ComposeSweep), so a crash here loses nothing.
        await enqueue(this.notifyQueue, 'composeNotification', { eventId: classified.id });
      }
    }
    this.logger.log(
      {
        articleId,
        relevant: result.relevant,
        tracks: result.tracks,
        signals: result.signals.map((s) => s.type),
        events: fresh.map((e) => e.id),
      },
      'article classified',
    );
    return {
      relevant: result.relevant,
      tracks: result.tracks,
      signals: result.signals.map((s) => s.type),
      events: fresh.map((e) => e.id),
    };
  }

  private classify(article: ArticleRow): Classification {
    return this.classifier.classifyStored(article, this.tracks.all());
  }
}

function articleClassifiedEvent(
  article: ArticleRow,
  result: Classification,
  now: Date,
): ArticleClassifiedEvent {
  return {
    id: `article.classified:${result.tracks[0]}:${article.id}`,
    type: 'article.classified',
    trackId: result.tracks[0],
    occurredAt: now.toISOString(),
    data: {
      articleId: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      signals: result.signals,
    },
  };
}
