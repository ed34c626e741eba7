import { PartyMatcher, partyTerms, withKnownParties, type MatchableTrack } from '@dw/domain';

export interface PrefilterResult {
  trackIds: string[];
  /** Per track, the terms that let the item through, in the order they are configured. */
  matched: Record<string, string[]>;
}

type PrefilterTrack = MatchableTrack & { keywords: string[] };

/**
 * The relevance pre-filter: an item goes on to classification for every track whose keywords it
 * mentions, or all of whose parties it names (a party such as "United States" alone says nothing about which
 * negotiation an item is about). Recall first: the classifier decides relevance, this only spares it the
 * plainly unrelated. An item that matches two tracks goes to both. Matching (case, diacritics, hyphens, false
 * friends) is the classifier's own: one `PartyMatcher`.
 */
export class Prefilter {
  private readonly matcher: PartyMatcher;
  private readonly order: Map<string, string[]>;

  private readonly tracks: PrefilterTrack[];

  constructor(tracks: PrefilterTrack[]) {
    this.tracks = tracks.map(withKnownParties);
    this.matcher = new PartyMatcher(this.tracks);
    this.order = new Map(
      this.tracks.map((track) => [track.id, [...track.keywords, ...track.parties.flatMap(partyTerms)]]),
    );
  }

  check(article: { title: string; text: string }): PrefilterResult {
    const byTrack = this.matcher.termsByTrack(`${article.title}\n${article.text}`);
    const matched: Record<string, string[]> = {};
    for (const track of this.tracks) {
      const mentions = byTrack.get(track.id) ?? [];
      const keywordHit = mentions.some((mention) => mention.keyword);
      const sides = new Set(mentions.map((mention) => mention.side));
      const everyParty = track.parties.length > 0 && sides.size >= Math.min(2, track.parties.length);
      if (!keywordHit && !everyParty) continue;
      const found = new Set(
        mentions.filter((mention) => mention.keyword || everyParty).map((mention) => mention.term),
      );
      matched[track.id] = [...new Set((this.order.get(track.id) ?? []).filter((term) => found.has(term)))];
    }
    return { trackIds: Object.keys(matched), matched };
  }
}

export function prefilter(
  article: { title: string; text: string },
  tracks: PrefilterTrack[],
): PrefilterResult {
  return new Prefilter(tracks).check(article);
}
