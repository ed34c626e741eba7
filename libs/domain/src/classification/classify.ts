import type { ClassifyInput } from '../model/article';
import type { Classification, TaggedSignal } from '../model/classification';
import { SIGNAL_TYPES } from '../model/signals';
import type { TrackDefinition } from '../model/track';
import { analyseSentences, attribute, type SentenceContext } from './context';
import { inferPublished, parsePublished } from './dates';
import { deadlineOfSignal, extractDeadline } from './deadline';
import { deriveSignals } from './derived';
import { extractInvestments, extractOfficials, extractSectors } from './facts';
import { buildPartyIndex, type PartyIndex } from './parties';
import { extractTariffRates, PERCENT, PERCENT_TEXT } from './rates';
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
/** Stocks as the market, not "take stock". */
const STOCK_MARKET = String.raw`(?<!\b(?:take|takes|taking|taken|took) )stocks?`;
const OFF_TOPIC_LEAD = new RegExp(
  String.raw`\b(central bank|monetary policy|interest rates?|key rate|base rate|rate (?:hike|cut|hold)|Bank of (?:Korea|Japan|England)|BOK|BOJ|BoJ|Federal Reserve|KOSPI|Kospi|KOSDAQ|Nikkei 225|${STOCK_MARKET}|shares|equities|benchmark index|exchange rate|bond yields?|earnings|operating profit|net profit|quarterly|(?:first|second|third|fourth)-quarter|revenue|won (?:weakened|strengthened|fell|rose))\b`,
);
/** A rate decision headline: the tariff deal is only its backdrop. */
const MONETARY_TITLE =
  /\b(central bank|Bank of (?:Korea|Japan|England)|BOK|BOJ|BoJ|Federal Reserve|Fed|ECB|RBI|MPC|repo rate|(?:base|policy|interest|key|benchmark) rates?|rate (?:hikes?|cuts?|holds?|freeze|decisions?)|holds? rates)\b/;
/**
 * A central bank's rate decision is the headline's subject even when it names the talks ("ECB holds rates as
 * tariff talks go to the wire"): the labels' hard negatives. An institution named alone ("a Bank of Korea–US
 * Treasury swap") is not a decision.
 */
const RATE_DECISION_TITLE =
  /\b(?:(?:holds?|keeps?|kept|leaves?|left|cuts?|raises?|hikes?|lowers?|trims?|pauses?)\s+(?:(?!tariff|dut|lev)\w+\s+){0,2}(?:interest\s+)?rates?|rates?\s+(?:unchanged|steady|on hold)|rate[- ](?:cuts?|hikes?|holds?|decisions?)|MPC|monetary policy (?:committee|meeting|decision))\b/i;
/** Headlines whose subject is markets, trade data or a company's results: the negotiation is their backdrop. */
const OTHER_SUBJECT_TITLE = new RegExp(
  String.raw`\b(${STOCK_MARKET}|shares|equities|Wall Street|Dow|Nasdaq|S&P 500|Nikkei|KOSPI|Kospi|bond yields?|trade (?:deficit|surplus|data)|exports? (?:beat|rose|rise|fell|fall|grew|jump\w*|slump\w*|surg\w*)|GDP|inflation|(?:profit|earnings|revenue|sales) (?:forecasts?|outlook|guidance)|(?:net|operating|quarterly|annual) (?:profits?|income|earnings)|profits? (?:falls?|fell|drops?|dropped|rises?|rose|jumps?|jumped|slumps?|slumped|plunges?|plunged|surges?|surged))\b`,
  'i',
);
/** Trade blocs with no track of their own: "the EU and Mercosur sign a trade pact" is a pair of partners. */
const OTHER_BLOC =
  /\b(Mercosur|ASEAN|EFTA|CPTPP|Trans-Pacific Partnership|Gulf Cooperation Council|GCC|African Union|Pacific Alliance|Andean Community|Eurasian Economic Union)\b/;
/**
 * A court ruling on the tariffs is its own subject, unless the headline names the partner: "Seoul watches
 * Supreme Court case", "Japan spared 15% levy after ruling" tell the negotiation's side of it.
 */
const COURT_TITLE =
  /\b((?:appeals|supreme|federal|trade|district) court|court of international trade|court (?:rules|ruled|ruling|strikes)|judges?|justices|lawsuits?)\b/i;

const SECTOR_GOODS = String.raw`(?:semiconductors?|chips?|pharmaceuticals?|drugs?|trucks?|lumber|timber|movies?|films?|copper|furniture|cabinets?|steel|alumini?um)`;
/**
 * A tariff on a sector's goods named in a headline that names no partner ("US puts a 10% duty on
 * timber and 25% on cabinets") is a sector tariff with no negotiation, the labels' hard negative.
 */
const SECTOR_TITLE = new RegExp(
  String.raw`\b(?:tariffs?|duties|duty|levy|levies)\b[^.;]{0,40}\b${SECTOR_GOODS}\b|\b${SECTOR_GOODS}\s+(?:tariffs?|duties|levy|levies)\b`,
  'i',
);

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

const TARIFF_WORD = /\b(tariffs?|levy|levies|duties|reciprocal)\b/i;

