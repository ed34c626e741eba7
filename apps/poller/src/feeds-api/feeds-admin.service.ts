import { InjectQueue } from '@nestjs/bullmq';
import { BadRequestException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import { assertPublicUrl } from '@dw/feeds';
import type { Clock } from '@dw/domain';
import {
  type AppConfig,
  type FeedRow,
  FeedsRepository,
  InjectClock,
  InjectConfig,
  TracksRepository,
} from '@dw/platform';
import { failingSince, isSilent } from '../feed-silence';
import { POLLER_SETTINGS, type PollerSettings } from '../poller-settings';
import { WebSubSubscriber } from '../websub/websub-subscriber';
import type { AddFeedInput, FeedHealthDto } from './feeds.dto';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export function feedHealth(feed: FeedRow, now: Date, silentAfterMs: number): FeedHealthDto {
  const failing = feed.last_error_at !== null && feed.consecutive_failures > 0;
  return {
    id: feed.id,
    url: feed.url,
    trackId: feed.track_id,
    source: feed.source,
    origin: feed.origin,
    health: feed.last_polled_at === null ? 'new' : failing ? 'failing' : 'ok',
    lastPolledAt: iso(feed.last_polled_at),
    lastSuccessAt: iso(feed.last_success_at),
    lastError: feed.last_error,
    lastErrorAt: iso(feed.last_error_at),
    consecutiveFailures: feed.consecutive_failures,
    failingSince: iso(failingSince(feed)),
    silent: feed.silent_since !== null || isSilent(feed, now, silentAfterMs),
    silentSince: iso(feed.silent_since),
    itemsSeen: feed.items_seen,
    nextPollAt: iso(feed.next_poll_at),
    webSub: feed.hub_url
      ? {
          hubUrl: feed.hub_url,
          state: feed.websub_state,
          topic: feed.websub_topic,
          leaseExpiresAt: iso(feed.websub_lease_expires_at),
          lastPushAt: iso(feed.websub_last_push_at),
          error: feed.websub_error,
        }
      : null,
    createdAt: feed.created_at.toISOString(),
  };
}

function refused(reason: string): BadRequestException {
  return new BadRequestException({ error: reason, details: [{ field: 'url', message: reason }] });
}

/** Feeds added, listed and removed at run time; the database is the list every poller reads. */
@Injectable()
export class FeedsAdminService {
  private readonly logger = new Logger('Feeds');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    @Inject(POLLER_SETTINGS) private readonly settings: PollerSettings,
    @InjectQueue(QUEUE_NAMES.poll) private readonly pollQueue: Queue,
    private readonly feeds: FeedsRepository,
    private readonly tracks: TracksRepository,
    private readonly webSub: WebSubSubscriber,
  ) {}

  async list(): Promise<FeedHealthDto[]> {
    return (await this.feeds.list()).map((feed) => this.health(feed));
  }

  async get(id: number): Promise<FeedHealthDto> {
    const feed = await this.feeds.find(id);
    if (!feed) throw new NotFoundException({ error: `no feed ${id}` });
    return this.health(feed);
  }

  /** Adds a feed (or returns the one already watched) and polls it at once. */
  async add(input: AddFeedInput): Promise<{ feed: FeedHealthDto; created: boolean }> {
    let url: URL;
    try {
      url = assertPublicUrl(input.url, { allowPrivateNetwork: this.config.allowPrivateNetwork });
    } catch (error) {
      throw refused((error as Error).message);
    }
    const trackId = input.trackId ?? null;
    if (trackId !== null && !(await this.tracks.find(trackId))) {
      const known = (await this.tracks.list()).map((t) => t.id).join(', ');
      throw new BadRequestException({
        error: `unknown track "${trackId}"`,
        details: [{ field: 'trackId', message: `expected one of: ${known}` }],
      });
    }
    const before = await this.feeds.findByUrl(url.href);
    const existing = before.find((f) => f.track_id === trackId);
    if (existing) return { feed: this.health(existing), created: false };
    const feed = await this.feeds.upsert({
      trackId,
      url: url.href,
      source: input.source ?? null,
      origin: 'api',
      createdAt: this.clock.now(),
    });
    await enqueue(this.pollQueue, 'pollFeed', { feedId: feed.id, dueAt: feed.created_at.toISOString() });
    this.logger.log({ feedId: feed.id, url: feed.url, trackId }, 'feed added');
    return { feed: this.health(feed), created: true };
  }

  async remove(id: number): Promise<void> {
    const feed = await this.feeds.find(id);
    if (!feed) throw new NotFoundException({ error: `no feed ${id}` });
    await this.drop(feed);
  }

  /** Removes the feed at this URL for every track. */
  async removeByUrl(raw: string): Promise<number> {
    let url = raw;
    try {
      url = new URL(raw).href;
    } catch {
      // not a URL: compared as given
    }
    const matches = [
      ...(await this.feeds.findByUrl(url)),
      ...(url !== raw ? await this.feeds.findByUrl(raw) : []),
    ];
    if (matches.length === 0) throw new NotFoundException({ error: `no feed with url ${raw}` });
    for (const feed of matches) await this.drop(feed);
    return matches.length;
  }

  private health(feed: FeedRow): FeedHealthDto {
    return feedHealth(feed, this.clock.now(), this.settings.silentAfterMs);
  }

  private async drop(feed: FeedRow): Promise<void> {
    try {
      await this.webSub.unsubscribe(feed);
    } catch (error) {
      this.logger.warn({ feedId: feed.id, error: (error as Error).message }, 'websub unsubscribe failed');
    }
    await this.feeds.remove(feed.id);
    this.logger.log({ feedId: feed.id, url: feed.url }, 'feed removed');
  }
}
