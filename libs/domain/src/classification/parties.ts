import {
  DEFAULT_TRACKS,
  PartyMatcher,
  withKnownParties,
  type MatchableTrack,
  type PartyHit,
} from '../parties';

export interface PartyIndex {
  matcher: PartyMatcher;
  /** Officials by full name, with their roles, from every track's parties. */
  officials: Map<string, { name: string; role?: string; aliases: string[] }>;
  /** Each track's counterpart party name. */
  counterpartOf: Map<string, string>;
}

export interface PartyMention {
  trackId: string;
  index: number;
}

/** The tracks whose counterpart a text names, answered through the counterpart party's name. */
export class CounterpartTracks {
  constructor(
    private readonly parties: ReadonlySet<string>,
    private readonly counterpartOf: ReadonlyMap<string, string>,
  ) {}

  has(trackId: string): boolean {
    const party = this.counterpartOf.get(trackId);
    return party !== undefined && this.parties.has(party);
  }

  get size(): number {
    return this.parties.size;
  }
}

export interface SentenceParties {
  /** Tracks whose partner (first party) the text names, in order of first mention. */
  partners: PartyMention[];
  /** Tracks whose counterpart (second party) the text names. */
  counterparts: CounterpartTracks;
  /** Where each counterpart word starts, with the tracks it is the counterpart of. */
  counterpartAt: Map<number, CounterpartTracks>;
}

/** The default partner tracks, replaced by configured tracks with the same id and extended by the others. */
export function buildPartyIndex(tracks: readonly MatchableTrack[] = []): PartyIndex {
  const configured = new Set(tracks.map((track) => track.id));
  const all: MatchableTrack[] = [
    ...DEFAULT_TRACKS.filter((track) => !configured.has(track.id)),
    ...tracks.map(withKnownParties),
  ];
  const officials = new Map<string, { name: string; role?: string; aliases: string[] }>();
  for (const track of all)
    for (const party of track.parties)
      for (const official of party.officials ?? [])
        if (!officials.has(official.name))
          officials.set(official.name, {
            name: official.name,
            role: official.role,
            aliases: official.aliases ?? [],
          });
  const counterpartOf = new Map(
    all.filter((track) => track.parties[1]).map((track) => [track.id, track.parties[1].name]),
  );
  return { matcher: new PartyMatcher(all), officials, counterpartOf };
}

/** A partner named as the benchmark of a comparison: "a profit split similar to Japan's", "like Japan". */
const COMPARED_BEFORE =
  /\b(?:similar to|(?<!\b(?:would|[’']d|to|we|they|i|you)\s+)like|unlike|same as|in line with|akin to|comparable to|modell?ed on|mirroring)\s+(?:that of\s+|those of\s+)?$/i;
/** ... or glued to "-style": "a Japan-style fund". */
const COMPARED_AFTER = /^(?:['’]s)?-style\b/i;
/** The comparison words stand right before the name: read only that far back, once per name found. */
const COMPARED_REACH = 40;

/**
 * A benchmark is not a side of the sentence: "The US demanded a profit split similar to Japan's" is news of
 * the main track's talks. A sentence that names only its benchmark then speaks for the track it follows.
 */
function withoutBenchmarks(text: string, hits: PartyHit[]): PartyHit[] {
  return hits.filter(
    (hit) =>
      hit.partnerTracks.length === 0 ||
      !(
        COMPARED_BEFORE.test(text.slice(Math.max(0, hit.index - COMPARED_REACH), hit.index)) ||
        COMPARED_AFTER.test(text.slice(hit.index + hit.term.length))
      ),
  );
}

/** A currency's sign glued to a country's name ("US$694 billion", "NZ$2 million") names money, not the country. */
function withoutCurrencySigns(text: string, hits: PartyHit[]): PartyHit[] {
  return hits.filter((hit) => text.charAt(hit.index + hit.term.length) !== '$');
}

export function findParties(text: string, index: PartyIndex): SentenceParties {
  const partners: PartyMention[] = [];
  const names = new Set<string>();
  const counterpartAt = new Map<number, CounterpartTracks>();
  for (const hit of withoutBenchmarks(text, withoutCurrencySigns(text, index.matcher.scan(text)))) {
    for (const trackId of hit.partnerTracks) partners.push({ trackId, index: hit.index });
    if (hit.counterpartParties.length > 0) {
      for (const name of hit.counterpartParties) names.add(name);
      counterpartAt.set(
        hit.index,
        new CounterpartTracks(new Set(hit.counterpartParties), index.counterpartOf),
      );
    }
  }
  return { partners, counterparts: new CounterpartTracks(names, index.counterpartOf), counterpartAt };
}

/** Partner mentions in order of appearance ("North Korea" is not Korea). */
export function findPartyMentions(text: string, index: PartyIndex): PartyMention[] {
  return findParties(text, index).partners;
}
