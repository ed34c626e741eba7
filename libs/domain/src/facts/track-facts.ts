import type { Classification, Official } from '../model/classification';

/** The article a fact was read from. */
export interface FactArticle {
  articleId: string;
  /** Syndicated copies share it: a fact they repeat counts once. */
  storyId: string | null;
  title: string;
  url: string | null;
  source: string;
  publishedAt: string | null;
}

export type ClassifiedFacts = Pick<
  Classification,
  'tariff_rates' | 'investments_usd' | 'sectors' | 'officials'
>;

export interface Fact<T> {
  value: T;
  /** The newest article that states it. */
  article: FactArticle;
  /** Independent stories among the recent articles that state it. */
  stories: number;
}

export interface TrackFacts {
  tariffRates: Fact<number>[];
  investmentsUsd: Fact<number>[];
  sectors: Fact<string>[];
  /** The role is the newest one an article gave. */
  officials: Fact<Official>[];
  /** Recent articles read (the facts' window). */
  articles: number;
}

/** Facts kept per kind: the page shows a few, the newest first. */
export const FACTS_PER_KIND = 6;

class Tally<T> {
  private readonly byKey = new Map<string, { fact: Fact<T>; stories: Set<string>; order: number }>();

  add(key: string, value: T, article: FactArticle, merge?: (kept: T, older: T) => T): void {
    const story = article.storyId ?? article.articleId;
    const seen = this.byKey.get(key);
    if (!seen) {
      this.byKey.set(key, {
        fact: { value, article, stories: 1 },
        stories: new Set([story]),
        order: this.byKey.size,
      });
      return;
    }
    seen.stories.add(story);
    seen.fact.stories = seen.stories.size;
    if (merge) seen.fact.value = merge(seen.fact.value, value);
  }

  newest(limit: number): Fact<T>[] {
    return [...this.byKey.values()]
      .sort((a, b) => a.order - b.order)
      .slice(0, limit)
      .map((s) => s.fact);
  }
}

const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A track's facts from its recent classified articles (newest first): each distinct rate, pledge,
 * sector and official once, with the newest article that states it and how many independent
 * stories do.
 */
export function aggregateFacts(
  items: readonly { article: FactArticle; facts: ClassifiedFacts }[],
  limit = FACTS_PER_KIND,
): TrackFacts {
  const rates = new Tally<number>();
  const investments = new Tally<number>();
  const sectors = new Tally<string>();
  const officials = new Tally<Official>();
  for (const { article, facts } of items) {
    for (const rate of new Set(facts.tariff_rates ?? [])) rates.add(String(rate), rate, article);
    for (const usd of new Set(facts.investments_usd ?? [])) investments.add(String(usd), usd, article);
    for (const sector of new Set(facts.sectors ?? [])) sectors.add(sector, sector, article);
    for (const official of facts.officials ?? []) {
      const key = nameKey(official.name);
      if (!key) continue;
      officials.add(key, official, article, (kept, older) =>
        kept.role || !older.role ? kept : { ...kept, role: older.role },
      );
    }
  }
  return {
    tariffRates: rates.newest(limit),
    investmentsUsd: investments.newest(limit),
    sectors: sectors.newest(limit),
    officials: officials.newest(limit),
    articles: items.length,
  };
}

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 350e9 → "$350 billion", 16.5e9 → "$16.5 billion". */
export function formatUsd(usd: number): string {
  for (const [scale, word] of SCALES) {
    if (Math.abs(usd) >= scale) return `$${Number((usd / scale).toFixed(2))} ${word}`;
  }
  return `$${Math.round(usd).toLocaleString('en-US')}`;
}
