import { partyNames, toTrackParties, type Classification, type Evidence, type TrackStatus } from '@dw/domain';
import { DEFAULT_MILESTONES, formatRemaining, type Milestone, planFor } from '@dw/domain/countdown';
import { signalLabel, statusLabel } from '@dw/domain/digest';
import { countdownHold, phaseLabel, phaseOf } from '@dw/domain/status';
import { readTrackState } from '@dw/platform';
import type { ArticleRow, StatusHistoryRow, TrackRow } from '@dw/platform';
import { asTrackStatus, displayInZone, isoInZone, safeHttpUrl, toIso } from './format';
import { scheduledTalks } from './talks';
import type {
  ArticleView,
  CountdownView,
  DeadlineMoveView,
  DeadlineView,
  EvidenceView,
  FootingView,
  MilestoneView,
  StatusChangeView,
  TimelineView,
  TrackDetailView,
  TrackSummaryView,
} from './views';

export type ClassifiedArticleRow = ArticleRow & { result: Classification };

export interface TrackViewInput {
  track: TrackRow;
  /** status_history rows of the track, oldest first. */
  history: StatusHistoryRow[];
  now: Date;
  milestones?: readonly Milestone[];
}

export interface TrackDetailInput extends TrackViewInput {
  /** Latest classified relevant articles, newest first. */
  articles: ClassifiedArticleRow[];
}

function evidenceView(evidence: Evidence): EvidenceView {
  return {
    articleId: evidence.articleId,
    title: evidence.title,
    url: safeHttpUrl(evidence.url),
    source: evidence.source,
    publishedAt: toIso(evidence.publishedAt),
    signal: evidence.signal,
    signalLabel: signalLabel(evidence.signal),
    sentence: evidence.sentence,
  };
}

function footingView(row: StatusHistoryRow): FootingView {
  const f = row.footing;
  return {
    phase: f?.phase ?? null,
    confirmed: f?.confirmed ?? null,
    outlets: f?.outlets ?? null,
    confirms: f?.confirms ?? null,
    withdraws: f?.withdraws ?? null,
    footing: f?.line ?? null,
  };
}

function evidenceOf(row: StatusHistoryRow): EvidenceView[] {
  return Array.isArray(row.evidence) ? row.evidence.map(evidenceView) : [];
}

export function statusChanges(history: StatusHistoryRow[]): StatusChangeView[] {
  return history
    .filter((row) => row.kind === 'status')
    .map((row) => {
      const from = row.from_value === null ? null : asTrackStatus(row.from_value);
      const to = asTrackStatus(row.to_value);
      const footing = footingView(row);
      return {
        eventId: row.event_id,
        from,
        fromLabel: row.footing?.fromPhase
          ? phaseLabel(row.footing.fromPhase)
          : from === null
            ? null
            : statusLabel(from),
        to,
        toLabel: footing.phase ? phaseLabel(footing.phase) : statusLabel(to),
        at: row.occurred_at.toISOString(),
        evidence: evidenceOf(row),
        ...footing,
      };
    });
}

export function deadlineMoves(history: StatusHistoryRow[], zone: string): DeadlineMoveView[] {
  return history
    .filter((row) => row.kind === 'deadline')
    .map((row) => {
      const from = toIso(row.from_value);
      const to = row.to_value === null ? null : (toIso(row.to_value) ?? row.to_value);
      return {
        eventId: row.event_id,
        from,
        fromDisplay: from === null ? null : displayInZone(new Date(from), zone),
        to,
        toDisplay: to === null ? 'no deadline (cleared)' : displayInZone(new Date(to), zone),
        at: row.occurred_at.toISOString(),
        evidence: evidenceOf(row),
        ...footingView(row),
      };
    });
}

/** The status in force at `instant`: the last change at or before it, else what the first later change left. */
export function statusAt(instant: Date, changes: StatusChangeView[], current: TrackStatus): TrackStatus {
  let status: TrackStatus | null = null;
  for (const change of changes) {
    if (Date.parse(change.at) <= instant.getTime()) {
      status = change.to;
    } else {
      return status ?? change.from ?? 'unknown';
    }
  }
  return status ?? current;
}

function milestoneViews(deadline: Date, now: Date, milestones: readonly Milestone[]): MilestoneView[] {
  return planFor(deadline, milestones).map((planned) => ({
    id: planned.milestone.id,
    label: planned.milestone.label,
    at: planned.at.toISOString(),
    passed: planned.at.getTime() <= now.getTime(),
  }));
}

