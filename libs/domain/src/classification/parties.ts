import type { TrackDefinition } from '../model/track';
import { FALSE_FRIENDS, PARTIES, US_TERMS, type PartyLexicon } from './lexicon';

export interface PartyMatcher {
  trackId: string;
  pattern: RegExp;
}

export interface PartyIndex {
  partners: PartyMatcher[];
  us: RegExp;
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termsPattern(terms: string[]): RegExp {
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![A-Za-z])(?:${sorted.join('|')})(?![A-Za-z])`, 'g');
}

/** The built-in lexicon, extended by configured tracks' keywords (US-side words stay on the US side). */
export function buildPartyIndex(tracks: TrackDefinition[] = []): PartyIndex {
  const usLower = new Set(US_TERMS.map((term) => term.toLowerCase()));
  const byId = new Map<string, string[]>(
    PARTIES.map((party: PartyLexicon) => [party.trackId, [...party.terms]]),
  );
  for (const track of tracks) {
    const extra = [...track.keywords, ...track.parties].filter(
      (word) =>
        word.trim().length > 1 &&
        !usLower.has(word.toLowerCase()) &&
        !/^(the )?(united states|us|u\.s\.)$/i.test(word.trim()),
    );
    byId.set(track.id, [...(byId.get(track.id) ?? []), ...extra]);
  }
  const partners = [...byId.entries()]
    .filter(([, terms]) => terms.length > 0)
    .map(([trackId, terms]) => ({ trackId, pattern: termsPattern(terms) }));
  return { partners, us: termsPattern(US_TERMS) };
}

export function maskFalseFriends(text: string): string {
  let masked = text;
  for (const pattern of FALSE_FRIENDS) masked = masked.replace(pattern, (match) => '#'.repeat(match.length));
  return masked;
}

export interface PartyMention {
  trackId: string;
  index: number;
}

/** Partner mentions in order of appearance (masked text: "North Korea" is not Korea). */
export function findPartyMentions(text: string, index: PartyIndex): PartyMention[] {
  const masked = maskFalseFriends(text);
  const mentions: PartyMention[] = [];
  for (const partner of index.partners) {
    partner.pattern.lastIndex = 0;
    for (const match of masked.matchAll(partner.pattern))
      mentions.push({ trackId: partner.trackId, index: match.index ?? 0 });
  }
  return mentions.sort((a, b) => a.index - b.index);
}

export function mentionsUs(text: string, index: PartyIndex): boolean {
  index.us.lastIndex = 0;
  return index.us.test(text);
}
