/**
 * Cuts text that is not the article's own: lists of other headlines, navigation, share and
 * comment prompts, bylines and copyright lines. What is cut can never yield a signal.
 */

const CUT_FROM_HERE = [
  /^(related( articles| stories| news| coverage)?|most (read|popular|viewed)|more (from|on|stories|news)|recommended( for you)?|read (more|also|next)|see also|trending( now)?|popular (now|stories)|top stories|latest news|you may also like|also read|editor'?s picks?)\s*:?$/i,
  /you must be logged in to (add|post) a comment/i,
  /^(log|sign) in to (comment|reply|post)|^comments are closed|^(view|show|load|read) (all )?comments|^join the discussion|^be the first to comment|^comments?\s*\(\d+\)/i,
  /^(comments?|leave a (comment|reply)|add a comment|join the conversation|\d+ comments?)\s*:?$/i,
];

const DROP_LINE = [
  /^(copyright|©|ⓒ)/i,
  /all rights reserved\.?$/i,
  /^by [A-Z][A-Z .'-]+\s*\[/,
  /\[\s*(email|e-mail)?[^\]]*@[^\]]*\]$/i,
  /^translated from .* (using|with) generative ai/i,
  /^(published|updated|posted)( on)?\s*:?\s*[\d\s/.:-]/i,
  /^(share|tweet|print|email|subscribe|sign up|advertisement|ad|click here)\b.{0,30}$/i,
  /^(photo|image|graphic|chart)( by|:|\s*=)/i,
  /^\[?(lead|report|anchor)\]?:?$/i,
  /^(related|read more|also read|see also|recommended|watch|listen|more|latest)\s*:/i,
  /^(follow us|sign up|subscribe|download (our|the) app|get the latest)\b/i,
  /^(photo|image|file photo|graphic)\s*[:(]/i,
  // A caption with its credits ("..., April 7, 2025. Video credit: ..."): the picture's, told of its own day.
  /\b(photo|video|image|sound)\s+credits?\b/i,
];

const BYLINE = /^(?:[Bb]y|[Rr]eporter:?|[Ww]ritten by)\s+(.+)$/;
/** Where the names end: "By Jane Doe | Updated: ...", "By Jane Doe on Friday, 25 April 2025". */
const AFTER_NAMES = /\s*\|\s*|\s+on\s+(?=[A-Z])/;
const NAME_WORD = /^(?:[A-Z][\w'’.-]*|\d[\d:]*|and)$/;

/** "By Jane Doe", "By Jane Doe and John Roe", "By Jane Doe, CNN", "By Wire Services | Updated: ...". */
function isByline(line: string): boolean {
  const byline = BYLINE.exec(line);
  if (!byline || line.length > 120) return false;
  const names = byline[1].split(AFTER_NAMES)[0];
  return names.split(/,?\s+/).every((word) => NAME_WORD.test(word.replace(/,$/, '')));
}

/** A line that reads like a headline: no sentence punctuation at the end, mostly capitalised words. */
export function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 160) return false;
  if (/[.!:;"”’,]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length < 3 || words.length > 22) return false;
  const significant = words.filter((word) => /^[A-Za-z]/.test(word) && word.length > 3);
  if (significant.length === 0) return false;
  const capitalised = significant.filter((word) => /^[A-Z]/.test(word)).length;
  return capitalised / significant.length >= 0.6;
}

/** Lines that sit between listed headlines: times, dates, one- or two-word section labels. */
function isFiller(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0) return true;
  if (/^(\d+\s+(minutes?|mins?|hours?|hrs?|days?)\s+ago|[\d./:\s-]+|updated.*)$/i.test(trimmed)) return true;
  // A widget's symbols and numbers ("+ A − 16 px"): no word of three letters.
  if (!/[A-Za-z]{3}/.test(trimmed)) return true;
  return trimmed.split(/\s+/).length <= 2 && !/[.!?]$/.test(trimmed);
}

/** A sentence of the story: four words or more, ended as a sentence ends (not a dateline such as "May 2, 2026, 7:40 p.m."). */
function isProse(line: string): boolean {
  const trimmed = line.trim();
  if (!/[.!?"”’)]$/.test(trimmed)) return false;
  return trimmed.split(/\s+/).filter((word) => /^[A-Za-z’'-]+[.,!?]?$/.test(word)).length >= 4;
}

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}

export interface FurnitureCut {
  /** The article's own text, furniture removed. */
  text: string;
  /** The lines that were cut, for explanations and tests. */
  removed: string[];
}

/**
 * Pages flattened to one line keep their headline lists after a label: "... the ministry said. Related
 * articles: Korea, US strike deal; ...". The label after a sentence's end starts the list.
 */
const INLINE_LIST =
  /(?<=[.!?”"]\s+)(?:related (?:articles|stories|news|coverage)|read (?:more|also|next)|also read|see also|most (?:read|popular|viewed)|recommended(?: for you)?|you may also like)\s*:.*$/i;

/** Section labels and menus above the article's first line ("Latest News", "INTERNATIONAL"): not its text, and no list starts there. */
function leadingLabels(lines: string[]): number {
  let count = 0;
  while (count < lines.length && isFiller(lines[count])) count++;
  return count;
}

export function cutFurniture(text: string): FurnitureCut {
  const removed: string[] = [];
  const all = text.split(/\r?\n/);
  const start = leadingLabels(all);
  removed.push(...all.slice(0, start).filter((line) => !isBlank(line)));
  const lines = all.slice(start).map((line) => {
    const list = INLINE_LIST.exec(line);
    if (!list) return line;
    removed.push(list[0]);
    return line.slice(0, list.index).trimEnd();
  });
  let end = lines.length;
  let prose = false;
  const topPrompts = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (CUT_FROM_HERE.some((pattern) => pattern.test(lines[i].trim()))) {
      // A comment count or a "Related" label above the story's first sentence is a widget of the page's top.
      if (!prose) {
        topPrompts.add(i);
        continue;
      }
      end = i;
      break;
    }
    prose ||= isProse(lines[i]);
  }
  removed.push(...lines.slice(end).filter((line) => !isBlank(line)));
  const kept = lines.slice(0, end).filter((line, i) => {
    if (!topPrompts.has(i)) return true;
    removed.push(line);
    return false;
  });

  const titleLike = kept.map(isTitleLike);
  const drop = new Array<boolean>(kept.length).fill(false);
  let i = 0;
  while (i < kept.length) {
    if (!titleLike[i]) {
      i++;
      continue;
    }
    let j = i;
    let count = 0;
    while (j < kept.length && (titleLike[j] || isFiller(kept[j]))) {
      if (titleLike[j]) count++;
      j++;
    }
    const reachesEnd = kept.slice(j).every(isBlank);
    const isRun = count >= 3 || (count >= 2 && reachesEnd && i > 0);
    if (isRun) for (let k = i; k < j; k++) drop[k] = true;
    i = j;
  }
  const result: string[] = [];
  kept.forEach((line, index) => {
    const trimmed = line.trim();
    if (drop[index] || isByline(trimmed) || DROP_LINE.some((pattern) => pattern.test(trimmed))) {
      if (!isBlank(line)) removed.push(line);
      return;
    }
    result.push(line);
  });
  return { text: result.join('\n'), removed };
}
