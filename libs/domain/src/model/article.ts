/** One news item as the poller hands it on: normalised, deduplicated, ready to classify. */
export interface Article {
  /** Stable id: from the guid, else the canonical link, else a content hash. */
  id: string;
  url: string;
  title: string;
  /** Plain text: HTML stripped, entities decoded, page furniture cut off. */
  text: string;
  /** ISO 8601 time, or null when the feed gave none that could be trusted. */
  publishedAt: string | null;
  source: string;
  feedId?: string | null;
  /** Near-duplicate cluster: syndicated copies of one story share it. */
  storyId?: string | null;
  /** Tracks whose relevance pre-filter the item passed. */
  trackIds: string[];
}

/** The `classify` command's input line (shared/spec/classification.md). */
export interface ClassifyInput {
  id: string;
  title: string;
  text: string;
  published: string | null;
  url?: string | null;
  source?: string | null;
}
