/**
 * Cuts page furniture off the end of article text: the trailing run of other headlines, share
 * and navigation links, "related stories" blocks and syndication footers that scrapers and
 * full-text feeds leave behind (see seed 003). Only the end is cut, and only a run of at least
 * MIN_RUN furniture lines (or a known footer), so a short article's last sentence is never lost.
 */
const MIN_RUN = 3;

const NAVIGATION =
  /^(share( this( article| story)?)?|tweet|email|print|comments?|related( stories| articles| news| coverage)?|related:.*|read more|read next|more from|more on this|more stories|see also|recommended( for you)?|most (read|popular|viewed)|trending( now)?|latest( news)?|top stories|advertisement|sponsored( content)?|subscribe( now)?|sign up( for .*)?|follow us( on .*)?|tags?:.*|topics?:.*|filed under:?.*|©.*|copyright\b.*|all rights reserved\.?|photo:.*|image:.*|source:.*|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|previous( article)?|next( article)?|back to top|skip to .*)$/i;
const FOOTER =
  /^(the post .* appeared first on .*|continue reading.*|read the full (story|article).*|this (article|story) (was|first) (originally )?(appeared|published).*)$/i;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

function isHeadlineLike(line: string): boolean {
  if (SENTENCE_END.test(line) || line.length > 180) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.length > 28) return false;
  const significant = words.filter(
    (w) => /^[\p{L}\p{N}$]/u.test(w) && w.replace(/[^\p{L}]/gu, '').length >= 4,
  );
  if (significant.length === 0) return false;
  const capitalised = significant.filter((w) => /^[\p{Lu}\p{N}$]/u.test(w)).length;
  return capitalised / significant.length >= 0.6;
}

function isFurniture(line: string): boolean {
  const text = bare(line);
  return NAVIGATION.test(text) || FOOTER.test(text) || isHeadlineLike(text);
}

function bare(line: string): string {
  return line.replace(/^[-*•·›»|]\s*/, '').trim();
}

/** Index just past the last non-blank line, skipping trailing lines that `drop` accepts; stops at the first it refuses. */
function trailingRun(
  lines: string[],
  end: number,
  drop: (line: string) => boolean,
): { start: number; count: number } {
  let start = end;
  let count = 0;
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (!drop(line)) break;
    count++;
    start = i;
  }
  return { start, count };
}

function lastContentLine(lines: string[], end: number): number {
  let last = end;
  while (last > 0 && lines[last - 1].trim() === '') last--;
  return last;
}

export function cutFurniture(text: string): string {
  const lines = text.split('\n');
  let end = lastContentLine(lines, lines.length);
  // syndication footers go even alone
  const footers = trailingRun(lines, end, (line) => FOOTER.test(bare(line)));
  if (footers.count > 0 && lines.slice(0, footers.start).some((l) => l.trim() !== ''))
    end = lastContentLine(lines, footers.start);
  const run = trailingRun(lines, end, isFurniture);
  const keepsBody = lines.slice(0, run.start).some((line) => line.trim() !== '');
  if (run.count >= MIN_RUN && keepsBody) end = lastContentLine(lines, run.start);
  return lines.slice(0, end).join('\n').trimEnd();
}
