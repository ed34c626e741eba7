import { DateTime } from 'luxon';
import type { DeadlineChangedEvent, StatusChangedEvent } from '../model/events';
import type { SignalType } from '../model/signals';
import type { TrackDeadline, TrackStatus } from '../model/track';
import { stableEventId } from './ids';
import {
  entriesOf,
  independentSources,
  toEvidence,
  type ClassifiedArticle,
  type LedgerEntry,
  type TrackState,
} from './ledger';
import { DEFAULT_STATUS_POLICY, type StatusPolicy } from './policy';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PROCESSED_LIMIT = 2000;

const DEFINING: Partial<Record<TrackStatus, SignalType>> = {
  deal_reached: 'deal_reached',
  tariff_in_effect: 'tariff_imposed',
};
const STALLING: SignalType[] = ['no_breakthrough', 'talks_cancelled'];
const NEGOTIATING: SignalType[] = [
  'talks_scheduled',
  'talks_held',
  'proposal',
  'deadline_set',
  'deadline_extended',
  'tariff_threatened',
];

export interface StatusStep {
  state: TrackState;
  events: (StatusChangedEvent | DeadlineChangedEvent)[];
}

function weight(entry: LedgerEntry, now: number, policy: StatusPolicy): number {
  const ageHours = Math.max(0, (now - entry.at) / HOUR_MS);
  return entry.confidence * Math.pow(0.5, ageHours / policy.recencyHalfLifeHours);
}

/** Strong on its own, or reported by a second independent source within the window. */
function confirmed(entries: LedgerEntry[], policy: StatusPolicy, highImpact: boolean): LedgerEntry[] | null {
  if (entries.length === 0) return null;
  if (!highImpact) return [entries.reduce((a, b) => (b.confidence > a.confidence ? b : a))];
  const strong = entries.filter((entry) => entry.confidence >= policy.strongThreshold);
  if (strong.length > 0) return independentSources(entries);
  for (const entry of entries) {
    const near = entries.filter(
      (other) => Math.abs(other.at - entry.at) <= policy.corroborationWindowHours * HOUR_MS,
    );
    const independent = independentSources(near);
    if (independent.length >= 2) return independent;
  }
  return null;
}

/** The latest confirmed, undenied high-impact status in the ledger, with its evidence. */
function decisiveStatus(
  ledger: LedgerEntry[],
  policy: StatusPolicy,
): { status: TrackStatus; evidence: LedgerEntry[]; at: number } | null {
  let best: { status: TrackStatus; evidence: LedgerEntry[]; at: number } | null = null;
  for (const [status, signal] of Object.entries(DEFINING) as [TrackStatus, SignalType][]) {
    const lastDenial = Math.max(
      -Infinity,
      ...ledger.filter((entry) => entry.denied && entry.signal === signal).map((entry) => entry.at),
    );
    const reports = ledger.filter(
      (entry) => !entry.denied && entry.signal === signal && entry.at > lastDenial,
    );
    const evidence = confirmed(reports, policy, policy.highImpactStatuses.includes(status));
    if (!evidence) continue;
    const at = Math.max(...evidence.map((entry) => entry.at));
    if (!best || at > best.at) best = { status, evidence, at };
  }
  return best;
}

/** Negotiating or stalled, from the recent signals weighed by confidence and recency. */
function ongoingStatus(
  ledger: LedgerEntry[],
  now: number,
  policy: StatusPolicy,
): { status: TrackStatus; evidence: LedgerEntry[] } | null {
  const recent = ledger.filter(
    (entry) => !entry.denied && now - entry.at <= policy.activeWindowDays * DAY_MS,
  );
  const stalling = recent.filter((entry) => STALLING.includes(entry.signal));
  const negotiating = recent.filter((entry) => NEGOTIATING.includes(entry.signal));
  if (stalling.length === 0 && negotiating.length === 0) return null;
  const sum = (entries: LedgerEntry[]) =>
    independentSources(entries).reduce((total, entry) => total + weight(entry, now, policy), 0);
  const byWeight = (entries: LedgerEntry[]) =>
    [...entries].sort((a, b) => weight(b, now, policy) - weight(a, now, policy));
  if (sum(stalling) > sum(negotiating) * policy.stalledDominance)
    return { status: 'stalled', evidence: byWeight(stalling) };
  return { status: 'negotiating', evidence: byWeight(negotiating.length > 0 ? negotiating : stalling) };
}

function nextStatus(
  state: TrackState,
  ledger: LedgerEntry[],
  now: number,
  policy: StatusPolicy,
): { status: TrackStatus; evidence: LedgerEntry[] } {
  const decisive = decisiveStatus(ledger, policy);
  const current = state.status;
  const definingSignal = DEFINING[current];
  if (definingSignal) {
    const deniedSince = ledger.some(
      (entry) => entry.denied && entry.signal === definingSignal && entry.at >= (state.statusSince ?? 0),
    );
    if (!deniedSince && (!decisive || decisive.status === current))
      return { status: current, evidence: decisive?.evidence ?? [] };
    if (deniedSince) {
      const denials = ledger.filter((entry) => entry.denied && entry.signal === definingSignal);
      const fallback = ongoingStatus(ledger, now, policy);
      return {
        status: fallback?.status ?? 'negotiating',
        evidence: [...denials, ...(fallback?.evidence ?? [])],
      };
    }
  }
  if (decisive) return decisive;
  const ongoing = ongoingStatus(ledger, now, policy);
  if (!ongoing) return { status: current, evidence: [] };
  if (policy.highImpactStatuses.includes(ongoing.status) && !confirmed(ongoing.evidence, policy, true))
    return { status: current, evidence: [] };
  return ongoing;
}

