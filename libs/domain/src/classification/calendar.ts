import * as chrono from 'chrono-node';

/** A calendar day, free of time zones: the unit deadlines and recency are judged in. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function toIsoDate(date: CalendarDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function toUtc(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(toUtc(date) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** The publication day, from "2025-07-26", an ISO instant, or null. */
export function parsePublished(published: string | null | undefined): CalendarDate | null {
  if (!published) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (!match) {
    const parsed = Date.parse(published);
    if (Number.isNaN(parsed)) return null;
    const date = new Date(parsed);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export const WRITTEN_YEAR = /\b20\d{2}\b/;

/**
 * A date written out with its year ("November 10, 2026", "2026-11-10"). Not "now" or "today": chrono reads
 * those as certain too, from the machine's clock.
 */
export function namesItsDay(result: chrono.ParsedResult): boolean {
  const start = result.start;
  return (
    WRITTEN_YEAR.test(result.text) &&
    start.isCertain('year') &&
    start.isCertain('month') &&
    start.isCertain('day')
  );
}

/**
 * When the feed gave no date: a date in the URL (/2025/07/10/, 2025-07-10, 20250710) or a full
 * date with a year in the text's first lines. Null when neither is found.
 */
export function inferPublished(url: string | null | undefined, text: string): CalendarDate | null {
  const fromUrl = url ? /(20\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(url) : null;
  if (fromUrl) return { year: Number(fromUrl[1]), month: Number(fromUrl[2]), day: Number(fromUrl[3]) };
  const head = text.slice(0, 400);
  const written = chrono.parse(head).find(namesItsDay);
  if (!written) return null;
  return {
    year: written.start.get('year') ?? 0,
    month: written.start.get('month') ?? 1,
    day: written.start.get('day') ?? 1,
  };
}
