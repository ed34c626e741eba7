import Parser from 'rss-parser';
import type { FeedFormat, FeedItem } from './types';
import { attrOf, isRecord, textOf } from './text-of';

const ITEM_FIELDS = [
  'description',
  'published',
  'updated',
  'issued',
  'modified',
  'created',
  'dc:identifier',
  'a10:id',
  'a10:updated',
  'a10:link',
  'atom:link',
  'id',
];

export interface XmlFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  selfUrl: string | null;
  items: FeedItem[];
}

function detectFormat(text: string): FeedFormat {
  const root =
    /<([\w.:-]+)[\s>]/.exec(text.slice(0, 20_000).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1] ?? '';
  if (/(^|:)feed$/i.test(root)) return 'atom';
  if (/(^|:)RDF$/i.test(root)) return 'rss1';
  return 'rss';
}

function first(...values: unknown[]): string | null {
  for (const value of values) {
    const text = textOf(value);
    if (text) return text;
  }
  return null;
}

function toFeedItem(item: Record<string, unknown>): FeedItem {
  const categories = Array.isArray(item.categories)
    ? item.categories.map((c) => textOf(c)).filter((c): c is string => c !== null)
    : [];
  const guid = first(item.guid, item.id, item['dc:identifier'], item['a10:id'], item['rdf:about']);
  let link = first(item.link) ?? attrOf(item['a10:link'], 'href') ?? attrOf(item['atom:link'], 'href');
  if (!link && guid && /^https?:\/\//i.test(guid)) link = guid;
  const content = first(item['content:encoded'], item.content);
  const description = first(item.description, item.summary);
  return {
    guid,
    link,
    title: first(item.title),
    content: content ?? description,
    summary: description,
    published: first(item.pubDate, item.published, item.issued, item.date, item['dc:date'], item.created),
    updated: first(item.updated, item.modified, item['a10:updated']),
    author: first(item.creator, item.author, item['dc:creator']),
    categories,
    raw: item,
  };
}

/** Parses well-formed RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with rss-parser (xml2js, strict). Rejects on any XML error. */
export async function parseXmlStrict(text: string): Promise<XmlFeed> {
  const parser = new Parser({ defaultRSS: 2, customFields: { item: ITEM_FIELDS, feed: ['subtitle'] } });
  const feed = (await parser.parseString(text)) as unknown as Record<string, unknown>;
  const items = Array.isArray(feed.items) ? feed.items.filter(isRecord) : [];
  return {
    format: detectFormat(text),
    title: first(feed.title),
    link: first(feed.link),
    selfUrl: first(feed.feedUrl),
    items: items.map(toFeedItem),
  };
}
