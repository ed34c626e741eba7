import iconv from 'iconv-lite';

/** Where the chosen encoding came from, most trusted first. */
export type CharsetSource = 'bom' | 'http-header' | 'xml-declaration' | 'sniffed' | 'default';

export interface DecodedText {
  text: string;
  encoding: string;
  source: CharsetSource;
}

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/** Byte patterns of "<?" or "<" in wide encodings without a BOM (XML 1.0 appendix F). */
const WIDE_SNIFFS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x00, 0x00, 0x00, 0x3c], encoding: 'utf-32be' },
  { bytes: [0x3c, 0x00, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x3c, 0x00, 0x3f], encoding: 'utf-16be' },
  { bytes: [0x3c, 0x00, 0x3f, 0x00], encoding: 'utf-16le' },
  { bytes: [0x00, 0x3c], encoding: 'utf-16be' },
  { bytes: [0x3c, 0x00], encoding: 'utf-16le' },
];

/** Labels that mean "Latin-1-ish"; browsers (WHATWG Encoding) decode all of them as windows-1252. */
const LATIN_LABELS = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Maps a declared label to one iconv-lite decodes, or null when it is unknown. */
export function normalizeCharsetLabel(label: string | null | undefined): string | null {
  const value = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!value) return null;
  if (LATIN_LABELS.has(value)) return 'windows-1252';
  const aliases: Record<string, string> = {
    'mac-cyrillic': 'maccyrillic',
    'x-mac-cyrillic': 'maccyrillic',
    u16: 'utf-16be',
    'utf-16': 'utf-16',
  };
  const candidate = aliases[value] ?? value;
  return iconv.encodingExists(candidate) ? candidate : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

export function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match = /<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/is.exec(head);
  return match?.[1] ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function decode(bytes: Uint8Array, encoding: string, source: CharsetSource): DecodedText {
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  return { text: text.replace(/^\uFEFF/, ''), encoding, source };
}

/**
 * Turns feed bytes into text. Order of trust:
 *  1. a byte-order mark: it cannot appear by accident and XML 1.0 (appendix F) and RFC 7303
 *     both let it override any label;
 *  2. the HTTP Content-Type charset;
 *  3. the XML declaration's encoding;
 *  4. sniffing: UTF-16/32 without a BOM by the "<" byte pattern, else UTF-8 when the bytes are
 *     valid UTF-8, else windows-1252.
 * A Latin-1-family label (steps 2 and 3) on bytes that are valid UTF-8 and not plain ASCII is
 * treated as a mislabel and decoded as UTF-8: real Latin-1 text almost never forms valid UTF-8.
 * Unknown labels are skipped rather than trusted.
 */
export function decodeFeedBytes(input: Uint8Array, contentType?: string | null): DecodedText {
  const bytes = input;
  for (const bom of BOMS) {
    if (startsWith(bytes, bom.bytes)) return decode(bytes, bom.encoding, 'bom');
  }
  const labelled: [string | null, CharsetSource][] = [
    [charsetFromContentType(contentType), 'http-header'],
    [
      WIDE_SNIFFS.some((s) => startsWith(bytes, s.bytes)) ? null : charsetFromXmlDeclaration(bytes),
      'xml-declaration',
    ],
  ];
  for (const [label, source] of labelled) {
    let encoding = normalizeCharsetLabel(label);
    if (!encoding) continue;
    if (encoding === 'utf-16' || encoding === 'utf-32') encoding = sniffWide(bytes) ?? `${encoding}le`;
    if (encoding === 'windows-1252' && hasNonAscii(bytes) && isValidUtf8(bytes))
      return decode(bytes, 'utf-8', 'sniffed');
    return decode(bytes, encoding, source);
  }
  const wide = sniffWide(bytes);
  if (wide) return decode(bytes, wide, 'sniffed');
  if (isValidUtf8(bytes)) return decode(bytes, 'utf-8', 'default');
  return decode(bytes, 'windows-1252', 'sniffed');
}

function sniffWide(bytes: Uint8Array): string | null {
  const offset = bytes.findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  const from = offset > 0 && offset % 2 === 0 ? bytes.subarray(offset) : bytes;
  return WIDE_SNIFFS.find((s) => startsWith(from, s.bytes))?.encoding ?? null;
}
