import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { decodeFeedBytes, FeedFetcher, FeedParserPool, normalizeFeed } from '@dw/feeds';
import { findLinkHref } from '@dw/feeds/parse/links';
import { type AppConfig, InjectClock, InjectConfig } from '@dw/platform';
import {
  type FeedBodyResult,
  type FeedContent,
  FeedReader,
  type FeedReadRequest,
  type FeedReadResult,
} from './feed-reader';
import { POLLER_SETTINGS, type PollerSettings } from './poller-settings';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** rss-parser takes an RSS feed's first atom:link as its own URL, whatever its rel (often the hub's). */
function selfUrlOf(
  feed: { selfUrl: string | null; hubUrl: string | null },
  text: string,
  base: string,
): string | null {
  const href = feed.selfUrl && feed.selfUrl !== feed.hubUrl ? feed.selfUrl : findLinkHref(text, 'self');
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/**
 * The real network path: guarded fetch, charset decoding, lenient parsing, normalisation. The one
 * way any part of the system reads a feed: the poller, WebSub pushes and `check-feed`.
 */
@Injectable()
export class HttpFeedReader extends FeedReader implements OnApplicationShutdown {
  private readonly fetcher: FeedFetcher;
  /** xml2js parses synchronously: a huge broken document must not stall the event loop or run forever. */
  private readonly parser = new FeedParserPool({ size: 1, timeoutMs: 10_000 });

  constructor(
    @InjectConfig() config: Pick<AppConfig, 'allowPrivateNetwork' | 'publicUrl'>,
    @InjectClock() clock: Clock,
    @Inject(POLLER_SETTINGS) settings: PollerSettings,
  ) {
    super();
    this.fetcher = new FeedFetcher({
      allowPrivateNetwork: config.allowPrivateNetwork,
      publicUrl: config.publicUrl,
      clock,
      connectTimeoutMs: settings.connectTimeoutMs,
      totalTimeoutMs: settings.totalTimeoutMs,
      maxBytes: settings.maxBytes,
      maxRedirects: settings.maxRedirects,
      perHostConcurrency: settings.perHostConcurrency,
      ...(settings.lookup ? { lookup: settings.lookup } : {}),
    });
  }

  get userAgent(): string {
    return this.fetcher.userAgent;
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
      const content = await this.content(fetched.body, fetched.contentType, { ...request, url: fetched.url });
      return { status: 'ok', ...content, etag: fetched.etag, lastModified: fetched.lastModified };
    } catch (error) {
      return { status: 'error', reason: reasonOf(error) };
    }
  }

  async readBody(
    body: Uint8Array,
    contentType: string | null,
    request: Pick<FeedReadRequest, 'feedId' | 'url' | 'source'>,
  ): Promise<FeedBodyResult> {
    try {
      return { status: 'ok', ...(await this.content(body, contentType, request)) };
    } catch (error) {
      return { status: 'error', reason: reasonOf(error) };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.fetcher.close();
    await this.parser.close();
  }

  private async content(
    body: Uint8Array,
    contentType: string | null,
    request: Pick<FeedReadRequest, 'feedId' | 'url' | 'source'>,
  ): Promise<FeedContent> {
    const decoded = decodeFeedBytes(body, contentType);
    const feed = await this.parser.parse(decoded.text, { contentType });
    const articles = normalizeFeed(feed, {
      source: request.source,
      feedId: request.feedId === null ? null : String(request.feedId),
      feedUrl: request.url,
    });
    return {
      feed: { format: feed.format, title: feed.title, link: feed.link, recovered: feed.recovered },
      articles,
      hubUrl: feed.hubUrl,
      selfUrl: selfUrlOf(feed, decoded.text, request.url),
      warnings: feed.warnings,
    };
  }
}
