import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import {
  ArticlesRepository,
  type FeedRow,
  FeedsRepository,
  InjectClock,
  MetricsService,
  TracksRepository,
  TracksSync,
} from '@dw/platform';
import { FeedReader, type NormalizedArticle } from './feed-reader';
import { nextRhythm } from '@dw/domain/sources';
import { nextPollAt } from './poll-cadence';
import { POLLER_SETTINGS, type PollerSettings } from './poller-settings';
import { ArticleArchive } from './article-archive';
import { SourceWatch } from './source-watch';
import { StoryLinker } from './story-linker';
import { WebSubSubscriber } from './websub/websub-subscriber';

export interface PollResult {
  feedId: number;
  status: 'ok' | 'not-modified' | 'retry-later' | 'error' | 'gone';
  items: number;
  newArticles: number;
  error?: string;
}

@Injectable()
export class PollService {
  private readonly logger = new Logger('Poller');

  constructor(
    @InjectQueue(QUEUE_NAMES.classify) private readonly classifyQueue: Queue,
    @InjectClock() private readonly clock: Clock,
    @Inject(POLLER_SETTINGS) private readonly settings: PollerSettings,
    private readonly reader: FeedReader,
    private readonly feeds: FeedsRepository,
    private readonly articles: ArticlesRepository,
    private readonly tracks: TracksRepository,
    private readonly tracksSync: TracksSync,
    private readonly stories: StoryLinker,
    private readonly metrics: MetricsService,
    private readonly webSub: WebSubSubscriber,
    private readonly archive: ArticleArchive,
    private readonly sourceWatch: SourceWatch,
  ) {}

  async poll(feedId: number): Promise<PollResult> {
    const feed = await this.feeds.find(feedId);
    if (!feed) return { feedId, status: 'gone', items: 0, newArticles: 0 };
    const polledAt = this.clock.now();
    const deadlines = await this.deadlinesFor(feed);
    const result = await this.reader.read({
      feedId,
      url: feed.url,
      source: feed.source,
      etag: feed.etag,
      lastModified: feed.last_modified,
    });

    if (result.status === 'error' || result.status === 'retry-later') {
      const error = result.status === 'error' ? result.reason : 'the server asked us to come back later';
      const retryAfterMs = result.status === 'retry-later' ? result.retryAfterMs : null;
      await this.feeds.recordPoll(feedId, {
        polledAt,
        ok: false,
        error,
        nextPollAt: this.nextPoll(polledAt, deadlines, feed.consecutive_failures + 1, retryAfterMs),
      });
      this.metrics.pollFailures.inc({ outcome: result.status });
      // one line per failure, with its reason (no stack: a feed failing is news, not a bug)
      this.logger.warn({ feedId, url: feed.url, error }, `feed poll failed: ${error}`);
      await this.sourceWatch.afterPoll(feedId, feed.consecutive_failures > 0);
      return { feedId, status: result.status, items: 0, newArticles: 0, error };
    }
    const next = this.nextPoll(polledAt, deadlines, 0, null);
    if (result.status === 'not-modified') {
      await this.feeds.recordPoll(feedId, { polledAt, ok: true, nextPollAt: next, newItems: 0 });
      await this.sourceWatch.afterPoll(feedId, feed.consecutive_failures > 0);
      return { feedId, status: 'not-modified', items: 0, newArticles: 0 };
    }

    const fresh = await this.takeAll(result.articles, feed, polledAt);
    await this.feeds.recordPoll(feedId, {
      polledAt,
      ok: true,
      nextPollAt: next,
      etag: result.etag,
      lastModified: result.lastModified,
      newItems: fresh,
      rhythmMs: nextRhythm(feed.success_interval_ms, feed.last_new_item_at, polledAt),
    });
    await this.sourceWatch.afterPoll(feedId, feed.consecutive_failures > 0);
    await this.followHub(feed, result.hubUrl, result.selfUrl);
    this.logger.log({ feedId, url: feed.url, items: result.articles.length, new: fresh }, 'feed polled');
    return { feedId, status: 'ok', items: result.articles.length, newArticles: fresh };
  }

  /** Takes every article of one read (a poll or a WebSub push); returns how many were new. */
  async takeAll(articles: NormalizedArticle[], feed: FeedRow, now: Date): Promise<number> {
    await this.tracksSync.ensureKnown([feed.track_id]);
    let fresh = 0;
    for (const article of articles) {
      if (await this.take(article, feed.track_id, now)) fresh++;
    }
    return fresh;
  }

  /** Stores an article the first time any poller sees it and hands it on once; pre-filtered items stay out. */
  async take(article: NormalizedArticle, feedTrackId: string | null, now: Date): Promise<boolean> {
    const trackIds = this.tracksSync.relevantTracks(article);
    if (trackIds.length === 0) return false;
    // a re-read item is the common case: skip the story lookup (the insert below still decides races)
    if (await this.articles.find(article.id)) return false;
    const storyId = await this.stories.storyFor(article, now);
    const stored = await this.articles.insertNew(
      { ...article, trackIds, storyId, raw: { ...article.raw, feedTrack: feedTrackId } },
      now,
    );
    if (!stored) return false;
    this.stories.remember(article, storyId);
    await this.archive.keep(article, now);
    // the tracks the pre-filter matched travel with the job (and are stored on the article row)
    await enqueue(this.classifyQueue, 'classifyArticle', { articleId: article.id, trackIds });
    this.metrics.articlesTaken.inc();
    return true;
  }

  /** A feed of one track follows that track's deadline; a feed of no track follows the most urgent one. */
  private async deadlinesFor(feed: FeedRow): Promise<(Date | null)[]> {
    if (feed.track_id) {
      const track = await this.tracks.find(feed.track_id);
      return [track?.deadline_at ?? null];
    }
    return (await this.tracks.list()).map((track) => track.deadline_at);
  }

  private nextPoll(
    now: Date,
    deadlines: (Date | null)[],
    consecutiveFailures: number,
    retryAfterMs: number | null,
  ): Date {
    return nextPollAt(
      { now, deadlines, consecutiveFailures, retryAfterMs, random: this.settings.random() },
      this.settings.cadence,
    );
  }

  /** Polling goes on as the fallback; a hub, once advertised, also gets a subscription. */
  private async followHub(feed: FeedRow, hubUrl: string | null, selfUrl: string | null): Promise<void> {
    const hub = hubUrl ?? feed.hub_url;
    if (!hub) return;
    if (hub !== feed.hub_url) await this.feeds.setHub(feed.id, hub);
    try {
      await this.webSub.ensureSubscribed({ ...feed, hub_url: hub }, selfUrl ?? feed.url);
    } catch (error) {
      this.logger.warn({ feedId: feed.id, error: (error as Error).message }, 'websub subscription failed');
    }
  }
}