function deadlineInstant(date: string, current: TrackDeadline | null, policy: StatusPolicy): TrackDeadline {
  const zone = current?.timezone ?? policy.defaultDeadlineZone;
  const time = current
    ? DateTime.fromISO(current.at, { zone }).toFormat('HH:mm')
    : policy.defaultDeadlineTime;
  const at = DateTime.fromISO(`${date}T${time}`, { zone });
  return { at: at.toUTC().toISO() ?? `${date}T00:00:00.000Z`, timezone: zone };
}

function nextDeadline(
  state: TrackState,
  ledger: LedgerEntry[],
  now: number,
  policy: StatusPolicy,
): { deadline: TrackDeadline; evidence: LedgerEntry[] } | null {
  const currentDate = state.deadline
    ? DateTime.fromISO(state.deadline.at, { zone: state.deadline.timezone }).toISODate()
    : null;
  const proposals = ledger.filter(
    (entry) => entry.deadline && !entry.denied && entry.deadline !== currentDate,
  );
  const latestForCurrent = Math.max(
    -Infinity,
    ...ledger.filter((entry) => entry.deadline === currentDate).map((entry) => entry.at),
  );
  const byDate = new Map<string, LedgerEntry[]>();
  for (const entry of proposals) {
    if (entry.at < latestForCurrent) continue;
    if (Date.parse(`${entry.deadline!}T23:59:59Z`) < now) continue;
    byDate.set(entry.deadline!, [...(byDate.get(entry.deadline!) ?? []), entry]);
  }
  let best: { date: string; evidence: LedgerEntry[]; at: number } | null = null;
  for (const [date, entries] of byDate) {
    const evidence = confirmed(entries, policy, policy.deadlineMoveIsHighImpact && state.deadline !== null);
    if (!evidence) continue;
    const at = Math.max(...entries.map((entry) => entry.at));
    if (!best || at > best.at) best = { date, evidence, at };
  }
  return best
    ? { deadline: deadlineInstant(best.date, state.deadline, policy), evidence: best.evidence }
    : null;
}

/**
 * Applies one classified article to a track. Pure: the same state, article, policy and `now`
 * give the same result, and an article already applied changes nothing and emits nothing.
 */
export function applyArticle(
  state: TrackState,
  article: ClassifiedArticle,
  now: Date,
  policy: StatusPolicy = DEFAULT_STATUS_POLICY,
): StatusStep {
  if (state.processed.includes(article.articleId)) return { state, events: [] };
  const nowMs = now.getTime();
  const processed = [...state.processed, article.articleId].slice(-PROCESSED_LIMIT);
  const concerns = article.classification.relevant && article.classification.tracks[0] === state.trackId;
  const fresh = concerns
    ? entriesOf(article, now).filter((entry) => entry.denied || entry.confidence >= policy.minConfidence)
    : [];
  const ledger = [...state.ledger, ...fresh].filter(
    (entry) => nowMs - entry.at <= policy.ledgerDays * DAY_MS,
  );
  let next: TrackState = { ...state, ledger, processed };
  if (fresh.length === 0) return { state: next, events: [] };

  const events: (StatusChangedEvent | DeadlineChangedEvent)[] = [];
  const occurredAt = now.toISOString();
  /** Ids name the change and the story that tipped it: a backfill replaying the same stories repeats them. */
  const trigger = article.storyId ?? article.articleId;
  const status = nextStatus(state, ledger, nowMs, policy);
  if (status.status !== state.status) {
    const evidence = status.evidence.slice(0, policy.maxEvidence).map(toEvidence);
    events.push({
      id: stableEventId(state.trackId, 'status.changed', state.status, status.status, trigger),
      type: 'status.changed',
      trackId: state.trackId,
      occurredAt,
      data: { from: state.status, to: status.status, evidence },
    });
    next = {
      ...next,
      status: status.status,
      statusSince: Math.max(...status.evidence.map((entry) => entry.at), 0),
    };
  }
  const deadline = nextDeadline(state, ledger, nowMs, policy);
  if (deadline && deadline.deadline.at !== state.deadline?.at) {
    const evidence = deadline.evidence.slice(0, policy.maxEvidence).map(toEvidence);
    events.push({
      id: stableEventId(
        state.trackId,
        'deadline.changed',
        state.deadline?.at ?? null,
        deadline.deadline.at,
        trigger,
      ),
      type: 'deadline.changed',
      trackId: state.trackId,
      occurredAt,
      data: { from: state.deadline?.at ?? null, to: deadline.deadline.at, evidence },
    });
    next = { ...next, deadline: deadline.deadline };
  }
  return { state: next, events };
}
