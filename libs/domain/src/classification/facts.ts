import type { Official } from '../model/classification';
import { escapeRegExp } from '../parties/term-scanner';
import type { SentenceContext } from './context';
import { SECTORS } from './lexicon';
import type { PartyIndex } from './parties';

const MONEY = /(?:US)?\$\s?(\d+(?:[.,]\d+)?)\s*(trillion|billion|million|bn|tn)\b/gi;
const INVEST = /\b(invest\w*|fund|pledge\w*|commit\w*|purchases?|package)\b/i;
const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, million: 1e6 };

/** Investment pledges in US dollars stated for the main track. */
export function extractInvestments(contexts: SentenceContext[], mainTrack: string): number[] {
  const amounts = new Set<number>();
  for (const context of contexts) {
    if (!context.attributed.includes(mainTrack) || !INVEST.test(context.text)) continue;
    for (const match of context.text.matchAll(MONEY)) {
      const value = Number(match[1].replace(',', '.')) * SCALE[match[2].toLowerCase()];
      if (Number.isFinite(value) && value > 0) amounts.add(value);
    }
  }
  return [...amounts].sort((a, b) => b - a);
}

export function extractSectors(contexts: SentenceContext[], mainTrack: string): string[] {
  const found: string[] = [];
  // The same sentences for every sector, chosen once and searched at once: no sector's words span a line
  // break, and a line break bounds a word as the text's ends do.
  const text = contexts
    .filter((context) => context.attributed.includes(mainTrack) && context.tradeCue)
    .map((context) => context.text)
    .join('\n');
  for (const [sector, pattern] of Object.entries(SECTORS)) if (pattern.test(text)) found.push(sector);
  return found;
}

interface OfficialPattern {
  pattern: RegExp;
  name: string;
  /** Its place in OfficialPatterns.all. */
  order: number;
}

interface OfficialPatterns {
  /** In the order names are reported. */
  all: OfficialPattern[];
  /**
   * By the spelling's leading run of word characters: a match of `\bspelling\b` starts a run of the text's
   * word characters that is exactly that lead.
   */
  byLead: Map<string, OfficialPattern[]>;
  /** Spellings that start with no word character: tried in every text. */
  withoutLead: OfficialPattern[];
  /** Finds every run of word characters that is some spelling's lead. */
  leads: RegExp | null;
}

function officialPatterns(index: PartyIndex): OfficialPatterns {
  const cached = patternCache.get(index);
  if (cached) return cached;
  const byLead = new Map<string, OfficialPattern[]>();
  const patterns: OfficialPatterns = { all: [], byLead, withoutLead: [], leads: null };
  for (const official of index.officials.values())
    for (const spelling of [official.name, ...official.aliases]) {
      const lead = /^\w+/.exec(spelling)?.[0] ?? null;
      const pattern = {
        pattern: new RegExp(`\\b${escapeRegExp(spelling)}\\b`),
        name: official.name,
        order: patterns.all.length,
      };
      patterns.all.push(pattern);
      if (lead === null) patterns.withoutLead.push(pattern);
      else byLead.set(lead, [...(byLead.get(lead) ?? []), pattern]);
    }
  if (byLead.size > 0)
    patterns.leads = new RegExp(`\\b(?:${[...byLead.keys()].map(escapeRegExp).join('|')})\\b`, 'g');
  patternCache.set(index, patterns);
  return patterns;
}
const patternCache = new WeakMap<PartyIndex, OfficialPatterns>();

/** The spellings a text may hold, found through their leads in one pass instead of a search for each. */
function possibleSpellings(text: string, known: OfficialPatterns): Set<OfficialPattern> {
  const possible = new Set(known.withoutLead);
  const leads = known.leads;
  if (!leads) return possible;
  leads.lastIndex = 0;
  for (let lead = leads.exec(text); lead; lead = leads.exec(text))
    for (const pattern of known.byLead.get(lead[0]) ?? []) possible.add(pattern);
  return possible;
}

const TITLES =
  'Minister|Secretary|Representative|President|Premier|Commissioner|Adviser|Advisor|Ambassador|Governor|envoy|negotiator|Chancellor';
const TITLED_NAME = new RegExp(
  `\\b((?:Deputy |Vice |Acting |Prime |Foreign |Finance |Trade |Industry |Commerce |Economy |Chief |Senior |U\\.S\\. |US )*(?:${TITLES}))(?: of (?:[A-Z]\\w*,? (?:and )?)+)?,? ((?:[A-Z][a-z]+(?:-[a-z]+)? ){1,2}[A-Z][a-z]+(?:-[a-z]+)?)(?![\\w-])`,
  'g',
);
/** Every match of TITLED_NAME holds one of its titles: a sentence without one is not searched. */
const HOLDS_TITLE = new RegExp(TITLES);

const sameName = (name: string) => name.toLowerCase().replace(/-/g, ' ');

/** Officials named in the article's own text, with their roles where known. */
export function extractOfficials(contexts: SentenceContext[], index: PartyIndex): Official[] {
  const known = officialPatterns(index);
  const byName = new Map<string, Official>();
  for (const context of contexts) {
    // The possible spellings in the order of `known.all`, without walking all of it for each sentence.
    const possible = [...possibleSpellings(context.text, known)].sort((a, b) => a.order - b.order);
    for (const { pattern, name } of possible) {
      if (!byName.has(name) && pattern.test(context.text)) {
        const role = index.officials.get(name)?.role;
        byName.set(name, role ? { name, role } : { name });
      }
    }
    if (!HOLDS_TITLE.test(context.text)) continue;
    for (const match of context.text.matchAll(TITLED_NAME)) {
      const name = match[2];
      const key = sameName(name);
      const known = [...byName.keys()].some(
        (existing) => sameName(existing).includes(key) || key.includes(sameName(existing)),
      );
      if (!known) byName.set(name, { name, role: match[1].trim() });
    }
  }
  return [...byName.values()];
}
