export type FeedFormat = 'rss' | 'rss1' | 'atom' | 'json';

/** One entry as the feed wrote it: strings untouched except for XML/JSON decoding. */
// a type alias (not an interface) so a FeedItem fits Record<string, unknown> for storage
export type FeedItem = {
  guid: string | null;
  link: string | null;
  title: string | null;
  /** Full body, usually HTML: content:encoded, Atom content, JSON content_html... */
  content: string | null;
  /** Short body: description, Atom summary, JSON summary. */
  summary: string | null;
  /** Raw date strings: normalisation decides what they mean. */
  published: string | null;
  updated: string | null;
  author: string | null;
  categories: string[];
  /** The parser's own view of the item, kept for audit. */
  raw: Record<string, unknown>;
};

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  /** The feed's own URL as it states it (rel="self"), the WebSub topic. */
  selfUrl: string | null;
  hubUrl: string | null;
  items: FeedItem[];
  /** True when the document was not well-formed and items were recovered leniently. */
  recovered: boolean;
  warnings: string[];
}

export interface ParseFeedOptions {
  contentType?: string | null;
  /** Refuse documents longer than this many characters. */
  maxChars?: number;
}
