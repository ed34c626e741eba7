import { FeedParseError } from '../errors';
import { screenDoctype, substituteEntities } from './doctype';
import { parseJsonFeed } from './json-feed';
import { itemBlocks, parseXmlLenient } from './lenient';
import { findLinkHref } from './links';
import { repairEntities, stripInvalidXmlChars, trimProlog } from './repair';
import type { FeedFormat, ParsedFeed, ParseFeedOptions } from './types';
import { parseXmlStrict, type XmlFeed } from './xml';

export const DEFAULT_MAX_FEED_CHARS = 5 * 1024 * 1024;

function looksLikeJson(text: string, contentType: string | null | undefined): boolean {
  return text.startsWith('{') || /\bjson\b/i.test(contentType ?? '');
}

function rootFormat(text: string): FeedFormat | null {
  const root =
    /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(
      text.slice(0, 20_000).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''),
    )?.[1] ?? '';
  if (/(^|:)feed$/i.test(root)) return 'atom';
  if (/(^|:)RDF$/i.test(root)) return 'rss1';
  if (/^rss$/i.test(root) || /(^|:)channel$/i.test(root)) return 'rss';
  return null;
}

/** Maps "<html>...<feed>..." and other oddities to the format of the feed inside, or null when there is none. */
function embeddedFormat(text: string): FeedFormat | null {
  if (/<(?:[\w.-]+:)?entry[\s>]/i.test(text) && /<(?:[\w.-]+:)?feed[\s>]/i.test(text)) return 'atom';
  if (/<(?:[\w.-]+:)?item[\s>]/i.test(text) && /<(?:[\w.-]+:)?channel[\s>]/i.test(text)) return 'rss';
  return null;
}

async function tryStrict(text: string): Promise<XmlFeed | null> {
  try {
    const feed = await parseXmlStrict(text);
    return feed;
  } catch {
    return null;
  }
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.x text. Hostile DOCTYPEs are refused before
 * any XML parser runs; well-formed XML goes through rss-parser; a document it rejects is repaired
 * (HTML entities, bare ampersands) and retried, then items are recovered leniently. Throws
 * FeedParseError with a one-line reason when nothing usable remains.
 */
export async function parseFeed(input: string, options: ParseFeedOptions = {}): Promise<ParsedFeed> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_FEED_CHARS;
  if (input.length > maxChars) {
    throw new FeedParseError(
      'too-large',
      `the feed has ${input.length} characters, over the ${maxChars} limit`,
    );
  }
  const trimmed = input.replace(/^[\uFEFF\s]+/, '');
  if (trimmed === '') throw new FeedParseError('empty', 'the document is empty');
  if (looksLikeJson(trimmed, options.contentType) && !trimmed.startsWith('<')) return parseJsonFeed(trimmed);

  const screened = screenDoctype(trimProlog(trimmed));
  const text = stripInvalidXmlChars(substituteEntities(screened.text, screened.entities));
  const format = rootFormat(text);
  const warnings: string[] = [];
  const finish = (feed: XmlFeed, recovered: boolean): ParsedFeed => ({
    ...feed,
    selfUrl: feed.selfUrl ?? findLinkHref(text, 'self'),
    hubUrl: findLinkHref(text, 'hub'),
    recovered,
    warnings,
  });

  if (format) {
    // a bare "&" or an HTML entity fails a strict parser anyway, and sax reports every one of
    // them (slowly): repair first, parse once
    const repaired = repairEntities(text);
    const strict = await tryStrict(repaired);
    if (strict && repaired !== text) {
      warnings.push('the feed is not well-formed XML (HTML entities or bare ampersands); it was repaired');
    }
    if (strict && strict.items.length > 0) return finish(strict, false);
    if (strict) {
      // a well-formed document whose items rss-parser did not see (prefixed Atom, items outside the channel...)
      const recovered = itemBlocks(text).length > 0 ? parseXmlLenient(text, format, true) : null;
      if (recovered && recovered.items.length > 0) {
        warnings.push('items were read leniently: the feed uses a structure the strict parser does not map');
        return finish(
          { ...recovered, title: strict.title ?? recovered.title, link: strict.link ?? recovered.link },
          true,
        );
      }
      return finish(strict, false);
    }
  }
  const lenientFormat = format ?? embeddedFormat(text);
  if (!lenientFormat) {
    throw new FeedParseError(
      'not-a-feed',
      /<html[\s>]/i.test(text)
        ? 'the document is an HTML page, not a feed'
        : 'the document is not an RSS, Atom or JSON feed',
    );
  }
  const recovered = parseXmlLenient(text, lenientFormat, format !== null);
  if (!recovered)
    throw new FeedParseError(
      'malformed',
      'the feed is not well-formed XML and no items could be recovered from it',
    );
  warnings.push('the feed is not well-formed XML; complete items were recovered leniently');
  return finish(recovered, true);
}
