import type { ClassifyInput } from '../model/article';
import type { Classification, TaggedSignal } from '../model/classification';
import { SIGNAL_TYPES } from '../model/signals';
import type { TrackDefinition } from '../model/track';
import { analyseSentences, attribute, type SentenceContext } from './context';
import { inferPublished, parsePublished } from './calendar';
import { deadlineOfSignal, extractDeadline } from './deadline';
import { deriveArticle } from './derived';
import { extractInvestments, extractOfficials, extractSectors } from './facts';
import { buildPartyIndex, type PartyIndex } from './parties';
import { extractTariffRates, PERCENT } from './rates';
import { judgeRelevance } from './relevance';
import { hasSignal, scanSignals, type SignalFinding, type SignalScan } from './rules/scan';
import { cutFurniture } from './text/furniture';
import { splitSentences } from './text/sentences';
import { CLASSIFIER_VERSION } from './version';

export interface ClassifyOptions {
  /** Configured tracks: their keywords extend the built-in lexicon. */
  tracks?: TrackDefinition[];
  /** The track to prefer when two score the same (default: kr-us). */
  defaultTrack?: string;
  /** Every finding at its raw confidence, uncalibrated and unfiltered (scripts/calibrate.ts). */
  raw?: boolean;
}

const DEFAULT_TRACK = 'kr-us';
/** News is told at the top; a bound keeps a pathological page from taking seconds. */
const MAX_TEXT_CHARS = 40_000;
let defaultIndex: PartyIndex | null = null;
const indexCache = new WeakMap<TrackDefinition[], PartyIndex>();
/** Callers may rebuild their track list per article: equal lists share one index. */
const indexBySignature = new Map<string, PartyIndex>();

function partyIndexFor(tracks: TrackDefinition[] | undefined): PartyIndex {
  if (!tracks || tracks.length === 0) return (defaultIndex ??= buildPartyIndex());
  let index = indexCache.get(tracks);
  if (!index) {
    const signature = JSON.stringify(tracks.map((track) => [track.id, track.parties, track.keywords]));
    index = indexBySignature.get(signature) ?? buildPartyIndex(tracks);
    if (indexBySignature.size > 32) indexBySignature.clear();
    indexBySignature.set(signature, index);
    indexCache.set(tracks, index);
  }
  return index;
}

function sentenceWeight(context: SentenceContext): number {
  const position = context.sentence.isTitle ? 3 : context.lead ? 2 : 1;
  return position * (context.tradeCue ? 1.5 : 1);
}

function chooseMainTrack(contexts: SentenceContext[], preferred: string): string | null {
  const scores = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  contexts.forEach((context, position) => {
    for (const party of context.parties) {
      scores.set(party, (scores.get(party) ?? 0) + sentenceWeight(context));
      if (!firstSeen.has(party)) firstSeen.set(party, position);
    }
  });
  // Naming the other side too makes a track the likelier subject (a UK–EU story names both).
  for (const context of contexts)
    for (const track of scores.keys())
      if (context.counterparts.has(track))
        scores.set(track, (scores.get(track) ?? 0) + sentenceWeight(context) / 2);
  let best: string | null = null;
  for (const [track, score] of scores) {
    const bestScore = best ? (scores.get(best) ?? 0) : -1;
    if (
      score > bestScore ||
      (score === bestScore &&
        best !== null &&
        (track === preferred ||
          (best !== preferred && (firstSeen.get(track) ?? 0) < (firstSeen.get(best) ?? 0))))
    )
      best = track;
  }
  return best;
}

/** A partner named before a rate in the same clause, with no main-track word between: "India ... 25 percent". */
function hasOwnRate(context: SentenceContext, party: string, mainTrack: string): boolean {
  for (const rate of context.text.matchAll(PERCENT)) {
    const at = rate.index ?? 0;
    const before = context.mentions.filter((mention) => mention.index < at);
    const last = before[before.length - 1];
    if (
      last &&
      last.trackId !== mainTrack &&
      before.some((mention) => mention.trackId === party) &&
      !/[;.]/.test(context.text.slice(last.index, at))
    )
      return true;
  }
  return false;
}

