import { z } from 'zod';
import { FeedParseError } from '../errors';
import type { FeedItem, ParsedFeed } from './types';

const text = z
  .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string())
  .optional()
  .catch(undefined);
const author = z.object({ name: text }).passthrough().catch({ name: undefined });

const jsonFeedItem = z
  .object({
    id: text,
    url: text,
    external_url: text,
    title: text,
    content_html: text,
    content_text: text,
    summary: text,
    date_published: text,
    date_modified: text,
    author: author.optional().catch(undefined),
    authors: z.array(author).optional().catch(undefined),
    tags: z.array(z.string()).optional().catch(undefined),
  })
  .passthrough();

const jsonFeed = z
  .object({
    version: z.string().optional().catch(undefined),
    title: text,
    home_page_url: text,
    feed_url: text,
    hubs: z
      .array(z.object({ type: text, url: text }).passthrough())
      .optional()
      .catch(undefined),
    items: z.array(z.unknown()).optional().catch(undefined),
  })
  .passthrough();

function nonEmpty(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

function toItem(input: unknown): FeedItem | null {
  const parsed = jsonFeedItem.safeParse(input);
  if (!parsed.success) return null;
  const item = parsed.data;
  const authorName = item.authors?.[0]?.name ?? item.author?.name;
  return {
    guid: nonEmpty(item.id),
    link: nonEmpty(item.url) ?? nonEmpty(item.external_url),
    title: nonEmpty(item.title),
    content: nonEmpty(item.content_html) ?? nonEmpty(item.content_text) ?? nonEmpty(item.summary),
    summary: nonEmpty(item.summary),
    published: nonEmpty(item.date_published),
    updated: nonEmpty(item.date_modified),
    author: nonEmpty(authorName),
    categories: item.tags ?? [],
    raw: item,
  };
}

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1); items that do not fit the schema are skipped, not fatal. */
export function parseJsonFeed(source: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    throw new FeedParseError(
      'malformed',
      `the JSON feed is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
    );
  }
  const parsed = jsonFeed.safeParse(value);
  if (
    !parsed.success ||
    (!parsed.data.version?.startsWith('https://jsonfeed.org/version/') && !Array.isArray(parsed.data.items))
  ) {
    throw new FeedParseError(
      'not-a-feed',
      'the document is JSON but not a JSON Feed (no jsonfeed.org version and no items)',
    );
  }
  const feed = parsed.data;
  const items = (feed.items ?? []).map(toItem).filter((item): item is FeedItem => item !== null);
  const hub = feed.hubs?.find((h) => h.url && (!h.type || /websub|pubsubhubbub/i.test(h.type)));
  return {
    format: 'json',
    title: nonEmpty(feed.title),
    link: nonEmpty(feed.home_page_url),
    selfUrl: nonEmpty(feed.feed_url),
    hubUrl: nonEmpty(hub?.url),
    items,
    recovered: false,
    warnings:
      items.length < (feed.items?.length ?? 0)
        ? ['some JSON Feed items did not fit the schema and were skipped']
        : [],
  };
}
