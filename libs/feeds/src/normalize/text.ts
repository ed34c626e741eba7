import he from 'he';
import { compile } from 'html-to-text';
import { fixEncodingArtifacts } from './encoding-artifacts';

const MAX_HTML_CHARS = 500_000;

const HTML_OPTIONS = {
  wordwrap: false as const,
  preserveNewlines: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'iframe', format: 'skip' },
    { selector: 'figure', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'ul', options: { itemPrefix: '' } },
    { selector: 'ol', format: 'unorderedList', options: { itemPrefix: '' } },
  ],
};

/** Compiled once: html-to-text's convert() rebuilds its selector tables on every call. */
const toText = compile(HTML_OPTIONS);

function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\w-]*[\s/>]|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text);
}

/** Collapses runs of spaces within lines and keeps at most one blank line between paragraphs. */
export function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** HTML (or plain text) to plain text: tags stripped, entities decoded, scripts and images dropped. */
export function htmlToPlainText(input: string | null | undefined): string {
  if (!input) return '';
  const source = fixEncodingArtifacts(input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input);
  if (!looksLikeHtml(source)) return tidyWhitespace(source);
  return tidyWhitespace(fixEncodingArtifacts(toText(source)));
}

/** A title on one line: tags stripped, entities decoded (some feeds escape twice), whitespace collapsed. */
export function plainTitle(input: string | null | undefined): string {
  if (!input) return '';
  let text = fixEncodingArtifacts(input.slice(0, 2000)).replace(/<[^<>]*>/g, ' ');
  for (let pass = 0; pass < 2 && /&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text); pass++) text = he.decode(text);
  return fixEncodingArtifacts(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
