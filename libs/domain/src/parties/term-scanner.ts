export interface TermMatch {
  index: number;
  text: string;
}

/** A run of letters and digits and where it starts. */
export interface Word {
  index: number;
  word: string;
}

const WORD = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** An ASCII letter or digit, or any code unit past ASCII: every run of letters and digits lies in a run of these. */
function inRoughWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 128
  );
}

/** Each run of letters and digits with where it starts: runs of ASCII letters and digits need no expression. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  while (at < text.length) {
    if (!inRoughWord(text.charCodeAt(at))) {
      at += 1;
      continue;
    }
    let end = at;
    let ascii = true;
    for (; end < text.length && inRoughWord(text.charCodeAt(end)); end += 1)
      if (text.charCodeAt(end) >= 128) ascii = false;
    const rough = text.slice(at, end);
    if (ascii) words.push({ index: at, word: rough });
    else
      for (const word of rough.matchAll(WORDS)) words.push({ index: at + (word.index ?? 0), word: word[0] });
    at = end;
  }
  return words;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Inner spaces and hyphens are interchangeable: "Yeo Han-koo" meets "Yeo Han koo". */
function termBody(term: string): string {
  return term
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s\\-]+');
}

/** The run of letters and digits a term starts with, or its first character when it starts with neither. */
function leadingKey(text: string): string {
  const run = /^[\p{L}\p{N}]+/u.exec(text);
  return (run ? run[0] : text.charAt(0)).toLowerCase();
}

const asciiLower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** One bit per length, the last for every length from 31 on. */
const lengthBit = (length: number) => 1 << Math.min(length, 31);

/** A word's first two characters, lower-cased, as one number; -1 when either is not ASCII. */
function asciiPrefix(word: string): number {
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  if (first >= 128 || second >= 128) return -1;
  return (asciiLower(first) << 7) | asciiLower(second);
}

/**
 * Finds whole-word terms in a text, case-insensitively, the longest term first where several start at the
 * same place, left to right without overlaps: what one alternation of every term would find, without
 * trying hundreds of alternatives at every character (it was the party matcher's cost in the classifier).
 * Each word of the text is looked up by its first run of letters and digits; only the terms that start with
 * that run are tried there.
 */
/** A term and whether it is one run of ASCII letters and digits (then equal to its lead, lower-cased). */
interface Candidate {
  pattern: RegExp;
  asciiWord: boolean;
  /**
   * The term's lead is followed by a space or hyphen ("South Korea", "Yeo Han-koo"): its expression needs one
   * of [\s\-] right after an ASCII word of the text that equals the lead (the word ends where its letters do).
   */
  separatorAfterLead: boolean;
}

const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** What a term's expression takes between its words (termBody). */
const SEPARATOR = /^[\s-]$/;

export class TermScanner {
  private readonly byLead = new Map<string, Candidate[]>();
  /** Where terms may start when some term starts with neither a letter nor a digit ("$"). */
  private readonly oddStarts: RegExp | null;
  /**
   * The lengths of the leads (lengthBit) by their first two characters (asciiPrefix): most words of a text
   * start no term, and this tells so without lower-casing them. Null when some lead does not start with two
   * ASCII characters.
   */
  private readonly leadShapes: Uint32Array | null;

  /** Terms already folded to the text's form (diacritics); empty and repeated terms are ignored. */
  constructor(terms: readonly string[]) {
    const bodies = new Map<string, string>();
    for (const raw of terms) {
      const term = raw.trim();
      if (term.length === 0) continue;
      const body = termBody(term);
      if (!bodies.has(body)) bodies.set(body, leadingKey(term));
    }
    const ordered = [...bodies].sort((a, b) => b[0].length - a[0].length);
    const odd = new Set<string>();
    for (const [body, lead] of ordered) {
      if (!WORD.test(lead.charAt(0))) odd.add(lead);
      const list = this.byLead.get(lead) ?? [];
      list.push({
        pattern: new RegExp(`${body}(?![\\p{L}\\p{N}])`, 'iuy'),
        asciiWord: ASCII_WORD.test(body),
        separatorAfterLead:
          ASCII_WORD.test(lead) &&
          body.slice(0, lead.length).toLowerCase() === lead &&
          body.startsWith('[\\s\\-]+', lead.length),
      });
      this.byLead.set(lead, list);
    }
    this.oddStarts =
      odd.size > 0 ? new RegExp(`[\\p{L}\\p{N}]+|[${[...odd].map(escapeRegExp).join('')}]`, 'gu') : null;
    const leads = [...this.byLead.keys()];
    const shapes = new Uint32Array(1 << 14);
    for (const lead of leads) shapes[asciiPrefix(lead)] |= lengthBit(lead.length);
    this.leadShapes = leads.some((lead) => asciiPrefix(lead) < 0) ? null : shapes;
  }

  private startsNoTerm(word: string): boolean {
    if (!this.leadShapes) return false;
    const prefix = asciiPrefix(word);
    if (prefix < 0) return false;
    const lengths = this.leadShapes[prefix];
    if (lengths === 0) return true;
    // Lower case keeps a word's length, but for U+0130 (İ → i̇), checked over every code point.
    return !word.includes('\u0130') && (lengths & lengthBit(word.length)) === 0;
  }

  get empty(): boolean {
    return this.byLead.size === 0;
  }

  /** `words`: the text's words (`wordsOf`), when the caller has them already. */
  find(text: string, words?: Word[]): TermMatch[] {
    const found: TermMatch[] = [];
    if (this.empty) return found;
    let free = 0;
    for (const { index: at, word } of this.startsIn(text, words)) {
      if (at < free) continue;
      if (this.oddStarts && at > 0 && WORD.test(text.charAt(at - 1))) continue;
      if (this.startsNoTerm(word)) continue;
      const candidates = this.byLead.get(word.toLowerCase());
      if (!candidates) continue;
      // The word is a whole run of letters and digits, equal to the lead but for case: an ASCII word meets a
      // one-word ASCII term as its expression would, without running it (the expressions are case-folded, slowly).
      const asciiWord = ASCII_WORD.test(word);
      for (const candidate of candidates) {
        let matched: string | undefined = word;
        if (!candidate.asciiWord || !asciiWord) {
          if (candidate.separatorAfterLead && asciiWord && !SEPARATOR.test(text.charAt(at + word.length)))
            continue;
          candidate.pattern.lastIndex = at;
          matched = candidate.pattern.exec(text)?.[0];
        }
        if (matched === undefined) continue;
        found.push({ index: at, text: matched });
        free = at + matched.length;
        break;
      }
    }
    return found;
  }

  private startsIn(text: string, words?: Word[]): Word[] {
    if (!this.oddStarts) return words ?? wordsOf(text);
    return [...text.matchAll(this.oddStarts)].map((start) => ({ index: start.index ?? 0, word: start[0] }));
  }

  /** The text with every term overwritten by '#', indices unchanged, and the words outside the terms. */
  mask(text: string, words: Word[] = wordsOf(text)): { text: string; words: Word[] } {
    const found = this.find(text, words);
    if (found.length === 0) return { text, words };
    let out = '';
    let from = 0;
    for (const match of found) {
      out += text.slice(from, match.index) + '#'.repeat(match.text.length);
      from = match.index + match.text.length;
    }
    const outside = words.filter(
      ({ index }) => !found.some((match) => index >= match.index && index < match.index + match.text.length),
    );
    return { text: out + text.slice(from), words: outside };
  }
}
