import type { CalendarDate } from './calendar';
import type { DateReference } from './dates';

/** The months each season spans (northern hemisphere, as the news it reads). */
const SEASON_MONTHS: Record<string, [number, number, number]> = {
  spring: [3, 4, 5],
  summer: [6, 7, 8],
  autumn: [9, 10, 11],
  fall: [9, 10, 11],
  winter: [12, 1, 2],
};

export const SEASON_NAMES: ReadonlySet<string> = new Set(Object.keys(SEASON_MONTHS));

/**
 * "this summer", "last summer", "in the spring", "midsummer": a season named with a word that makes it a time,
 * read as the month it ends (or the part named). "The deal it reached last summer", read in January, is months old.
 */
const SEASON = new RegExp(
  `\\b(?:(this|last|in the|during the|earlier this|over the)\\s+(?:(early|mid-?|late)\\s*)?(${[...SEASON_NAMES].join('|')})|(mid)summer)\\b`,
  'gi',
);

export function findSeasons(sentence: string, published: CalendarDate): DateReference[] {
  const found: DateReference[] = [];
  for (const match of sentence.matchAll(SEASON)) {
    const season = (match[3] ?? 'summer').toLowerCase();
    const part = (match[4] ? 'mid' : (match[2] ?? '')).toLowerCase().replace('-', '');
    const [first, middle, last] = SEASON_MONTHS[season];
    const month = part === 'early' ? first : part === 'mid' ? middle : last;
    // "this summer" is this year's, ahead or behind; "last summer", "in the summer" the latest one gone by.
    const thisYears = match[1]?.toLowerCase() === 'this';
    const year = !thisYears && month > published.month ? published.year - 1 : published.year;
    found.push({
      text: match[0],
      index: match.index ?? 0,
      date: { year, month, day: 1 },
      dayCertain: false,
      relative: false,
    });
  }
  return found;
}
