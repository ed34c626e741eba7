import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import {
  ArticlesRepository,
  FeedsRepository,
  InjectClock,
  MetricsService,
  TracksRepository,
  TracksSync,
} from '@dw/platform';
import { FeedReader, type NormalizedArticle } from './feed-reader';
import { nextPollAt } from './poll-cadence';
import { StoryLinker } from './story-linker';

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
    private readonly reader: FeedReader,
    private readonly feeds: FeedsRepository,
    private readonly articles: ArticlesRepository,
    private readonly tracks: TracksRepository,
    private readonly tracksSync: TracksSync,
    private readonly stories: StoryLinker,
    private readonly metrics: MetricsService,
  ) {}

  async poll(feedId: number): Promise<PollResult> {
    const feed = await this.feeds.find(feedId);
    if (!feed) return { feedId, status: 'gone', items: 0, newArticles: 0 };
    const polledAt = this.clock.now();
    const track = feed.track_id ? await this.tracks.find(feed.track_id) : undefined;
    const deadline = track?.deadline_at ?? null;
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
        nextPollAt: nextPollAt({
          now: polledAt,
          deadline,
          consecutiveFailures: feed.consecutive_failures + 1,
          retryAfterMs,
        }),
      });
      this.logger.warn({ feedId, url: feed.url, error }, 'feed poll failed');
      return { feedId, status: result.status, items: 0, newArticles: 0, error };
    }
    const next = nextPollAt({ now: polledAt, deadline, consecutiveFailures: 0, retryAfterMs: null });
    if (result.status === 'not-modified') {
      await this.feeds.recordPoll(feedId, { polledAt, ok: true, nextPollAt: next, newItems: 0 });
      return { feedId, status: 'not-modified', items: 0, newArticles: 0 };
    }

    let fresh = 0;
    for (const article of result.articles) {
      if (await this.take(article, feed.track_id, polledAt)) fresh++;
    }
    await this.feeds.recordPoll(feedId, {
      polledAt,
      ok: true,
      nextPollAt: next,
      etag: result.etag,
      lastModified: result.lastModified,
      newItems: fresh,
    });
    if (result.hubUrl && result.hubUrl !== feed.hub_url) await this.feeds.setHub(feedId, result.hubUrl);
    this.logger.log({ feedId, url: feed.url, items: result.articles.length, new: fresh }, 'feed polled');
    return { feedId, status: 'ok', items: result.articles.length, newArticles: fresh };
  }

  /** Stores an article the first time any poller sees it and hands it on once; pre-filtered items stay out. */
  async take(article: NormalizedArticle, feedTrackId: string | null, now: Date): Promise<boolean> {
    const trackIds = this.tracksSync.relevantTracks(article);
    if (trackIds.length === 0) return false;
    const storyId = await this.stories.storyFor(article, now);
    const stored = await this.articles.insertNew(
      { ...article, trackIds, storyId, raw: { ...article.raw, feedTrack: feedTrackId } },
      now,
    );
    if (!stored) return false;
    await enqueue(this.classifyQueue, 'classifyArticle', { articleId: article.id });
    this.metrics.articlesTaken.inc();
    return true;
  }
}
