import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { DeadlineChangedEvent, StatusChangedEvent } from '@dw/domain';
import { applyArticle, initialTrackState, type TrackState } from '@dw/domain/status';
import {
  ArticlesRepository,
  type Database,
  EventsRepository,
  InjectDatabase,
  TracksRepository,
  TracksSync,
} from '@dw/platform';
import { ArticleClassifier } from './article-classifier';

export interface BackfillReport {
  classifierVersion: string;
  articles: number;
  relevant: number;
  newEvents: { id: string; type: string; trackId: string; occurredAt: string }[];
  statuses: Record<string, string>;
}

/**
 * Re-classifies every stored article with the current rules and rebuilds each track's status from
 * scratch, in publication order. Event ids name the change and the story behind it, so transitions
 * that were already reported are recognised and only genuinely new ones are emitted.
 */
@Injectable()
export class BackfillService {
  private readonly logger = new Logger('Backfill');

  constructor(
    @InjectDatabase() private readonly db: Database,
    @InjectQueue(QUEUE_NAMES.notify) private readonly notifyQueue: Queue,
    private readonly classifier: ArticleClassifier,
    private readonly articles: ArticlesRepository,
    private readonly events: EventsRepository,
    private readonly tracks: TracksRepository,
    private readonly tracksSync: TracksSync,
  ) {}

  async run(): Promise<BackfillReport> {
    const definitions = this.tracksSync.all();
    const states = new Map<string, TrackState>(
      definitions.map((t) => [t.id, initialTrackState(t.id, t.deadline)]),
    );
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .orderBy((eb) => eb.fn.coalesce('published_at', 'fetched_at'))
      .orderBy('id')
      .execute();
    const fresh: (StatusChangedEvent | DeadlineChangedEvent)[] = [];
    let relevant = 0;
    for (const article of rows) {
      const publishedAt = article.published_at ? article.published_at.toISOString() : null;
      const result = this.classifier.classify(
        {
          id: article.id,
          title: article.title,
          text: article.text,
          published: publishedAt,
          url: article.url,
          source: article.source,
        },
        definitions,
      );
      await this.articles.saveClassification(result, this.classifier.version, article.fetched_at);
      const trackId = result.tracks[0];
      const state = trackId ? states.get(trackId) : undefined;
      if (!result.relevant || !trackId || !state) continue;
      relevant++;
      const step = applyArticle(
        state,
        {
          articleId: article.id,
          title: article.title,
          url: article.url,
          source: article.source,
          storyId: article.story_id,
          publishedAt,
          classification: result,
        },
        article.fetched_at,
      );
      states.set(trackId, step.state);
      for (const event of step.events) if (await this.events.record(event)) fresh.push(event);
    }
    for (const [trackId, state] of states) {
      await this.tracks.saveState(trackId, {
        status: state.status,
        deadlineAt: state.deadline ? new Date(state.deadline.at) : null,
        state: state as unknown as Record<string, unknown>,
        now: new Date(),
      });
    }
    for (const event of fresh) await enqueue(this.notifyQueue, 'composeNotification', { eventId: event.id });
    this.logger.log({ articles: rows.length, newEvents: fresh.length }, 'backfill finished');
    return {
      classifierVersion: this.classifier.version,
      articles: rows.length,
      relevant,
      newEvents: fresh.map((e) => ({ id: e.id, type: e.type, trackId: e.trackId, occurredAt: e.occurredAt })),
      statuses: Object.fromEntries([...states].map(([id, s]) => [id, s.status])),
    };
  }
}
