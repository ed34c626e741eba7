import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { sql } from 'kysely';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, DomainEvent } from '@dw/domain';
import {
  DEFAULT_SILENCE_POLICY,
  feedSilence,
  type SilencePolicy,
  type SilentSource,
  sourceRecoveredEvent,
  sourceSilentEvent,
  trackSilence,
} from '@dw/domain/sources';
import {
  type Database,
  EventsRepository,
  type FeedRow,
  FeedsRepository,
  InjectClock,
  InjectDatabase,
  MetricsService,
  TracksRepository,
} from '@dw/platform';
import { POLLER_SETTINGS, type PollerSettings } from './poller-settings';

/**
 * Watches the sources: a feed that fails, or answers with nothing new for far longer than its usual
 * rhythm, or a track that hears nothing while its deadline is near, raises `source.silent` once per
 * episode (the silent_since column is claimed atomically, so replicas agree), and `source.recovered`
 * when it is heard again. Both go through the events outbox like every other alert: webhooks that
 * ask for them, the operator's address, the page and /api/feeds.
 */
@Injectable()
export class SourceWatch {
  private readonly logger = new Logger('SourceWatch');
  readonly policy: SilencePolicy;

  constructor(
    @InjectQueue(QUEUE_NAMES.notify) private readonly notifyQueue: Queue,
    @InjectClock() private readonly clock: Clock,
    @InjectDatabase() private readonly db: Database,
    @Inject(POLLER_SETTINGS) settings: PollerSettings,
    private readonly feeds: FeedsRepository,
    private readonly tracks: TracksRepository,
    private readonly events: EventsRepository,
    private readonly metrics: MetricsService,
  ) {
    this.policy = { ...DEFAULT_SILENCE_POLICY, failingAfterMs: settings.silentAfterMs, ...settings.silence };
  }

  /** After a poll: the feed as it now stands decides. */
  async afterPoll(feedId: number, failingBefore: boolean): Promise<void> {
    const feed = await this.feeds.find(feedId);
    if (!feed) return;
    const now = this.clock.now();
    const silence = feedSilence(feed, now, this.policy, feed.last_error);
    const source = feedSource(feed);
    if (silence && !feed.silent_since) {
      if (await this.feeds.setSilent(feed.id, silence.since)) {
        await this.raise(sourceSilentEvent(source, silence, now));
        this.logger.warn(
          { feedId: feed.id, url: feed.url, reason: silence.reason, since: silence.since.toISOString() },
          `source silent: ${silence.detail}`,
        );
      }
    } else if (!silence && feed.silent_since) {
      if (await this.feeds.setSilent(feed.id, null)) {
        const reason = failingBefore ? 'failing' : 'quiet';
        await this.raise(sourceRecoveredEvent(source, feed.silent_since, reason, now));
        this.logger.log({ feedId: feed.id, url: feed.url }, 'source recovered');
      }
    }
  }

  /** Each tick: tracks near their deadline that heard nothing, and the silent-sources gauge. */
  async checkTracks(): Promise<void> {
    const now = this.clock.now();
    const rows = await this.tracks.list();
    const lastHeard = await this.lastHeardByTrack(rows.map((t) => t.id));
    for (const row of rows) {
      const deadline = row.deadline_at
        ? { at: row.deadline_at.toISOString(), timezone: row.deadline_timezone ?? 'UTC' }
        : null;
      const silence = trackSilence(
        { deadline, lastHeardAt: lastHeard.get(row.id) ?? null, createdAt: row.created_at ?? row.updated_at },
        now,
        this.policy,
      );
      const source: SilentSource = { scope: 'track', trackId: row.id, feedId: null, url: null, source: null };
      if (silence && !row.silent_since) {
        if (await this.tracks.setSilent(row.id, silence.since)) {
          await this.raise(sourceSilentEvent(source, silence, now));
          this.logger.warn(
            { trackId: row.id, since: silence.since.toISOString() },
            `track silent: ${silence.detail}`,
          );
        }
      } else if (!silence && row.silent_since) {
        if (await this.tracks.setSilent(row.id, null))
          await this.raise(sourceRecoveredEvent(source, row.silent_since, 'unheard', now));
      }
    }
    await this.updateGauge();
  }

  private async raise(event: DomainEvent): Promise<void> {
    if (await this.events.record(event)) {
      this.metrics.sourceAlerts.inc({
        type: event.type,
        reason: 'reason' in event.data ? String(event.data.reason) : '',
      });
      await enqueue(this.notifyQueue, 'composeNotification', { eventId: event.id });
    }
  }

  private async lastHeardByTrack(ids: string[]): Promise<Map<string, Date>> {
    const heard = new Map<string, Date>();
    for (const id of ids) {
      const row = await this.db
        .selectFrom('articles')
        .select((eb) => eb.fn.max('fetched_at').as('last'))
        .where(sql<boolean>`track_ids @> ${JSON.stringify([id])}::jsonb`)
        .executeTakeFirst();
      if (row?.last) heard.set(id, new Date(row.last));
    }
    return heard;
  }

  private async updateGauge(): Promise<void> {
    const [feeds, tracks] = await Promise.all([
      this.db
        .selectFrom('feeds')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('silent_since', 'is not', null)
        .executeTakeFirst(),
      this.db
        .selectFrom('tracks')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('silent_since', 'is not', null)
        .where('deleted_at', 'is', null)
        .executeTakeFirst(),
    ]);
    this.metrics.sourcesSilent.set({ scope: 'feed' }, Number(feeds?.n ?? 0));
    this.metrics.sourcesSilent.set({ scope: 'track' }, Number(tracks?.n ?? 0));
  }
}

function feedSource(feed: FeedRow): SilentSource {
  return {
    scope: 'feed',
    trackId: feed.track_id ?? '*',
    feedId: feed.id,
    url: feed.url,
    source: feed.source,
  };
}
