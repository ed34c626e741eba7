import { TermScanner, wordsOf, type TermMatch } from './term-scanner';
import type { TrackDefinition, TrackParty } from '../model/track';

/** What a matcher needs to know about a track. */
export type MatchableTrack = Pick<TrackDefinition, 'id' | 'parties'> & { keywords?: string[] };

export interface PartyMention {
  trackId: string;
  /** 0: the partner (first party), 1: its counterpart. */
  side: 0 | 1;
  party: string;
  /** The configured word that matched. */
  term: string;
  /** The word is one of the track's keywords (not only a party's name, alias, official or agency). */
  keyword: boolean;
  index: number;
  length: number;
}

/** Every word that names a party: its name, aliases, officials (and their aliases) and agencies. */
export function partyTerms(party: TrackParty): string[] {
  return [
    party.name,
    ...(party.aliases ?? []),
    ...(party.officials ?? []).flatMap((official) => [official.name, ...(official.aliases ?? [])]),
    ...(party.agencies ?? []),
  ];
}

const FOLDED = new Map<string, string>();
const FOLDED_LIMIT = 4096;
const NOT_ASCII = /[^\p{ASCII}]/gu;

function foldCharacter(char: string): string {
  const cached = FOLDED.get(char);
  if (cached !== undefined) return cached;
  const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
  const folded = bare.length === char.length ? bare : char;
  if (FOLDED.size < FOLDED_LIMIT) FOLDED.set(char, folded);
  return folded;
}

/**
 * Folds diacritics one character at a time ("Šefčovič" → "Sefcovic") so indices into the folded text are
 * indices into the original. Each character is normalised once: curly quotes put most sentences off the
 * ASCII path, and normalising them again in every sentence was a tenth of the party matcher's time.
 */
export function foldDiacritics(text: string): string {
  return text.replace(NOT_ASCII, foldCharacter);
}

/** One run of ASCII letters and digits: nothing to fold and no spaces or hyphens, so only its case changes. */
const ASCII_RUN = /^[A-Za-z0-9]+$/;

/** A term's or match's key in the entries: folded, lower case, each run of spaces and hyphens one space. */
const canonical = (text: string) =>
  ASCII_RUN.test(text)
    ? text.toLowerCase()
    : foldDiacritics(text)
        .toLowerCase()
        .replace(/[\s-]+/g, ' ');

/**
 * Letter case: a word written in lower case matches in any case; a name written with capitals matches as
 * written or in all capitals (headlines). So "US" never meets the pronoun "us", and "Trump" not "trump card".
 * A name of several words varies inside ("Kim Jeong-Kwan", "Von der Leyen" opening a sentence): it matches in
 * any case that starts with a capital.
 */
function caseAllows(entry: TermEntry, found: string): boolean {
  if (entry.anyCase) return true;
  const written = found.replace(/[\s-]+/g, '');
  if (written === entry.written || written === entry.writtenUpper) return true;
  return (
    entry.severalWords && /^\p{Lu}/u.test(found) && written.toLowerCase() === entry.written.toLowerCase()
  );
}

interface TermEntry {
  term: string;
  /** Written in lower case: matches in any case. */
  anyCase: boolean;
  /** The term folded and without spaces or hyphens, as written and in capitals (caseAllows, per match). */
  written: string;
  writtenUpper: string;
  /** Two or more words, or words joined by a hyphen. */
  severalWords: boolean;
  owners: { trackId: string; side: 0 | 1; party: string; keyword: boolean }[];
  partnerTracks: string[];
  counterpartParties: string[];
}

export interface PartyHit {
  index: number;
  term: string;
  /** Tracks whose partner (first party) the word names. */
  partnerTracks: readonly string[];
  /** Names of the counterpart parties (second party of some track) the word names. */
  counterpartParties: readonly string[];
}

function compile(terms: string[]): TermScanner | null {
  const scanner = new TermScanner(terms.map((term) => foldDiacritics(term.trim())));
  return scanner.empty ? null : scanner;
}

/**
 * The one matcher for "which negotiation does this text name": the poller's pre-filter and the classifier
 * both use it, so they agree on case, diacritics, hyphens and false friends ("North Korea" is not Korea).
 */
export class PartyMatcher {
  private readonly entries = new Map<string, TermEntry[]>();
  private readonly pattern: TermScanner | null;
  private readonly notWhen: TermScanner | null;
  readonly tracks: readonly MatchableTrack[];

