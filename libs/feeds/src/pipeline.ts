import type { TrackDefinition } from '@dw/domain';
import { decodeFeedBytes } from './charset';
import { StoryIndex } from './dedupe/story-index';
import { FeedFetchError, FeedParseError } from './errors';
import type { FeedFetcher } from './http/fetcher';
import { normalizeFeed, type NormalizedArticle } from './normalize/normalize-item';
import { parseFeed } from './parse/parse-feed';
import type { ParsedFeed } from './parse/types';
import { Prefilter } from './prefilter';

export interface FeedReadRequest {
  url: string;
  feedId?: string | number | null;
  source?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FeedSummary {
  url: string;
  title: string | null;
  link: string | null;
  format: ParsedFeed['format'];
  hubUrl: string | null;
  selfUrl: string | null;
  recovered: boolean;
}

export type FeedReadResult =
  | {
      status: 'ok';
      feed: FeedSummary;
      articles: NormalizedArticle[];
      etag: string | null;
      lastModified: string | null;
      hubUrl: string | null;
      warnings: string[];
    }
  | { status: 'not-modified' }
  | { status: 'retry-later'; retryAfterMs: number | null }
  | { status: 'error'; reason: string; code: string };

/** parseFeed itself, or a FeedParserPool that runs it on worker threads. */
export interface FeedTextParser {
  parse(text: string, options: { contentType?: string | null }): Promise<ParsedFeed>;
}

const inProcessParser: FeedTextParser = { parse: (text, options) => parseFeed(text, options) };

export interface ProcessOptions {
  url: string;
  feedId?: string | number | null;
  source?: string | null;
  contentType?: string | null;
}

/**
 * fetch → decode → parse → normalise → link near-duplicates → pre-filter, the poller's whole read of
 * one feed. Every failure comes back as `{status: 'error', reason}`: nothing a feed does can throw.
 */
export class FeedPipeline {
  private readonly prefilter: Prefilter;

  constructor(
    private readonly fetcher: FeedFetcher,
    tracks: Pick<TrackDefinition, 'id' | 'keywords' | 'parties'>[] = [],
    private readonly stories: StoryIndex = new StoryIndex(),
    private readonly parser: FeedTextParser = inProcessParser,
  ) {
    this.prefilter = new Prefilter(tracks);
  }

  async read(request: FeedReadRequest): Promise<FeedReadResult> {
    try {
      const fetched = await this.fetcher.fetch(request);
      if (fetched.status === 'not-modified') return { status: 'not-modified' };
      if (fetched.status === 'retry-later')
        return { status: 'retry-later', retryAfterMs: fetched.retryAfterMs };
      const processed = await this.process(fetched.body, {
        ...request,
        url: fetched.url,
        contentType: fetched.contentType,
      });
      return { status: 'ok', ...processed, etag: fetched.etag, lastModified: fetched.lastModified };
    } catch (error) {
      if (error instanceof FeedFetchError || error instanceof FeedParseError)
        return { status: 'error', reason: error.message, code: error.code };
      return {
        status: 'error',
        reason: `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
        code: 'internal',
      };
    }
  }

  /** The same, from bytes already in hand (a file, a WebSub push body). Throws FeedParseError. */
  async process(
    body: Uint8Array,
    options: ProcessOptions,
  ): Promise<{
    feed: FeedSummary;
    articles: NormalizedArticle[];
    hubUrl: string | null;
    warnings: string[];
  }> {
    const { text } = decodeFeedBytes(body, options.contentType);
    const parsed = await this.parser.parse(text, { contentType: options.contentType ?? null });
    const feedId = options.feedId === null || options.feedId === undefined ? null : String(options.feedId);
    const articles = normalizeFeed(parsed, {
      feedId,
      source: options.source ?? null,
      feedUrl: options.url,
    }).map((article) => ({
      ...article,
      storyId: this.stories.assign(article.id, article.fingerprint),
      trackIds: this.prefilter.check(article).trackIds,
    }));
    const feed: FeedSummary = {
      url: options.url,
      title: parsed.title,
      link: parsed.link,
      format: parsed.format,
      hubUrl: parsed.hubUrl,
      selfUrl: parsed.selfUrl,
      recovered: parsed.recovered,
    };
    return { feed, articles, hubUrl: parsed.hubUrl, warnings: parsed.warnings };
  }
}
