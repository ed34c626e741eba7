import he from 'he';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;

/** Leading junk before the root (blank lines, a BOM, a comment before <?xml) and the XML declaration, which no longer matters once decoded. */
export function trimProlog(text: string): string {
  const start = text.indexOf('<');
  const body = start > 0 ? text.slice(start) : text;
  return body.replace(/^((?:<!--[\s\S]*?-->\s*)*)<\?xml\b[^>]*\?>/, '$1');
}

/** Characters XML 1.0 forbids (C0 controls except tab/newline/return, U+FFFE/U+FFFF, lone surrogates). */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** Rewrites what lenient parsers accept outside CDATA: HTML named entities and bare ampersands. */
export function repairEntities(text: string): string {
  // most feeds need nothing: one native scan instead of a callback per entity
  if (!/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) return text;
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(CDATA)) {
    parts.push(fixAmpersands(text.slice(last, match.index)), match[0]);
    last = match.index + match[0].length;
  }
  parts.push(fixAmpersands(text.slice(last)));
  return parts.join('');
}

function fixAmpersands(segment: string): string {
  return segment.replace(
    /&(#[xX][0-9a-fA-F]+;|#\d+;|[A-Za-z][\w.-]*;)?/g,
    (whole, reference: string | undefined) => {
      if (!reference) return '&amp;';
      if (reference.startsWith('#')) return reference[1] === 'X' ? `&#x${reference.slice(2)}` : whole;
      const name = reference.slice(0, -1);
      if (XML_ENTITIES.has(name)) return whole;
      const decoded = he.decode(whole);
      if (decoded === whole) return `&amp;${reference}`;
      return Array.from(decoded, (ch) => `&#${ch.codePointAt(0)};`).join('');
    },
  );
}
