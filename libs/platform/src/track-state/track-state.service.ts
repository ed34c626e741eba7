import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { Kysely } from 'kysely';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Classification, Clock, DomainEvent, TrackDeadline } from '@dw/domain';
import {
  applyArticle,
  applyManualDeadline,
  expireUnconfirmed,
  initialTrackState,
  type ClassifiedArticle,
  type ManualDeadline,
  type StatusEvent,
  type StatusStep,
  type TrackState,
} from '@dw/domain/status';
import type { Database } from '../database/database';
import type { DatabaseSchema } from '../database/schema';
import type { ArticleRow } from '../repositories/articles.repository';
import { EventsRepository } from '../repositories/events.repository';
import { readTrackState, TracksRepository } from '../repositories/tracks.repository';
import { InjectClock, InjectDatabase } from '../tokens';

/** A classified article with the time it was taken in, for rebuilding a track from stored articles. */
export interface StoredClassifiedArticle {
  article: ClassifiedArticle;
  takenAt: Date;
}

export function classifiedArticle(row: ArticleRow, classification: Classification): ClassifiedArticle {
  return {
    articleId: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    storyId: row.story_id,
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    classification,
  };
}

/**
 * The one way a track's status and deadline change. Each change locks the track's row, runs a pure
 * step of the status machine on the stored state, and writes the new state (JSON and its status and
 * deadline columns together) and the step's events in one transaction; events already recorded are
 * not recorded or composed again. Classification, backfill, the time-out sweep and an editor's
 * deadline all come through here.
 */
@Injectable()
export class TrackStateService {
  constructor(
    @InjectDatabase() private readonly db: Database,
    @InjectClock() private readonly clock: Clock,
    @InjectQueue(QUEUE_NAMES.notify) private readonly notifyQueue: Queue,
    private readonly tracks: TracksRepository,
    private readonly events: EventsRepository,
  ) {}

  /** Applies a classified article to its main track. Returns the events recorded for the first time. */
  applyArticle(row: ArticleRow, classification: Classification): Promise<StatusEvent[]> {
    const trackId = classification.tracks[0];
    if (!classification.relevant || !trackId) return Promise.resolve([]);
    return this.update(trackId, (state, now) =>
      applyArticle(state, classifiedArticle(row, classification), now),
    );
  }

  /**
   * An editor sets (or clears, with null) a track's deadline (the admin PATCH). It becomes a
   * deadline.changed event like one read from the news, with the editor as its source, and restarts
   * (or stops) the countdown.
   */
  applyManualDeadline(trackId: string, input: ManualDeadline): Promise<StatusEvent[]> {
    return this.update(trackId, (state, now) => applyManualDeadline(state, input, now));
  }

  /** Withdraws unconfirmed changes nobody corroborated in time (called by the countdown check). */
  async sweep(): Promise<StatusEvent[]> {
    const fresh: StatusEvent[] = [];
    for (const track of await this.tracks.list()) {
      const state = readTrackState(track);
      if (!state.pending && !state.pendingDeadline) continue;
      fresh.push(...(await this.update(track.id, (current, now) => expireUnconfirmed(current, now))));
    }
    return fresh;
  }

  /**
   * Rebuilds a track from scratch out of stored articles (and the editor's deadlines recorded as
   * events), in the order given, each at the time it was taken in. Event ids name what happened, so
   * transitions reported before are recognised and only genuinely new ones are recorded.
   */
  rebuild(
    trackId: string,
    initialDeadline: TrackDeadline | null,
    articles: StoredClassifiedArticle[],
  ): Promise<StatusEvent[]> {
    return this.update(trackId, async (_current, now, trx) => {
      const manual = await this.manualDeadlines(trackId, trx);
      let state = initialTrackState(trackId, initialDeadline);
      const events: StatusEvent[] = [];
      const steps: { at: number; article?: ClassifiedArticle; manual?: DomainEvent }[] = [
        ...articles.map((item) => ({ at: item.takenAt.getTime(), article: item.article })),
        ...manual.map((event) => ({ at: Date.parse(event.occurredAt), manual: event })),
      ].sort((a, b) => a.at - b.at);
      for (const step of steps) {
        const result = step.article
          ? applyArticle(state, step.article, new Date(step.at))
          : applyManualDeadline(state, manualInput(step.manual!), new Date(step.at));
        state = result.state;
        events.push(...result.events);
      }
      const expired = expireUnconfirmed(state, now);
      return { state: expired.state, events: [...events, ...expired.events] };
    });
  }

  private async update(
    trackId: string,
    step: (state: TrackState, now: Date, trx: Kysely<DatabaseSchema>) => StatusStep | Promise<StatusStep>,
  ): Promise<StatusEvent[]> {
    const now = this.clock.now();
    const fresh = await this.db.transaction().execute(async (trx) => {
      const row = await this.tracks.lockForUpdate(trackId, trx);
      if (!row) return [];
      const result = await step(readTrackState(row), now, trx);
      await this.tracks.writeState(trackId, result.state, now, trx);
      const recorded: StatusEvent[] = [];
      for (const event of result.events) if (await this.events.record(event, trx)) recorded.push(event);
      return recorded;
    });
    // Recorded events are composed from the outbox too (ComposeSweep), so a crash here loses nothing.
    for (const event of fresh) await enqueue(this.notifyQueue, 'composeNotification', { eventId: event.id });
    return fresh;
  }

  private async manualDeadlines(trackId: string, trx: Kysely<DatabaseSchema>) {
    const rows = await trx
      .selectFrom('events')
      .select('payload')
      .where('track_id', '=', trackId)
      .where('type', '=', 'deadline.changed')
      .orderBy('occurred_at')
      .execute();
    return rows
      .map((row) => row.payload)
      .filter((event) => event.type === 'deadline.changed' && event.data.manual === true);
  }
}

function manualInput(event: DomainEvent): ManualDeadline {
  if (event.type !== 'deadline.changed') throw new Error(`not a deadline event: ${event.id}`);
  const evidence = event.data.evidence[0];
  return {
    deadline: event.data.to === null ? null : { at: event.data.to, timezone: event.data.timezone ?? 'UTC' },
    actor: evidence?.source ?? 'editor',
    ...(evidence?.sentence ? { note: evidence.sentence } : {}),
  };
}
