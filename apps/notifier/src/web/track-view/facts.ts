import { type Fact, type FactArticle, formatUsd, type TrackFacts } from '@dw/domain';
import { safeHttpUrl } from './format';
import type { FactSourceView, FactView, TrackFactsView } from './views';

/** How far back a track's facts are read: its latest relevant articles. */
export const FACT_ARTICLES = 50;

function sourceView(article: FactArticle): FactSourceView {
  return {
    articleId: article.articleId,
    title: article.title,
    url: safeHttpUrl(article.url),
    source: article.source,
    publishedAt: article.publishedAt,
  };
}

function view<T>(fact: Fact<T>, label: string): FactView {
  return { label, stories: fact.stories, article: sourceView(fact.article) };
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function factsView(facts: TrackFacts): TrackFactsView {
  return {
    tariffRates: facts.tariffRates.map((f) => ({ percent: f.value, ...view(f, `${f.value}%`) })),
    investments: facts.investmentsUsd.map((f) => ({ usd: f.value, ...view(f, formatUsd(f.value)) })),
    sectors: facts.sectors.map((f) => ({ sector: f.value, ...view(f, capitalised(f.value)) })),
    officials: facts.officials.map((f) => ({
      name: f.value.name,
      role: f.value.role ?? null,
      ...view(f, f.value.role ? `${f.value.name} (${f.value.role})` : f.value.name),
    })),
    fromArticles: facts.articles,
  };
}
