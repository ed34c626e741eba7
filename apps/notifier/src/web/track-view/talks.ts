import * as chrono from 'chrono-node';
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

/** The day a sentence schedules talks for ("ministers will meet on Thursday", "talks set for July 31"). */
function scheduledDay(sentence: string, published: Date): string | null {
  const results = chrono.parse(sentence, published, { forwardDate: true });
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (date < published.toISOString().slice(0, 10)) continue;
    return date;
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
