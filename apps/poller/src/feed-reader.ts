import type { NormalizedArticle, ParsedFeed } from '@dw/feeds';

export type { NormalizedArticle };

export interface FeedReadRequest {
  /** null for a feed the system does not store (check-feed): ids are then scoped by its URL. */
  feedId: number | null;
  url: string;
  source: string | null;
  etag: string | null;
  lastModified: string | null;
}

export interface FeedContent {
  /** What the document says of itself, and whether it had to be repaired to be read. */
  feed: Pick<ParsedFeed, 'format' | 'title' | 'link' | 'recovered'>;
  articles: NormalizedArticle[];
  /** The WebSub hub the feed advertises (rel="hub"). */
  hubUrl: string | null;
  /** The feed's own URL as it states it (rel="self"): the WebSub topic. */
  selfUrl: string | null;
  warnings: string[];
}

export type FeedReadResult =
  | ({ status: 'ok'; etag: string | null; lastModified: string | null } & FeedContent)
  | { status: 'not-modified' }
  | { status: 'retry-later'; retryAfterMs: number | null }
  | { status: 'error'; reason: string };

export type FeedBodyResult = ({ status: 'ok' } & FeedContent) | { status: 'error'; reason: string };

/** Fetches and normalises one feed: the poller's only way out to the network. */
export abstract class FeedReader {
  abstract read(request: FeedReadRequest): Promise<FeedReadResult>;

  /** The same from bytes already in hand (a WebSub push). */
  abstract readBody(
    body: Uint8Array,
    contentType: string | null,
    request: Pick<FeedReadRequest, 'feedId' | 'url' | 'source'>,
  ): Promise<FeedBodyResult>;
}
