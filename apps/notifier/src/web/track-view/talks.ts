import * as chrono from 'chrono-node';
import { memoize } from './format';
import type { TalkView } from './views';

export interface TalkSourceArticle {
  id: string;
  url: string | null;
  source: string;
  publishedAt: string | null;
  signals: { type: string; evidence: string }[];
}

const TITLE_MAX = 200;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoDay(components: chrono.ParsedComponents): string | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  return year === null || month === null || day === null ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * The day a sentence schedules talks for ("ministers will meet on July 31", "... on Thursday").
 * A named date is taken as written (a past one is not pushed into next year); a bare weekday is
 * the next one after publication.
 */
function scheduledDay(sentence: string, published: Date): string | null {
  if (!DATE_WORD.test(sentence)) return null;
  return scheduledDayMemo(`${published.toISOString()}|${sentence}`);
}

/** Cheap gate before chrono: a month, a weekday, or a number that could be a day. */
const DATE_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(today|tomorrow)\b|\d/i;

const scheduledDayMemo = memoize((key): string | null => {
  const split = key.indexOf('|');
  return parseScheduledDay(key.slice(split + 1), new Date(key.slice(0, split)));
});

function parseScheduledDay(sentence: string, published: Date): string | null {
  const publishedDay = published.toISOString().slice(0, 10);
  for (const result of chrono.parse(sentence, published)) {
    let components: chrono.ParsedComponents | undefined = result.start;
    if (!components.isCertain('month')) {
      if (!components.isCertain('weekday')) continue;
      components = chrono.parse(result.text, published, { forwardDate: true })[0]?.start;
    } else if (!components.isCertain('day')) {
      continue;
    }
    const date = components ? isoDay(components) : null;
    if (date && date >= publishedDay) return date;
  }
  return null;
}

/**
 * Talks the latest articles schedule for a named day, earliest first. Articles without a
 * publication date are skipped: a weekday or "next Tuesday" cannot be placed without one.
 */
export function scheduledTalks(articles: TalkSourceArticle[]): TalkView[] {
  const talks = new Map<string, TalkView>();
  for (const article of articles) {
    if (!article.publishedAt) continue;
    const published = new Date(article.publishedAt);
    if (Number.isNaN(published.getTime())) continue;
    for (const signal of article.signals) {
      if (signal.type !== 'talks_scheduled') continue;
      const date = scheduledDay(signal.evidence, published);
      if (!date) continue;
      const title =
        signal.evidence.length > TITLE_MAX ? `${signal.evidence.slice(0, TITLE_MAX - 1)}…` : signal.evidence;
      const key = `${date}|${title.toLowerCase()}`;
      if (!talks.has(key)) {
        talks.set(key, { title, date, articleId: article.id, url: article.url, source: article.source });
      }
    }
  }
  return [...talks.values()].sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}
