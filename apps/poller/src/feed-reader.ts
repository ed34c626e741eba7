import type { NormalizedArticle } from '@dw/feeds';

export type { NormalizedArticle };

export interface FeedReadRequest {
  feedId: number;
  url: string;
  source: string | null;
  etag: string | null;
  lastModified: string | null;
}

export type FeedReadResult =
  | {
      status: 'ok';
      articles: NormalizedArticle[];
      etag: string | null;
      lastModified: string | null;
      hubUrl: string | null;
      warnings: string[];
    }
  | { status: 'not-modified' }
  | { status: 'retry-later'; retryAfterMs: number | null }
  | { status: 'error'; reason: string };

/** Fetches and normalises one feed: the poller's only way out to the network. */
export abstract class FeedReader {
  abstract read(request: FeedReadRequest): Promise<FeedReadResult>;
}