/** Other negotiations the article reports on in their own right, not in passing. */
function secondaryTracks(contexts: SentenceContext[], mainTrack: string): string[] {
  const counts = new Map<string, number>();
  const ownRate = new Set<string>();
  const order: string[] = [];
  for (const context of contexts) {
    if (!context.tradeCue && !context.talksCue) continue;
    for (const party of context.parties) {
      if (party === mainTrack) continue;
      if (!order.includes(party)) order.push(party);
      let weight = context.sentence.isTitle ? 2 : 1;
      if (hasOwnRate(context, party, mainTrack)) {
        weight += 2;
        ownRate.add(party);
      }
      counts.set(party, (counts.get(party) ?? 0) + weight);
    }
  }
  return order.filter(
    (party) => (counts.get(party) ?? 0) >= 3 && (ownRate.has(party) || reportsOwnNews(contexts, party)),
  );
}

/** The partner has news of its own: a signal in a sentence that names it and no other partner. */
function reportsOwnNews(contexts: SentenceContext[], party: string): boolean {
  const own = contexts.filter((context) => context.parties.length === 1 && context.parties[0] === party);
  return hasSignal(own, party);
}

function toTagged(findings: SignalFinding[]): TaggedSignal[] {
  const order = (type: string) => (SIGNAL_TYPES as readonly string[]).indexOf(type);
  return [...findings]
    .sort((a, b) => order(a.type) - order(b.type))
    .map(({ type, confidence, evidence }) => ({ type, confidence, evidence }));
}

/** Classifies one article: pure, synchronous, and every signal carries the sentence behind it. */
export function classifyArticle(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  return explainArticle(input, options).classification;
}

export interface ExplainedClassification {
  classification: Classification;
  /** Each tagged signal with the rule and clause behind it (evaluate's mistakes list). */
  findings: SignalFinding[];
}

export function explainArticle(input: ClassifyInput, options: ClassifyOptions = {}): ExplainedClassification {
  const given = parsePublished(input.published) ?? inferPublished(input.url, '');
  const published = given ?? inferPublished(input.url, input.text ?? '');
  const index = partyIndexFor(options.tracks);
  const own = cutFurniture((input.text ?? '').slice(0, MAX_TEXT_CHARS));
  const sentences = splitSentences(own.text, input.title);
  const contexts = analyseSentences(sentences, published, index);
  const mainTrack = chooseMainTrack(contexts, options.defaultTrack ?? DEFAULT_TRACK);
  attribute(contexts, mainTrack);
  let calibrated: SignalScan | null = null;
  const scanned = (): SignalScan =>
    (calibrated ??= mainTrack ? scanSignals(contexts, mainTrack) : { signals: [], denied: [] });
  const relevant = judgeRelevance(contexts, mainTrack, () => scanned().signals.length > 0);
  const base: Classification = {
    id: input.id,
    relevant: false,
    tracks: [],
    signals: [],
    deadline: null,
    tariff_rates: [],
    classifier_version: CLASSIFIER_VERSION,
  };
  if (!relevant || !mainTrack) return { classification: base, findings: [] };

  const scan = options.raw ? scanSignals(contexts, mainTrack, { raw: true }) : scanned();
  const tariffRates = extractTariffRates(contexts, mainTrack, index);
  const deadline =
    extractDeadline(contexts, mainTrack, published, {
      dayFromText: given === null,
      extended: scan.signals.some((signal) => signal.type === 'deadline_extended'),
    }) ?? deadlineOfSignal(scan.signals, contexts);
  const { signals, deadline: stated } = deriveArticle(scan.signals, {
    contexts,
    deadline,
    published,
    tariffRates,
  });
  const classification: Classification = {
    ...base,
    relevant: true,
    tracks: [mainTrack, ...secondaryTracks(contexts, mainTrack)],
    signals: toTagged(signals),
    deadline: stated?.date ?? null,
    ...(stated ? { deadline_evidence: stated.sentence } : {}),
    tariff_rates: tariffRates,
    investments_usd: extractInvestments(contexts, mainTrack),
    sectors: extractSectors(contexts, mainTrack),
    officials: extractOfficials(contexts, index),
    ...(scan.denied.length > 0 ? { denied: toTagged(scan.denied) } : {}),
  };
  return { classification, findings: signals };
}
