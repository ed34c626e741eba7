import type { Attribution, Classification } from '../model/classification';
import type { Evidence } from '../model/events';
import type { SignalType } from '../model/signals';
import type { TrackDeadline, TrackPhase, TrackStatus } from '../model/track';
import { attributionOf } from './attribution';

/** A classified article as the status machine receives it. */
export interface ClassifiedArticle {
  articleId: string;
  title: string;
  url: string;
  source: string;
  /** Syndicated copies of one story share it; they count once. */
  storyId?: string | null;
  publishedAt: string | null;
  classification: Classification;
}

/** One signal of one article, kept while it can still matter. */
export interface LedgerEntry {
  articleId: string;
  title: string;
  url: string;
  source: string;
  storyId: string;
  publishedAt: string | null;
  /** When it happened for the machine: publication time, else when it was processed (ms). */
  at: number;
  signal: SignalType;
  confidence: number;
  sentence: string;
  /** The article denies or retracts this signal rather than reporting it. */
  denied?: boolean;
  /** For deadline proposals: the YYYY-MM-DD the article states. */
  deadline?: string;
  /** For deadline proposals: the article also threatens a tariff or extends a pause. */
  withThreat?: boolean;
  /** Who backs the sentence (absent in ledgers stored before it existed: read as on record). */
  attribution?: Attribution;
}

/** A change announced as unconfirmed, waiting for a second outlet or an official statement. */
export interface PendingChange {
  eventId: string;
  fromPhase: TrackPhase;
  toPhase: TrackPhase;
  /** When it was announced (ms). */
  since: number;
  /** Latest report time (ms) behind it: if it is withdrawn, reports up to here cannot raise it again. */
  evidenceAt?: number;
}

/** A deadline move announced as unconfirmed; the old date's countdown is held meanwhile. */
export interface PendingDeadline {
  eventId: string;
  from: string | null;
  /** ISO instant and YYYY-MM-DD of the reported new deadline. */
  to: string;
  date: string;
  since: number;
  evidenceAt?: number;
}

export interface TrackState {
  trackId: string;
  /** Always PHASE_STATUS[phase]; kept for the API, events and states stored before phases. */
  status: TrackStatus;
  phase?: TrackPhase;
  deadline: TrackDeadline | null;
  /** false once a deal makes the deadline moot: its countdown stops until a new deadline is set. */
  deadlineBinding?: boolean;
  pending?: PendingChange | null;
  pendingDeadline?: PendingDeadline | null;
  /** Per phase, the report time (ms) up to which a withdrawn announcement's reports are spent. */
  dismissed?: Partial<Record<TrackPhase, number>>;
  /** Per date (YYYY-MM-DD), up to when a withdrawn deadline move's reports are spent. */
  dismissedDeadlines?: Record<string, number>;
  /** Deadlines (YYYY-MM-DD) moved away from: a later mention of them is background, not a move back. */
  formerDeadlines?: string[];
  ledger: LedgerEntry[];
  /** Articles already applied (bounded), so re-processing is a no-op. */
  processed: string[];
  /** Latest evidence time (ms) of the change that set the current phase: older reports cannot set it again. */
  statusSince?: number;
}

export function initialTrackState(trackId: string, deadline: TrackDeadline | null = null): TrackState {
  return {
    trackId,
    status: 'unknown',
    phase: 'unknown',
    deadline,
    deadlineBinding: true,
    ledger: [],
    processed: [],
  };
}

export function entriesOf(article: ClassifiedArticle, now: Date): LedgerEntry[] {
  const published = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
  const at = Number.isNaN(published) ? now.getTime() : Math.min(published, now.getTime());
  const base = {
    articleId: article.articleId,
    title: article.title,
    url: article.url,
    source: article.source,
    storyId: article.storyId ?? article.articleId,
    publishedAt: article.publishedAt,
    at,
  };
  const withThreat = article.classification.signals.some(
    (signal) => signal.type === 'tariff_threatened' || signal.type === 'deadline_extended',
  );
  const entries: LedgerEntry[] = article.classification.signals.map((signal) => ({
    ...base,
    signal: signal.type,
    confidence: signal.confidence,
    sentence: signal.evidence,
    attribution: attributionOf(signal.evidence, signal.attribution),
    ...(article.classification.deadline &&
    (signal.type === 'deadline_set' || signal.type === 'deadline_extended')
      ? { deadline: article.classification.deadline, withThreat }
      : {}),
  }));
  for (const denial of article.classification.denied ?? []) {
    entries.push({
      ...base,
      signal: denial.type,
      confidence: denial.confidence,
      sentence: denial.evidence,
      attribution: attributionOf(denial.evidence, denial.attribution),
      denied: true,
    });
  }
  const deadline = article.classification.deadline;
  if (deadline && !entries.some((entry) => entry.deadline === deadline)) {
    const sentence = article.classification.deadline_evidence ?? article.title;
    entries.push({
      ...base,
      signal: 'deadline_set',
      confidence: 0.6,
      sentence,
      deadline,
      withThreat,
      attribution: attributionOf(sentence),
    });
  }
  return entries;
}

export function toEvidence(entry: LedgerEntry): Evidence {
  return {
    articleId: entry.articleId,
    title: entry.title,
    url: entry.url,
    source: entry.source,
    publishedAt: entry.publishedAt,
    signal: entry.signal,
    sentence: entry.sentence,
    ...(entry.attribution ? { attribution: entry.attribution } : {}),
  };
}

/** Entries from distinct stories and distinct sources: syndicated copies count once. */
export function independentSources(entries: LedgerEntry[]): LedgerEntry[] {
  const stories = new Set<string>();
  const sources = new Set<string>();
  const picked: LedgerEntry[] = [];
  for (const entry of [...entries].sort((a, b) => b.confidence - a.confidence)) {
    const source = entry.source.trim().toLowerCase();
    if (stories.has(entry.storyId) || sources.has(source)) continue;
    stories.add(entry.storyId);
    sources.add(source);
    picked.push(entry);
  }
  return picked;
}
