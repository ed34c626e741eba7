export interface Sentence {
  text: string;
  /** Position in the article: the title is -1, body sentences count from 0. */
  index: number;
  isTitle: boolean;
  /** The sentence stands inside a quotation opened by an earlier sentence of its paragraph: someone is speaking. */
  inQuote?: boolean;
}

const ABBREVIATIONS = new Set(
  [
    'u.s',
    'u.k',
    'e.u',
    'u.n',
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'jr',
    'sr',
    'no',
    'vs',
    'gov',
    'sen',
    'rep',
    'gen',
    'lt',
    'col',
    'inc',
    'corp',
    'co',
    'ltd',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'a.m',
    'p.m',
    'approx',
    'est',
    'dept',
  ].map((word) => word.toLowerCase()),
);

/** Abbreviations that may end a sentence ("... a 50% tariff from the U.S."), unlike "Mr." or "Aug.". */
const MAY_END_SENTENCE = new Set(['u.s', 'u.k', 'e.u', 'u.n', 'inc', 'corp', 'co', 'ltd', 'jr', 'sr']);
/** Words that open a sentence, not a name after an abbreviation ("the U.S. Trade Representative"). */
const SENTENCE_OPENERS = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'Over',
  'Under',
  'After',
  'Before',
  'During',
  'For',
  'From',
  'As',
  'But',
  'And',
  'Yet',
  'So',
  'If',
  'When',
  'While',
  'Since',
  'However',
  'Meanwhile',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'His',
  'Her',
  'Their',
  'Our',
  'Some',
  'Many',
  'Still',
]);

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isUpperAscii = (code: number) => code >= 65 && code <= 90;

/**
 * The run of ASCII letters and periods that ends `text`, from its first letter: what /[A-Za-z][A-Za-z.]*$/
 * finds, read from the end (the expression tried every position of the text before each period).
 */
function trailingWord(text: string): string | null {
  let from = text.length;
  while (from > 0 && (isAsciiLetter(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === 46))
    from -= 1;
  while (from < text.length && !isAsciiLetter(text.charCodeAt(from))) from += 1;
  return from < text.length ? text.slice(from) : null;
}

/**
 * True when the period that ends `before` belongs to an abbreviation or an initial, not to a sentence. An
 * abbreviation that may end a sentence ends one when a sentence's opening word follows: "... from the U.S. Over
 * the next ten years ...".
 */
function endsWithAbbreviation(before: string, next: string): boolean {
  const found = trailingWord(before);
  if (found === null) return false;
  const word = found.toLowerCase();
  if (MAY_END_SENTENCE.has(word) && SENTENCE_OPENERS.has(/^[A-Za-z]+/.exec(next)?.[0] ?? '')) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return word.length === 1 && isUpperAscii(before.charCodeAt(before.length - 1));
}

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  const boundary = /([.!?]+)(["'”’)\]]*)(\s+|(?=[A-Z“"]))/g;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(line)) !== null) {
    const end = match.index + match[1].length + match[2].length;
    const before = line.slice(start, match.index);
    const next = line.slice(boundary.lastIndex);
    const glued = match[3] === '';
    if (match[1] === '.' && endsWithAbbreviation(before, next)) continue;
    // The last character alone: /[...]$/ over `before` would try every position of it.
    if (glued && !/[a-z0-9”"’)]/.test(before.charAt(before.length - 1))) continue;
    if (!/^[A-Z"“'‘([0-9◇$]/.test(next)) continue;
    pieces.push(line.slice(start, end).trim());
    start = glued ? end : boundary.lastIndex;
    boundary.lastIndex = start;
  }
  pieces.push(line.slice(start).trim());
  return pieces.filter((piece) => piece.length > 0);
}

/** A line as long as a fixed width's, with no mark that closes a sentence at its end. */
const WIDTH_LINE = /^.{50,90}(?<![.!?:;"'”’)\]])$/;
/** ... and the sentence goes on: a comma or a small word ends it, or the next line opens in lower case. */
const CONTINUED_END =
  /(?:,|\b(?:a|an|the|of|and|or|to|in|on|at|for|with|by|from|that|as|its|their|his|her))$/i;
const CONTINUED_START = /^[a-z$0-9]/;
/** So many lines cut mid-sentence that the text was hard-wrapped (an archive's or a mail's fixed width). */
const WRAPPED_LINES_IN_TEXT = 3;

/** "met Lutnick on Friday, the\nlast day of his trip": a hard-wrapped text's lines joined back into paragraphs. */
function unwrap(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const cutMidSentence = lines.filter(
    (line, i) =>
      WIDTH_LINE.test(line) && (CONTINUED_END.test(line) || CONTINUED_START.test(lines[i + 1] ?? '')),
  ).length;
  if (cutMidSentence < WRAPPED_LINES_IN_TEXT) return text;
  return lines
    .map((line, i) =>
      i === 0 ? line : `${WIDTH_LINE.test(lines[i - 1]) && line !== '' ? ' ' : '\n'}${line}`,
    )
    .join('');
}

/** Splits plain text into sentences; line breaks end a sentence, unless the text was hard-wrapped. */
export function splitSentences(text: string, title?: string | null): Sentence[] {
  const sentences: Sentence[] = [];
  const cleanTitle = (title ?? '').replace(/\s*\(from URL\)\s*$/i, '').trim();
  if (cleanTitle && cleanTitle.toLowerCase() !== 'none') {
    sentences.push({ text: cleanTitle, index: -1, isTitle: true });
  }
  let index = 0;
  for (const line of unwrap(text).split(/\r?\n/)) {
    let open = false;
    for (const piece of splitLine(line.trim())) {
      sentences.push({ text: piece, index: index++, isTitle: false, ...(open ? { inQuote: true } : {}) });
      open = quoteOpenAfter(piece, open);
    }
  }
  return sentences;
}

/**
 * Whether a quotation is still open after `piece`, given whether one was open before it: curly marks open and close
 * it; each straight mark turns it over.
 */
function quoteOpenAfter(piece: string, open: boolean): boolean {
  let depth = open ? 1 : 0;
  for (const char of piece) {
    if (char === '“') depth = 1;
    else if (char === '”') depth = 0;
    else if (char === '"') depth = 1 - depth;
  }
  return depth === 1;
}
