import { Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import {
  ArticlesRepository,
  classifiedArticle,
  type Database,
  InjectClock,
  InjectDatabase,
  type StoredClassifiedArticle,
  TrackStateService,
  TracksRepository,
  TracksSync,
} from '@dw/platform';
import { readTrackState } from '@dw/platform';
import { ArticleClassifier } from './article-classifier';

export interface BackfillReport {
  classifierVersion: string;
  articles: number;
  relevant: number;
  newEvents: { id: string; type: string; trackId: string; occurredAt: string }[];
  statuses: Record<string, string>;
  phases: Record<string, string>;
}

/**
 * Re-classifies every stored article with the current rules and rebuilds each track's status from
 * scratch, in publication order, through the same locked update as live classification. Event ids
 * name the change and the story behind it, so transitions that were already reported are
 * recognised and only genuinely new ones are recorded and composed.
 */
@Injectable()
export class BackfillService {
  private readonly logger = new Logger('Backfill');

  constructor(
    @InjectDatabase() private readonly db: Database,
    @InjectClock() private readonly clock: Clock,
    private readonly classifier: ArticleClassifier,
    private readonly articles: ArticlesRepository,
    private readonly tracks: TracksRepository,
    private readonly tracksSync: TracksSync,
    private readonly trackState: TrackStateService,
  ) {}

  async run(): Promise<BackfillReport> {
    const definitions = this.tracksSync.all();
    const byTrack = new Map<string, StoredClassifiedArticle[]>(definitions.map((t) => [t.id, []]));
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .orderBy((eb) => eb.fn.coalesce('published_at', 'fetched_at'))
      .orderBy('id')
      .execute();
    let relevant = 0;
    for (const article of rows) {
      const result = this.classifier.classifyStored(article, definitions);
      await this.articles.saveClassification(result, this.classifier.version, this.clock.now());
      const trackId = result.tracks[0];
      const list = trackId ? byTrack.get(trackId) : undefined;
      if (!result.relevant || !list) continue;
      relevant++;
      list.push({ article: classifiedArticle(article, result), takenAt: article.fetched_at });
    }
    const fresh = [];
    for (const definition of definitions) {
      const items = byTrack.get(definition.id) ?? [];
      fresh.push(...(await this.trackState.rebuild(definition.id, definition.deadline, items)));
    }
    const states = await this.tracks.list();
    this.logger.log({ msg: 'backfill finished', articles: rows.length, newEvents: fresh.length });
    return {
      classifierVersion: this.classifier.version,
      articles: rows.length,
      relevant,
      newEvents: fresh.map((e) => ({ id: e.id, type: e.type, trackId: e.trackId, occurredAt: e.occurredAt })),
      statuses: Object.fromEntries(states.map((row) => [row.id, row.status])),
      phases: Object.fromEntries(states.map((row) => [row.id, readTrackState(row).phase ?? row.status])),
    };
  }
}
