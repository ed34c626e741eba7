import type { Article } from '@dw/domain';
import { fingerprint } from '../dedupe/simhash';
import type { FeedItem, ParsedFeed } from '../parse/types';
import { articleId, contentHash } from './article-id';
import { parseFeedDate } from './dates';
import { cutFurniture } from './furniture';
import { htmlToPlainText, plainTitle } from './text';
import { canonicalUrl } from './url';

export interface NormalizeContext {
  /** Human name of the outlet; falls back to the feed title, then the link's host. */
  source?: string | null;
  feedId?: string | null;
  /** Where the feed was fetched from: relative links resolve against it. */
  feedUrl?: string | null;
}

/** An Article plus what the poller stores beside it for audit and deduplication. */
export interface NormalizedArticle extends Article {
  guid: string | null;
  updatedAt: string | null;
  contentHash: string;
  /** SimHash of title and text (see dedupe/simhash). */
  fingerprint: string;
  /** The item as the feed gave it. */
  raw: FeedItem;
}

function sourceName(
  context: NormalizeContext,
  feed: Pick<ParsedFeed, 'title' | 'link'> | null,
  url: string | null,
): string {
  const explicit = context.source?.trim();
  if (explicit) return explicit;
  const title = plainTitle(feed?.title);
  if (title) return title;
  const from = url ?? feed?.link ?? context.feedUrl;
  try {
    const host = from ? new URL(from).hostname.replace(/^www\./, '') : '';
    return host || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** One feed item to one Article: canonical URL, plain text without furniture, a trusted date or null, a stable id. */
export function normalizeItem(
  item: FeedItem,
  context: NormalizeContext = {},
  feed: Pick<ParsedFeed, 'title' | 'link'> | null = null,
): NormalizedArticle {
  const base = context.feedUrl ?? feed?.link ?? null;
  const guidAsLink =
    item.guid && /^(https?:\/\/|\/[^/])/i.test(item.guid) ? canonicalUrl(item.guid, base) : null;
  const url = canonicalUrl(item.link, base) ?? guidAsLink;
  const title = plainTitle(item.title);
  const body = htmlToPlainText(item.content ?? item.summary);
  const summary =
    item.summary && item.content && item.summary !== item.content ? htmlToPlainText(item.summary) : '';
  const text = cutFurniture(body.length >= summary.length ? body : summary);
  const fallbackTitle = title || text.split('\n')[0].slice(0, 140);
  const published = parseFeedDate(item.published) ?? parseFeedDate(item.updated);
  const feedKey = context.feedId ?? context.feedUrl ?? feed?.link ?? '';
  return {
    id: articleId({ guid: item.guid, link: url, title: fallbackTitle, text, feedKey }),
    url: url ?? '',
    title: fallbackTitle,
    text,
    publishedAt: published,
    source: sourceName(context, feed, url),
    feedId: context.feedId ?? null,
    storyId: null,
    trackIds: [],
    guid: item.guid,
    updatedAt: parseFeedDate(item.updated),
    contentHash: contentHash(fallbackTitle, text),
    fingerprint: fingerprint(`${fallbackTitle}\n${text}`),
    raw: item,
  };
}

/** Every usable item of a feed, once each: items with neither title nor text are dropped, repeated ids keep the first. */
export function normalizeFeed(feed: ParsedFeed, context: NormalizeContext = {}): NormalizedArticle[] {
  const seen = new Set<string>();
  const articles: NormalizedArticle[] = [];
  for (const item of feed.items) {
    const article = normalizeItem(item, context, feed);
    if ((!article.title && !article.text) || seen.has(article.id)) continue;
    seen.add(article.id);
    articles.push(article);
  }
  return articles;
}
