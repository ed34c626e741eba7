import { FeedParseError } from '../errors';

export interface DoctypeResult {
  /** The document with its DOCTYPE removed (never fetched, never expanded by the XML parser). */
  text: string;
  /** Harmless internal entities, substituted once and literally by `substituteEntities`. */
  entities: Map<string, string>;
}

const MAX_ENTITIES = 32;
const MAX_ENTITY_VALUE = 1024;
const DOCTYPE = /<!DOCTYPE\b/i;
/** A parameter entity naming one of W3C's published character-entity sets (HTML Latin-1 etc.): it only defines &eacute;-style names, which repair handles; never fetched. */
const PUBLIC_ENTITY_SET = /<!ENTITY\s+%\s+[\w.-]+\s+PUBLIC\s+["']-\/\/W3C\/\/ENTITIES\b/i;

function hostile(reason: string): FeedParseError {
  return new FeedParseError(
    'hostile',
    `refused: the document ${reason}; such feeds can expand without bound or read local files and network addresses (XXE)`,
  );
}

/** Where the DOCTYPE ends: after its internal subset "[...]" if it has one. */
function doctypeEnd(text: string, start: number): number {
  const bracket = text.indexOf('[', start);
  const close = text.indexOf('>', start);
  if (close < 0) return text.length;
  if (bracket < 0 || bracket > close) return close + 1;
  const subsetEnd = text.indexOf(']', bracket);
  if (subsetEnd < 0) return text.length;
  const end = text.indexOf('>', subsetEnd);
  return end < 0 ? text.length : end + 1;
}

/**
 * Checks and strips the DOCTYPE before any XML parser sees the text. Refused: external entities
 * (SYSTEM/PUBLIC), parameter entities, entities that refer to other entities (the
 * billion-laughs shape), and more or longer entities than a feed needs. An external DTD
 * reference alone (Netscape RSS 0.91) is harmless: it is dropped unread.
 */
export function screenDoctype(text: string): DoctypeResult {
  const entities = new Map<string, string>();
  const rootStart = text.search(/<[A-Za-z_]/);
  const prolog = rootStart < 0 ? text : text.slice(0, rootStart);
  const found = DOCTYPE.exec(prolog);
  if (!found) return { text, entities };
  const start = found.index;
  const end = doctypeEnd(text, start);
  const doctype = text.slice(start, end);
  const declarations = doctype.match(/<!ENTITY\b[^>]*>?/gi) ?? [];
  if (declarations.length > MAX_ENTITIES) throw hostile(`declares ${declarations.length} XML entities`);
  for (const declaration of declarations) {
    if (/<!ENTITY\s+%/i.test(declaration)) {
      if (PUBLIC_ENTITY_SET.test(declaration)) continue;
      throw hostile('declares XML parameter entities');
    }
    if (/\b(SYSTEM|PUBLIC)\b/.test(declaration)) throw hostile('declares an external XML entity');
    const match = /<!ENTITY\s+([\w.:-]+)\s+(["'])([\s\S]*?)\2\s*>/i.exec(declaration);
    if (!match) throw hostile('declares an XML entity that cannot be read safely');
    const [, name, , value] = match;
    if (value.length > MAX_ENTITY_VALUE) throw hostile('declares an oversized XML entity');
    if (/[&%<]/.test(value))
      throw hostile('declares XML entities that refer to other entities (entity expansion)');
    entities.set(name, value);
  }
  return { text: text.slice(0, start) + text.slice(end), entities };
}

/** Replaces each declared harmless entity reference once, literally: no recursion, no growth beyond the declared sizes. */
export function substituteEntities(text: string, entities: Map<string, string>): string {
  if (entities.size === 0) return text;
  return text.replace(/&([\w.:-]+);/g, (whole, name: string) => {
    const value = entities.get(name);
    return value === undefined ? whole : value.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'));
  });
}
