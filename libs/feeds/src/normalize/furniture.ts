/**
 * Cuts page furniture off the end of article text: the trailing run of other headlines, share
 * and navigation links, "related stories" blocks and syndication footers that scrapers and
 * full-text feeds leave behind (see seed 003). Only the end is cut, and only a run of at least
 * MIN_RUN furniture lines (or a known footer), so a short article's last sentence is never lost.
 */
const MIN_RUN = 3;

const NAVIGATION =
  /^(share( this( article| story)?)?|tweet|email|print|comments?|related( stories| articles| news| coverage)?|read more|read next|more from|more on this|more stories|see also|recommended( for you)?|most (read|popular|viewed)|trending( now)?|latest( news)?|top stories|advertisement|sponsored( content)?|subscribe( now)?|sign up( for .*)?|follow us( on .*)?|tags?:.*|topics?:.*|filed under:?.*|©.*|copyright\b.*|all rights reserved\.?|photo:.*|image:.*|source:.*|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|previous( article)?|next( article)?|back to top|skip to .*)$/i;
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
  const bare = line.replace(/^[-*•·›»|]\s*/, '').trim();
  return NAVIGATION.test(bare) || FOOTER.test(bare) || isHeadlineLike(bare);
}

export function cutFurniture(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let cut = end;
  let run = 0;
  let footerOnly = true;
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i].trim();
    if (line === '') continue;
    if (!isFurniture(line)) break;
    if (!FOOTER.test(line.replace(/^[-*•·›»|]\s*/, ''))) footerOnly = false;
    run++;
    cut = i;
  }
  const keepsBody = lines.slice(0, cut).some((line) => line.trim() !== '');
  if (!keepsBody || (run < MIN_RUN && !footerOnly) || run === 0) return lines.slice(0, end).join('\n');
  return lines.slice(0, cut).join('\n').trimEnd();
}
