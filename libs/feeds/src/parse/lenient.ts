import he from 'he';
import type { FeedFormat, FeedItem } from './types';
import type { XmlFeed } from './xml';

const ITEM_TAG = /<(\/?)((?:[\w.-]+:)?(?:item|entry))(?=[\s>/])[^<>]*?(\/?)>/gi;

/** Text of an element's inner XML: CDATA unwrapped, entities decoded, outer whitespace trimmed. */
function innerText(xml: string): string {
  let out = '';
  let last = 0;
  for (const match of xml.matchAll(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g)) {
    out += he.decode(xml.slice(last, match.index)) + (match[1] ?? '');
    last = match.index + match[0].length;
  }
  return (out + he.decode(xml.slice(last))).trim();
}

function element(block: string, names: string[]): { attrs: string; inner: string } | null {
  for (const name of names) {
    const pattern = new RegExp(`<((?:[\\w.-]+:)?${name})\\b([^<>]*?)(/?)>`, 'i');
    const open = pattern.exec(block);
    if (!open) continue;
    const attrs = open[2] ?? '';
    if (open[3] === '/') return { attrs, inner: '' };
    const from = open.index + open[0].length;
    const closeAt = block.toLowerCase().indexOf(`</${open[1].toLowerCase()}`, from);
    return { attrs, inner: block.slice(from, closeAt < 0 ? block.length : closeAt) };
  }
  return null;
}

function field(block: string, ...names: string[]): string | null {
  const found = element(block, names);
  if (!found) return null;
  const text = innerText(found.inner);
  return text === '' ? null : text;
}

function attribute(attrs: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*(["'])([\\s\\S]*?)\\1`, 'i').exec(attrs);
  return match ? he.decode(match[2]).trim() : null;
}

function linkOf(block: string): string | null {
  for (const match of block.matchAll(/<((?:[\w.-]+:)?link)\b([^<>]*?)(\/?)>/gi)) {
    const attrs = match[2] ?? '';
    const href = attribute(attrs, 'href');
    if (href) {
      const rel = attribute(attrs, 'rel');
      if (!rel || rel === 'alternate') return href;
      continue;
    }
    if (match[3] === '/') continue;
    const from = match.index + match[0].length;
    const closeAt = block.indexOf('</', from);
    const text = innerText(block.slice(from, closeAt < 0 ? block.length : closeAt));
    if (text) return text;
  }
  return null;
}

/** Start and end offsets of each item/entry, paired in one linear pass (no backtracking on unclosed tags). */
export function itemBlocks(text: string): string[] {
  const blocks: string[] = [];
  let openAt = -1;
  let depth = 0;
  for (const match of text.matchAll(ITEM_TAG)) {
    if (match[3] === '/') continue;
    if (match[1] !== '/') {
      if (depth === 0) openAt = match.index;
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) blocks.push(text.slice(openAt, match.index + match[0].length));
    }
  }
  return blocks;
}

function toItem(block: string): FeedItem {
  const guid =
    field(block, 'guid', 'id', 'identifier') ?? attribute(/^<[^>]*>/.exec(block)?.[0] ?? '', 'rdf:about');
  let link = linkOf(block.replace(/^<[^>]*>/, ''));
  if (!link && guid && /^https?:\/\//i.test(guid)) link = guid;
  const description = field(block, 'description', 'summary');
  return {
    guid,
    link,
    title: field(block, 'title'),
    content: field(block, 'encoded', 'content') ?? description,
    summary: description,
    published: field(block, 'pubDate', 'published', 'issued', 'date', 'created'),
    updated: field(block, 'updated', 'modified'),
    author: field(block, 'creator', 'name', 'author'),
    categories: [],
    raw: { recoveredXml: block.length > 20_000 ? block.slice(0, 20_000) : block },
  };
}

/**
 * Recovers what can be trusted from a document an XML parser rejects: each complete item or entry,
 * read field by field. Incomplete trailing items are dropped rather than guessed.
 */
export function parseXmlLenient(text: string, format: FeedFormat, knownRoot: boolean): XmlFeed | null {
  const blocks = itemBlocks(text);
  const firstItem = text.search(/<(?:[\w.-]+:)?(?:item|entry)[\s>]/i);
  const head = firstItem < 0 ? text.slice(0, 50_000) : text.slice(0, firstItem);
  const title = field(head, 'title');
  if (blocks.length === 0 && !title && !knownRoot) return null;
  return {
    format,
    title,
    link: linkOf(head.replace(/<\?[\s\S]*?\?>/g, '')),
    selfUrl: null,
    items: blocks.map(toItem),
  };
}
