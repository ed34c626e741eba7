import { Injectable } from '@nestjs/common';
import type {
  Classification,
  Clock,
  DeadlineChangedEvent,
  StatusChangedEvent,
  TrackStatus,
} from '@dw/domain';
import { applyArticle, initialTrackState, type TrackState } from '@dw/domain/status';
import { type ArticleRow, type Database, EventsRepository, InjectClock, InjectDatabase } from '@dw/platform';

/**
 * Keeps each track's status and deadline from classified articles. The track row is locked for the
 * step, and the new state and its events are written in one transaction, so replicas and retries
 * neither lose nor double a transition.
 */
@Injectable()
export class TrackStatusService {
  constructor(
    @InjectDatabase() private readonly db: Database,
    @InjectClock() private readonly clock: Clock,
    private readonly events: EventsRepository,
  ) {}

  async apply(
    article: ArticleRow,
    result: Classification,
  ): Promise<(StatusChangedEvent | DeadlineChangedEvent)[]> {
    const trackId = result.tracks[0];
    if (!result.relevant || !trackId) return [];
    const now = this.clock.now();
    return this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('tracks')
        .selectAll()
        .where('id', '=', trackId)
        .forUpdate()
        .executeTakeFirst();
      if (!row) return [];
      const deadline = row.deadline_at
        ? { at: row.deadline_at.toISOString(), timezone: row.deadline_timezone ?? 'UTC' }
        : null;
      const stored = row.state as Partial<TrackState>;
      const state: TrackState = Array.isArray(stored.ledger)
        ? { ...(stored as TrackState), status: row.status as TrackStatus, deadline }
        : initialTrackState(trackId, deadline);
      const step = applyArticle(
        state,
        {
          articleId: article.id,
          title: article.title,
          url: article.url,
          source: article.source,
          storyId: article.story_id,
          publishedAt: article.published_at ? article.published_at.toISOString() : null,
          classification: result,
        },
        now,
      );
      await trx
        .updateTable('tracks')
        .set({
          status: step.state.status,
          deadline_at: step.state.deadline ? new Date(step.state.deadline.at) : null,
          deadline_timezone: step.state.deadline?.timezone ?? row.deadline_timezone,
          state: JSON.stringify(step.state),
          updated_at: now,
        })
        .where('id', '=', trackId)
        .execute();
      for (const event of step.events) await this.events.record(event, trx);
      return step.events;
    });
  }
}
