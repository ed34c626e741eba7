/** The href of the first <link> (any prefix) with the given rel, read without an XML parser. */
export function findLinkHref(text: string, rel: string): string | null {
  const head = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const match of head.matchAll(/<(?:[\w.-]+:)?link\b([^<>]*)>/gi)) {
    const attrs = match[1] ?? '';
    const relValue = /\brel\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    if (!relValue || !relValue.toLowerCase().split(/\s+/).includes(rel)) continue;
    const href = /\bhref\s*=\s*["']([^"']*)["']/i.exec(attrs)?.[1];
    if (href) return href.trim();
  }
  return null;
}