  constructor(tracks: readonly MatchableTrack[]) {
    this.tracks = tracks;
    const all: string[] = [];
    const masks: string[] = [];
    for (const track of tracks) {
      const sideTerms = track.parties.slice(0, 2).map((party) => partyTerms(party));
      const counterpart = new Set((sideTerms[1] ?? []).map(canonical));
      // A track's keywords name its partner, unless they name the counterpart ("US" in a kr-us keyword list).
      const keywords = track.keywords ?? [];
      const keywordSet = new Set(keywords.map((word) => word.trim()));
      const sides: [string[], string[]] = [
        [...keywords.filter((word) => !counterpart.has(canonical(word))), ...(sideTerms[0] ?? [])],
        [...keywords.filter((word) => counterpart.has(canonical(word))), ...(sideTerms[1] ?? [])],
      ];
      sides.forEach((terms, side) => {
        const party = track.parties[side]?.name ?? '';
        for (const raw of terms) {
          const term = raw.trim();
          if (term.length < 2) continue;
          const key = canonical(term);
          const list = this.entries.get(key) ?? [];
          let entry = list.find((candidate) => candidate.term === term);
          if (!entry) {
            const written = foldDiacritics(term).replace(/[\s-]+/g, '');
            entry = {
              term,
              anyCase: term === term.toLowerCase(),
              written,
              writtenUpper: written.toUpperCase(),
              severalWords: /[\s-]/.test(term),
              owners: [],
              partnerTracks: [],
              counterpartParties: [],
            };
            list.push(entry);
            this.entries.set(key, list);
            all.push(term);
          }
          if (side === 0 && !entry.partnerTracks.includes(track.id)) entry.partnerTracks.push(track.id);
          if (side === 1 && !entry.counterpartParties.includes(party)) entry.counterpartParties.push(party);
          if (!entry.owners.some((owner) => owner.trackId === track.id && owner.side === side))
            entry.owners.push({
              trackId: track.id,
              side: side as 0 | 1,
              party,
              keyword: keywordSet.has(term),
            });
        }
      });
      for (const party of track.parties) masks.push(...(party.notWhen ?? []));
    }
    this.pattern = compile(all);
    this.notWhen = compile(masks);
  }

  /**
   * Every party word in the text, in order, with the tracks whose partner it names and the names of the
   * counterpart parties it names (one entry for "US" however many tracks share it: the classifier's hot path).
   */
  scan(text: string): PartyHit[] {
    if (!this.pattern) return [];
    const hits: PartyHit[] = [];
    for (const match of this.find(this.pattern, text)) {
      for (const entry of this.entries.get(canonical(match.text)) ?? []) {
        if (!caseAllows(entry, match.text)) continue;
        hits.push({
          index: match.index,
          term: entry.term,
          partnerTracks: entry.partnerTracks,
          counterpartParties: entry.counterpartParties,
        });
      }
    }
    return hits;
  }

  /** Every party word in the text, in order; a word shared by several tracks yields one mention per track. */
  mentions(text: string): PartyMention[] {
    if (!this.pattern) return [];
    const mentions: PartyMention[] = [];
    for (const match of this.find(this.pattern, text)) {
      const entries = this.entries.get(canonical(match.text)) ?? [];
      for (const entry of entries) {
        if (!caseAllows(entry, match.text)) continue;
        for (const owner of entry.owners)
          mentions.push({ ...owner, term: entry.term, index: match.index, length: match.text.length });
      }
    }
    return mentions;
  }

  /** Party words in the text with diacritics folded and false friends ("North Korea") blanked out. */
  private find(pattern: TermScanner, text: string): TermMatch[] {
    const folded = foldDiacritics(text);
    const words = wordsOf(folded);
    if (!this.notWhen) return pattern.find(folded, words);
    const masked = this.notWhen.mask(folded, words);
    return pattern.find(masked.text, masked.words);
  }

  /** Per track, the configured words found in the text. */
  termsByTrack(text: string): Map<string, PartyMention[]> {
    const byTrack = new Map<string, PartyMention[]>();
    for (const mention of this.mentions(text)) {
      const list = byTrack.get(mention.trackId) ?? [];
      list.push(mention);
      byTrack.set(mention.trackId, list);
    }
    return byTrack;
  }
}
