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
  for (const [sector, pattern] of Object.entries(SECTORS)) {
    if (
      contexts.some(
        (context) => context.attributed.includes(mainTrack) && context.tradeCue && pattern.test(context.text),
      )
    )
      found.push(sector);
  }
  return found;
}

interface OfficialPattern {
  spelling: string;
  pattern: RegExp;
  name: string;
}

function officialPatterns(index: PartyIndex): OfficialPattern[] {
  const cached = patternCache.get(index);
  if (cached) return cached;
  const patterns: OfficialPattern[] = [];
  for (const official of index.officials.values())
    for (const spelling of [official.name, ...official.aliases])
      patterns.push({
        spelling,
        pattern: new RegExp(`\\b${escapeRegExp(spelling)}\\b`),
        name: official.name,
      });
  patternCache.set(index, patterns);
  return patterns;
}
const patternCache = new WeakMap<PartyIndex, OfficialPattern[]>();

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
    for (const { spelling, pattern, name } of known) {
      // The pattern is the spelling between word boundaries: a text without the spelling cannot match it.
      if (!byName.has(name) && context.text.includes(spelling) && pattern.test(context.text)) {
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
