import { createHash } from 'node:crypto';
import { canonicalUrl } from './url';

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/**
 * A stable id: from the guid (a URL guid by its canonical form, any other guid scoped to its
 * feed, since "123" means nothing across feeds), else the canonical link, else a hash of the content.
 */
export function articleId(input: {
  guid: string | null;
  link: string | null;
  title: string;
  text: string;
  feedKey: string;
}): string {
  const guid = input.guid?.trim();
  if (guid) {
    const url = /^https?:\/\//i.test(guid) ? canonicalUrl(guid) : null;
    return url ? `u-${digest(url)}` : `g-${digest(`${input.feedKey}\n${guid}`)}`;
  }
  if (input.link) return `u-${digest(input.link)}`;
  return `h-${digest(`${input.title}\n${input.text}`)}`;
}

export function contentHash(title: string, text: string): string {
  return createHash('sha256').update(`${title}\n${text}`).digest('hex');
}
