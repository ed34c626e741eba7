import type { TrackDefinition } from '../model/track';
import { DEFAULT_TRACKS, PartyMatcher, withKnownParties, type MatchableTrack } from '../parties';

export interface PartyIndex {
  matcher: PartyMatcher;
  /** Officials by full name, with their roles, from every track's parties. */
  officials: Map<string, { name: string; role?: string; aliases: string[] }>;
}

export interface PartyMention {
  trackId: string;
  index: number;
}

export interface SentenceParties {
  /** Tracks whose partner (first party) the text names, in order of first mention. */
  partners: PartyMention[];
  /** Tracks whose counterpart (second party) the text names. */
  counterparts: Set<string>;
  /** Where each counterpart word starts, with the tracks it is the counterpart of. */
  counterpartAt: Map<number, Set<string>>;
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
  return { matcher: new PartyMatcher(all), officials };
}

export function findParties(text: string, index: PartyIndex): SentenceParties {
  const partners: PartyMention[] = [];
  const counterparts = new Set<string>();
  const counterpartAt = new Map<number, Set<string>>();
  for (const mention of index.matcher.mentions(text)) {
    if (mention.side === 0) partners.push({ trackId: mention.trackId, index: mention.index });
    else {
      counterparts.add(mention.trackId);
      const at = counterpartAt.get(mention.index) ?? new Set<string>();
      at.add(mention.trackId);
      counterpartAt.set(mention.index, at);
    }
  }
  return { partners, counterparts, counterpartAt };
}

/** Partner mentions in order of appearance ("North Korea" is not Korea). */
export function findPartyMentions(text: string, index: PartyIndex): PartyMention[] {
  return findParties(text, index).partners;
}

export type { TrackDefinition };
