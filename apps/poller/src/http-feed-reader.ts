import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { decodeFeedBytes, FeedFetcher, normalizeFeed, parseFeed } from '@dw/feeds';
import { type AppConfig, InjectClock, InjectConfig } from '@dw/platform';
import { FeedReader, type FeedReadRequest, type FeedReadResult } from './feed-reader';

/** The real network path: guarded fetch, charset decoding, lenient parsing, normalisation. */
@Injectable()
export class HttpFeedReader extends FeedReader implements OnApplicationShutdown {
  private readonly fetcher: FeedFetcher;

  constructor(@InjectConfig() config: AppConfig, @InjectClock() clock: Clock) {
    super();
    this.fetcher = new FeedFetcher({
      allowPrivateNetwork: config.allowPrivateNetwork,
      publicUrl: config.publicUrl,
      clock,
    });
  }

  async read(request: FeedReadRequest): Promise<FeedReadResult> {
    try {
      const fetched = await this.fetcher.fetch({
        url: request.url,
        etag: request.etag,
        lastModified: request.lastModified,
      });
      if (fetched.status === 'not-modified') return { status: 'not-modified' };
      if (fetched.status === 'retry-later')
        return { status: 'retry-later', retryAfterMs: fetched.retryAfterMs };
      const decoded = decodeFeedBytes(fetched.body, fetched.contentType);
      const feed = await parseFeed(decoded.text, { contentType: fetched.contentType });
      const articles = normalizeFeed(feed, {
        source: request.source,
        feedId: String(request.feedId),
        feedUrl: fetched.url,
      });
      return {
        status: 'ok',
        articles,
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        hubUrl: feed.hubUrl,
        warnings: feed.warnings,
      };
    } catch (error) {
      return { status: 'error', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  onApplicationShutdown(): void {
    this.fetcher.close();
  }
}
