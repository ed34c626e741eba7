import type { ClassifyInput } from '../model/article';
import { isTitleLike } from './text/furniture';

export type SeedArticle = ClassifyInput;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function publishedFromHeader(line: string): string | null {
  const iso = /(\d{4})[-/](\d{2})[-/](\d{2})/.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dayMonthYear = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(line);
  if (dayMonthYear) {
    const month = MONTHS.indexOf(dayMonthYear[2].toLowerCase()) + 1;
    if (month > 0)
      return `${dayMonthYear[3]}-${String(month).padStart(2, '0')}-${dayMonthYear[1].padStart(2, '0')}`;
  }
  return null;
}

/**
 * Reads a seed article (tests/fixtures/seeds/*.txt). The header varies by source: a first line
 * " date YYYY-MM-DD Title", a title followed by "Published: 26 Jul. 2025, ...", a first line
 * "Published on: 2025/05/02 17:00", or no header at all (the date then comes from the labels).
 */
export function parseSeedFile(
  id: string,
  content: string,
  labeledPublished: string | null = null,
): SeedArticle {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  let title = '';
  let published: string | null = null;
  const first = lines[0] ?? '';
  const dated = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s*(.*)$/i.exec(first);
  if (dated) {
    published = dated[1];
    title = dated[2].trim();
    lines.shift();
  } else if (/^published( on)?\s*:/i.test(first.trim())) {
    published = publishedFromHeader(first);
    lines.shift();
  } else if (lines.length > 1 && /^published( on)?\s*:/i.test(lines[1].trim())) {
    title = first.trim();
    published = publishedFromHeader(lines[1]);
    lines.splice(0, 2);
  } else if (isTitleLike(first) && lines.length > 1) {
    title = first.trim();
    lines.shift();
  }
  return {
    id,
    title,
    text: lines.join('\n'),
    published: labeledPublished ?? published,
    url: null,
    source: 'seed',
  };
}