/** Both sides' negotiators at the table: the tracked negotiation even when no trade word is repeated, unless the article names another agenda. */
const BILATERAL_TALKS = /\b(negotiators?|negotiations|talks)\b/i;
const NOT_TRADE_TALKS =
  /\b(nuclear|military|defen[cs]e|(?<!economic )security|troops|alliance|North Korea|Pyongyang|missiles?|(?<!trade )war|peace|climate|visas?|immigration|raid|detain\w*|Foreign Minister|Secretary of State|diplomats?)\b/i;

/** What a tariff sentence about the partner says that makes it news of the negotiation ("100% tariffs", "truce"). */
const TARIFF_NEWS = new RegExp(
  String.raw`\b(?:letters?|deadline|rates?|extensions?|truce|pause|(?:in|into) (?:force|effect)|(?:take|takes|took|taking) effect)\b|${PERCENT_TEXT}`,
  'i',
);

function isTopical(context: SentenceContext, mainTrack: string, otherAgenda: boolean): boolean {
  const bilateral = context.parties.includes(mainTrack) || context.us || context.parties.length === 0;
  if (
    context.talksCue &&
    /\b(tariffs?|trade|levy|levies|duties|investments?|reciprocal|imports?|exports?)\b/i.test(context.text) &&
    bilateral
  )
    return true;
  if (context.parties.includes(mainTrack) && context.us && !otherAgenda && BILATERAL_TALKS.test(context.text))
    return true;
  return (
    TARIFF_WORD.test(context.text) && context.parties.includes(mainTrack) && TARIFF_NEWS.test(context.text)
  );
}

/** Without a headline, the first sentence says what the story is about. */
function headlineOf(contexts: SentenceContext[]): SentenceContext | undefined {
  return contexts.find((context) => context.sentence.isTitle) ?? contexts[0];
}

/**
 * A headline about two partners' own relation ("India-EU FTA", "Britain and India sign pact") that does not
 * name the main track's counterpart: the tracked negotiation is at most its backdrop.
 */
function pairOfPartnersTitle(contexts: SentenceContext[], mainTrack: string): boolean {
  const title = headlineOf(contexts);
  if (!title || title.counterparts.has(mainTrack)) return false;
  const partners = new Set(title.mentions.map((mention) => mention.trackId)).size;
  return partners >= 2 || (partners === 1 && OTHER_BLOC.test(title.text));
}

/** `hasSignals` scans the sentences: asked last, so that an article judged without it is never scanned. */
function judgeRelevance(
  contexts: SentenceContext[],
  mainTrack: string | null,
  hasSignals: () => boolean,
): boolean {
  if (!mainTrack || !contexts.some((context) => context.us)) return false;
  const otherAgenda = contexts.some((context) => NOT_TRADE_TALKS.test(context.text));
  const headline = headlineOf(contexts);
  // The headline, or the first sentence of an untitled story, says what the story is about: it counts twice.
  const topical = contexts.reduce(
    (sum, context) => sum + (isTopical(context, mainTrack, otherAgenda) ? (context === headline ? 2 : 1) : 0),
    0,
  );
  const lead = contexts
    .filter((context) => context.lead)
    .map((context) => context.text)
    .join(' ');
  const title = headline?.text ?? '';
  // An untitled story's subject is its lead, not only its first sentence ("The decision was as expected. The
  // central bank held its policy rate ...").
  const subject = headline?.sentence.isTitle ? title : lead;
  if (RATE_DECISION_TITLE.test(subject) && MONETARY_TITLE.test(`${title} ${lead}`)) return false;
  const courtOnly = COURT_TITLE.test(title) && !headline?.parties.includes(mainTrack);
  const sectorOnly = SECTOR_TITLE.test(title) && headline?.sentence.isTitle && headline.parties.length === 0;
  if (MONETARY_TITLE.test(title) || OTHER_SUBJECT_TITLE.test(title) || courtOnly || sectorOnly)
    return topical >= 5;
  // Two partners' own pact is the story: the tracked negotiation must show in sentences that name its counterpart.
  if (pairOfPartnersTitle(contexts, mainTrack))
    return contexts.filter((context) => context.us && isTopical(context, mainTrack, otherAgenda)).length >= 2;
  if (OFF_TOPIC_LEAD.test(lead)) return topical >= 3;
  return topical >= 2 || (topical >= 1 && hasSignals());
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
  const published = parsePublished(input.published) ?? inferPublished(input.url, input.text ?? '');
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
    extractDeadline(contexts, mainTrack, published) ?? deadlineOfSignal(scan.signals, contexts);
  const signals = deriveSignals(scan.signals, { contexts, deadline, published, tariffRates });
  const classification: Classification = {
    ...base,
    relevant: true,
    tracks: [mainTrack, ...secondaryTracks(contexts, mainTrack)],
    signals: toTagged(signals),
    deadline: deadline?.date ?? null,
    ...(deadline ? { deadline_evidence: deadline.sentence } : {}),
    tariff_rates: tariffRates,
    investments_usd: extractInvestments(contexts, mainTrack),
    sectors: extractSectors(contexts, mainTrack),
    officials: extractOfficials(contexts, index),
    ...(scan.denied.length > 0 ? { denied: toTagged(scan.denied) } : {}),
  };
  return { classification, findings: signals };
}
