import type { Classification } from '../model/classification';
import type { Evidence } from '../model/events';
import type { SignalType } from '../model/signals';
import type { TrackDeadline, TrackStatus } from '../model/track';

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
}

export interface TrackState {
  trackId: string;
  status: TrackStatus;
  deadline: TrackDeadline | null;
  ledger: LedgerEntry[];
  /** Articles already applied (bounded), so re-processing is a no-op. */
  processed: string[];
  /** Evidence keys of the high-impact change that set the current status, if any. */
  statusSince?: number;
}

export function initialTrackState(trackId: string, deadline: TrackDeadline | null = null): TrackState {
  return { trackId, status: 'unknown', deadline, ledger: [], processed: [] };
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
  const entries: LedgerEntry[] = article.classification.signals.map((signal) => ({
    ...base,
    signal: signal.type,
    confidence: signal.confidence,
    sentence: signal.evidence,
    ...(article.classification.deadline &&
    (signal.type === 'deadline_set' || signal.type === 'deadline_extended')
      ? { deadline: article.classification.deadline }
      : {}),
  }));
  for (const denial of article.classification.denied ?? []) {
    entries.push({
      ...base,
      signal: denial.type,
      confidence: denial.confidence,
      sentence: denial.evidence,
      denied: true,
    });
  }
  const deadline = article.classification.deadline;
  if (deadline && !entries.some((entry) => entry.deadline === deadline)) {
    const sentence = article.classification.deadline_evidence ?? article.title;
    entries.push({ ...base, signal: 'deadline_set', confidence: 0.6, sentence, deadline });
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
