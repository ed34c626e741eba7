import type { TrackDefinition } from '@dw/domain';

/** Lowercase, diacritics removed, so "Séoul" meets "Seoul" and "SOUTH KOREA" meets "South Korea". */
export function foldForMatching(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface TrackMatcher {
  trackId: string;
  /** The keywords and parties found in the text, as configured. */
  matches(text: string): string[];
}

/**
 * A word-boundary matcher for one track's keywords and parties: "US" matches "US tariffs" but
 * not "USB" or "focus"; flexible inner whitespace and hyphens ("South-Korea").
 */
function termPattern(term: string): { term: string; pattern: RegExp } {
  const body = foldForMatching(term)
    .split(/[\s-]+/)
    .map(escapeRegExp)
    .join('[\\s\\-]+');
  return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u') };
}

function clean(terms: string[]): string[] {
  return [...new Set(terms.map((t) => t.trim()).filter((t) => t !== ''))];
}

/**
 * Passes an item that names any keyword, or names every party (a party such as "United States"
 * alone says nothing about which negotiation an item is about).
 */
export function compileTrackMatcher(
  track: Pick<TrackDefinition, 'id' | 'keywords' | 'parties'>,
): TrackMatcher {
  const keywords = clean(track.keywords).map(termPattern);
  const parties = clean(track.parties).map(termPattern);
  return {
    trackId: track.id,
    matches(text: string): string[] {
      const folded = foldForMatching(text);
      const found = keywords.filter((p) => p.pattern.test(folded)).map((p) => p.term);
      const partiesFound = parties.filter((p) => p.pattern.test(folded)).map((p) => p.term);
      if (parties.length > 0 && partiesFound.length === parties.length)
        found.push(...partiesFound.filter((t) => !found.includes(t)));
      return found;
    },
  };
}

export interface PrefilterResult {
  trackIds: string[];
  /** Per track, the terms that let the item through. */
  matched: Record<string, string[]>;
}

/**
 * The relevance pre-filter: an item goes on to classification for every track whose keywords it
 * mentions (or all of whose parties it names). Recall first: the classifier decides relevance, this only spares it the
 * plainly unrelated. An item that matches two tracks goes to both.
 */
export class Prefilter {
  private readonly matchers: TrackMatcher[];

  constructor(tracks: Pick<TrackDefinition, 'id' | 'keywords' | 'parties'>[]) {
    this.matchers = tracks.map(compileTrackMatcher);
  }

  check(article: { title: string; text: string }): PrefilterResult {
    const text = `${article.title}\n${article.text}`;
    const matched: Record<string, string[]> = {};
    for (const matcher of this.matchers) {
      const terms = matcher.matches(text);
      if (terms.length > 0) matched[matcher.trackId] = terms;
    }
    return { trackIds: Object.keys(matched), matched };
  }
}

export function prefilter(
  article: { title: string; text: string },
  tracks: Pick<TrackDefinition, 'id' | 'keywords' | 'parties'>[],
): PrefilterResult {
  return new Prefilter(tracks).check(article);
}