function countdownView(
  deadline: Date,
  now: Date,
  milestones: MilestoneView[],
  changes: StatusChangeView[],
  current: TrackStatus,
): CountdownView {
  const remainingMs = deadline.getTime() - now.getTime();
  const passed = remainingMs <= 0;
  const atDeadline = passed ? statusAt(deadline, changes, current) : null;
  return {
    remainingMs,
    remaining: formatRemaining(deadline, now),
    passed,
    nextMilestone: milestones.find((m) => !m.passed) ?? null,
    statusAtDeadline: atDeadline,
    statusAtDeadlineLabel: atDeadline === null ? null : statusLabel(atDeadline),
  };
}

function deadlineView(deadline: Date, zone: string): DeadlineView {
  return {
    at: deadline.toISOString(),
    timezone: zone,
    localTime: isoInZone(deadline, zone),
    display: displayInZone(deadline, zone),
  };
}

function stateView(track: TrackRow) {
  const state = readTrackState(track);
  const phase = phaseOf(state);
  return {
    phase,
    phaseLabel: phaseLabel(phase),
    pending: state.pending
      ? {
          phase: state.pending.toPhase,
          phaseLabel: phaseLabel(state.pending.toPhase),
          since: new Date(state.pending.since).toISOString(),
          eventId: state.pending.eventId,
        }
      : null,
    pendingDeadline: state.pendingDeadline
      ? {
          to: state.pendingDeadline.to,
          since: new Date(state.pendingDeadline.since).toISOString(),
          eventId: state.pendingDeadline.eventId,
        }
      : null,
    countdownHold: countdownHold(state),
  };
}

export function buildTrackSummary(input: TrackViewInput): TrackSummaryView {
  const { track, history, now } = input;
  const status = asTrackStatus(track.status);
  const changes = statusChanges(history);
  const deadline = track.deadline_at;
  const zone = track.deadline_timezone ?? 'UTC';
  const milestones = deadline ? milestoneViews(deadline, now, input.milestones ?? DEFAULT_MILESTONES) : [];
  return {
    id: track.id,
    name: track.name,
    parties: partyNames(toTrackParties(track.parties)),
    definition: { parties: toTrackParties(track.parties), keywords: track.keywords, origin: track.origin },
    status,
    statusLabel: statusLabel(status),
    ...stateView(track),
    statusSince: changes.at(-1)?.at ?? null,
    deadline: deadline ? deadlineView(deadline, zone) : null,
    countdown: deadline ? countdownView(deadline, now, milestones, changes, status) : null,
    milestones,
    updatedAt: track.updated_at.toISOString(),
  };
}

export function articleView(row: ClassifiedArticleRow): ArticleView {
  const signals = Array.isArray(row.result.signals) ? row.result.signals : [];
  return {
    id: row.id,
    title: row.title,
    url: safeHttpUrl(row.url),
    source: row.source,
    publishedAt: toIso(row.published_at),
    signals: [...signals]
      .sort((a, b) => b.confidence - a.confidence)
      .map((s) => ({
        type: s.type,
        label: signalLabel(s.type),
        confidence: s.confidence,
        evidence: s.evidence,
      })),
    deadline: row.result.deadline ?? null,
    tariffRates: Array.isArray(row.result.tariff_rates) ? row.result.tariff_rates : [],
  };
}

export function buildTrackDetail(input: TrackDetailInput): Omit<TrackDetailView, 'sources' | 'facts'> {
  const articles = input.articles.map(articleView);
  return {
    ...buildTrackSummary(input),
    deadlineHistory: deadlineMoves(input.history, input.track.deadline_timezone ?? 'UTC'),
    statusHistory: statusChanges(input.history),
    latestArticles: articles,
    talks: scheduledTalks(
      articles.map((a) => ({
        ...a,
        signals: a.signals.map((s) => ({ type: s.type, evidence: s.evidence })),
      })),
    ),
  };
}

export function buildTimeline(track: TrackRow, history: StatusHistoryRow[]): TimelineView {
  const entries = [
    ...statusChanges(history).map((change) => ({ kind: 'status' as const, ...change })),
    ...deadlineMoves(history, track.deadline_timezone ?? 'UTC').map((move) => ({
      kind: 'deadline' as const,
      ...move,
    })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return { trackId: track.id, entries };
}
