import type { DeadlineChangedEvent, StatusChangedData, StatusChangedEvent } from '../model/events';
import type { TrackDeadline, TrackPhase } from '../model/track';
import { assess, type Verdict } from './confirmation';
import { nextDeadline } from './deadline';
import { stableEventId } from './ids';
import {
  entriesOf,
  toEvidence,
  type ClassifiedArticle,
  type LedgerEntry,
  type PendingChange,
  type TrackState,
} from './ledger';
import {
  DEAL_PHASES,
  DENIABLE,
  definingSignals,
  PHASE_STATUS,
  phaseOfStatus,
  showsObservation,
  TRANSITIONS,
  type Transition,
} from './lifecycle';
import { ongoingStatus } from './ongoing';
import { DEFAULT_STATUS_POLICY, type StatusPolicy } from './policy';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PROCESSED_LIMIT = 2000;

export type StatusEvent = StatusChangedEvent | DeadlineChangedEvent;

export interface StatusStep {
  state: TrackState;
  events: StatusEvent[];
}

interface Candidate {
  row: Transition;
  to: TrackPhase;
  verdict: Verdict;
}

export function phaseOf(state: TrackState): TrackPhase {
  return state.phase ?? phaseOfStatus(state.status);
}

function lastDenial(ledger: LedgerEntry[], signals: string[]): number {
  return Math.max(
    -Infinity,
    ...ledger.filter((entry) => entry.denied && signals.includes(entry.signal)).map((entry) => entry.at),
  );
}

/** Every transition the table allows from the current phase that the ledger now supports. */
function candidates(
  state: TrackState,
  ledger: LedgerEntry[],
  now: number,
  policy: StatusPolicy,
): Candidate[] {
  const phase = phaseOf(state);
  const since = state.statusSince ?? -Infinity;
  const found: Candidate[] = [];
  for (const row of TRANSITIONS) {
    if (!row.from.includes(phase)) continue;
    if (row.to === 'ongoing') {
      const ongoing = ongoingStatus(ledger, now, policy);
      if (ongoing && ongoing.status !== phase) {
        const verdict = assess(ongoing.evidence, policy, false);
        if (verdict)
          found.push({ row, to: ongoing.status, verdict: { ...verdict, evidence: ongoing.evidence } });
      }
      continue;
    }
    const denied = lastDenial(ledger, definingSignals(row.to));
    const spent = state.dismissed?.[row.to] ?? -Infinity;
    const reports = ledger.filter(
      (entry) => entry.at > since && entry.at > denied && entry.at > spent && showsObservation(row.on, entry),
    );
    const pendingSince = state.pending?.toPhase === row.to ? state.pending.since : undefined;
    const verdict = assess(reports, policy, policy.highImpactPhases.includes(row.to), pendingSince);
    if (verdict) found.push({ row, to: row.to, verdict });
  }
  return found.sort((a, b) => b.row.priority - a.row.priority || b.verdict.at - a.verdict.at);
}

function priorityOf(phase: TrackPhase): number {
  return Math.max(0, ...TRANSITIONS.filter((row) => row.to === phase).map((row) => row.priority));
}

function statusEventId(
  state: TrackState,
  from: TrackPhase,
  to: TrackPhase,
  trigger: string,
  extra?: string,
): string {
  const fromStatus = PHASE_STATUS[from];
  const toStatus = PHASE_STATUS[to];
  // The pre-phase id form stays for the plain statuses, so a backfill recognises what was sent before.
  const plain = from === phaseOfStatus(fromStatus) && to === phaseOfStatus(toStatus);
  return plain && !extra
    ? stableEventId(state.trackId, 'status.changed', fromStatus, toStatus, trigger)
    : stableEventId(state.trackId, 'status.changed', fromStatus, toStatus, from, to, trigger, extra);
}

function statusEvent(
  state: TrackState,
  id: string,
  from: TrackPhase,
  to: TrackPhase,
  occurredAt: string,
  evidence: LedgerEntry[],
  footing: Omit<StatusChangedData, 'from' | 'to' | 'fromPhase' | 'phase' | 'evidence'>,
  policy: StatusPolicy,
): StatusChangedEvent {
  return {
    id,
    type: 'status.changed',
    trackId: state.trackId,
    occurredAt,
    data: {
      from: PHASE_STATUS[from],
      to: PHASE_STATUS[to],
      fromPhase: from,
      phase: to,
      evidence: evidence.slice(0, policy.maxEvidence).map(toEvidence),
      ...footing,
    },
  };
}

/** Withdraws an unconfirmed change: the phase it announced is taken back to the one that stands. */
function withdrawal(
  state: TrackState,
  pending: PendingChange,
  reason: 'denied' | 'not_confirmed_in_time',
  occurredAt: string,
  evidence: LedgerEntry[],
  policy: StatusPolicy,
): StatusChangedEvent {
  return statusEvent(
    state,
    stableEventId(state.trackId, 'status.withdrawn', pending.eventId),
    pending.toPhase,
    phaseOf(state),
    occurredAt,
    evidence,
    { confirmed: true, outlets: 0, withdraws: pending.eventId, reason },
    policy,
  );
}

/** Clears a withdrawn announcement; the reports behind it cannot raise it again. */
function dismiss(state: TrackState, pending: PendingChange): TrackState {
  const spent = pending.evidenceAt ?? pending.since;
  return { ...state, pending: null, dismissed: { ...state.dismissed, [pending.toPhase]: spent } };
}

/** Enters a phase: deals make the current deadline moot, a denied deal makes it bind again. */
function enter(
  state: TrackState,
  to: TrackPhase,
  since: number | undefined,
  keepPending = false,
): TrackState {
  const wasDeal = DEAL_PHASES.includes(phaseOf(state));
  const isDeal = DEAL_PHASES.includes(to);
  const next: TrackState = {
    ...state,
    phase: to,
    status: PHASE_STATUS[to],
    pending: keepPending ? state.pending : null,
  };
  if (since !== undefined) next.statusSince = since;
  if (isDeal && !wasDeal && state.deadline) {
    next.deadlineBinding = false;
    next.pendingDeadline = null;
  }
  if (!isDeal && wasDeal && to !== 'rethreatened' && to !== 'implementation_stalled')
    next.deadlineBinding = true;
  return next;
}

function stepStatus(
  state: TrackState,
  fresh: LedgerEntry[],
  now: number,
  trigger: string,
  policy: StatusPolicy,
): StatusStep {
  const occurredAt = new Date(now).toISOString();
  const phase = phaseOf(state);
  const ledger = state.ledger;
  const pending = state.pending;

  if (pending) {
    const signals = definingSignals(pending.toPhase);
    const denials = fresh.filter((entry) => entry.denied && signals.includes(entry.signal));
    if (denials.length > 0) {
      const event = withdrawal(state, pending, 'denied', occurredAt, denials, policy);
      return { state: dismiss(state, pending), events: [event] };
    }
  }

  const deniable = DENIABLE[phase];
  if (deniable) {
    const since = state.statusSince ?? -Infinity;
    const denials = ledger.filter((entry) => entry.denied && entry.signal === deniable && entry.at >= since);
    if (denials.length > 0 && fresh.some((entry) => entry.denied && entry.signal === deniable)) {
      const fallback = ongoingStatus(ledger, now, policy);
      const to = fallback?.status ?? 'negotiating';
      const evidence = [...denials, ...(fallback?.evidence ?? [])];
      const event = statusEvent(
        state,
        statusEventId(state, phase, to, trigger),
        phase,
        to,
        occurredAt,
        evidence,
        { confirmed: true, outlets: assess(denials, policy, false)?.outlets ?? 1, reason: 'denied' },
        policy,
      );
      return { state: enter(state, to, Math.max(...denials.map((entry) => entry.at))), events: [event] };
    }
  }

  const found = candidates(state, ledger, now, policy);
  const confirmed = found.find((candidate) => candidate.verdict.confirmed);
  if (confirmed) {
    const { to, verdict, row } = confirmed;
    const confirms = pending?.toPhase === to ? pending.eventId : undefined;
    // A lesser change (talks resuming while a deal report is pending) leaves the pending one standing.
    const keepPending = !!pending && !confirms && row.priority < priorityOf(pending.toPhase);
    const supersedes = pending && !confirms && !keepPending ? pending.eventId : undefined;
    const entering = DEAL_PHASES.includes(to) && !DEAL_PHASES.includes(phase) && state.deadline !== null;
    const id = confirms
      ? stableEventId(state.trackId, 'status.confirmed', confirms)
      : statusEventId(state, phase, to, trigger);
    const event = statusEvent(
      state,
      id,
      phase,
      to,
      occurredAt,
      verdict.evidence,
      {
        confirmed: true,
        outlets: verdict.outlets,
        ...(confirms ? { confirms } : {}),
        ...(supersedes ? { withdraws: supersedes, reason: 'superseded' as const } : {}),
        ...(entering && state.deadlineBinding !== false ? { countdown: 'stopped' as const } : {}),
      },
      policy,
    );
    const since = row.on === 'ongoing' ? state.statusSince : verdict.at;
    return { state: enter(state, to, since, keepPending), events: [event] };
  }

  const provisional = found.find((candidate) => !candidate.verdict.confirmed);
  if (provisional && !pending) {
    const { to, verdict } = provisional;
    const id = statusEventId(state, phase, to, trigger, 'unconfirmed');
    const event = statusEvent(
      state,
      id,
      phase,
      to,
      occurredAt,
      verdict.evidence,
      { confirmed: false, outlets: verdict.outlets },
      policy,
    );
    return {
      state: {
        ...state,
        pending: { eventId: id, fromPhase: phase, toPhase: to, since: now, evidenceAt: verdict.at },
      },
      events: [event],
    };
  }
  return { state, events: [] };
}

function deadlineEvent(
  state: TrackState,
  id: string,
  from: string | null,
  to: string,
  occurredAt: string,
  evidence: LedgerEntry[],
  footing: Omit<DeadlineChangedEvent['data'], 'from' | 'to' | 'evidence'>,
  policy: StatusPolicy,
): DeadlineChangedEvent {
  return {
    id,
    type: 'deadline.changed',
    trackId: state.trackId,
    occurredAt,
    data: { from, to, evidence: evidence.slice(0, policy.maxEvidence).map(toEvidence), ...footing },
  };
}

/** The deadlines moved away from, with the current one added as it is replaced. */
function former(state: TrackState): string[] {
  const current = state.deadline?.at.slice(0, 10);
  const list = state.formerDeadlines ?? [];
  return current && !list.includes(current) ? [...list, current].slice(-20) : list;
}

function stepDeadline(state: TrackState, now: number, trigger: string, policy: StatusPolicy): StatusStep {
  const occurredAt = new Date(now).toISOString();
  const found = nextDeadline(state, now, policy);
  if (!found) return { state, events: [] };
  const { deadline, verdict } = found;
  const from = state.deadline?.at ?? null;
  const pending = state.pendingDeadline;
  if (verdict.confirmed) {
    const confirms = pending?.to === deadline.at ? pending.eventId : undefined;
    const supersedes = pending && !confirms ? pending.eventId : undefined;
    const id = confirms
      ? stableEventId(state.trackId, 'deadline.confirmed', confirms)
      : stableEventId(state.trackId, 'deadline.changed', from, deadline.at, trigger);
    const event = deadlineEvent(
      state,
      id,
      from,
      deadline.at,
      occurredAt,
      verdict.evidence,
      {
        confirmed: true,
        outlets: verdict.outlets,
        ...(confirms ? { confirms } : {}),
        ...(supersedes ? { withdraws: supersedes, reason: 'superseded' as const } : {}),
      },
      policy,
    );
    return {
      state: {
        ...state,
        deadline,
        deadlineBinding: true,
        pendingDeadline: null,
        formerDeadlines: former(state),
      },
      events: [event],
    };
  }
  if (pending) return { state, events: [] };
  const id = stableEventId(state.trackId, 'deadline.changed', from, deadline.at, trigger, 'unconfirmed');
  const held = state.deadlineBinding !== false && from !== null && Date.parse(from) > now;
  const event = deadlineEvent(
    state,
    id,
    from,
    deadline.at,
    occurredAt,
    verdict.evidence,
    { confirmed: false, outlets: verdict.outlets, ...(held ? { countdown: 'held' as const } : {}) },
    policy,
  );
  const date = found.date;
  return {
    state: {
      ...state,
      pendingDeadline: { eventId: id, from, to: deadline.at, date, since: now, evidenceAt: verdict.at },
    },
    events: [event],
  };
}

/**
 * Withdraws unconfirmed changes that nobody corroborated in time. Pure; called before every
 * article and by the periodic sweep, and dated at the time-out itself so both give the same event.
 */
export function expireUnconfirmed(
  state: TrackState,
  now: Date,
  policy: StatusPolicy = DEFAULT_STATUS_POLICY,
): StatusStep {
  const timeoutMs = policy.provisionalTimeoutHours * HOUR_MS;
  const events: StatusEvent[] = [];
  let next = state;
  const pending = state.pending;
  if (pending && now.getTime() - pending.since > timeoutMs) {
    const at = new Date(pending.since + timeoutMs).toISOString();
    events.push(withdrawal(state, pending, 'not_confirmed_in_time', at, [], policy));
    next = dismiss(next, pending);
  }
  const moved = state.pendingDeadline;
  if (moved && now.getTime() - moved.since > timeoutMs) {
    const at = new Date(moved.since + timeoutMs).toISOString();
    events.push(
      deadlineEvent(
        state,
        stableEventId(state.trackId, 'deadline.withdrawn', moved.eventId),
        moved.to,
        state.deadline?.at ?? moved.from ?? moved.to,
        at,
        [],
        { confirmed: true, outlets: 0, withdraws: moved.eventId, reason: 'not_confirmed_in_time' },
        policy,
      ),
    );
    next = {
      ...next,
      pendingDeadline: null,
      dismissedDeadlines: { ...next.dismissedDeadlines, [moved.date]: moved.evidenceAt ?? moved.since },
    };
  }
  return { state: next, events };
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
  const expired = expireUnconfirmed(state, now, policy);
  const processed = [...state.processed, article.articleId].slice(-PROCESSED_LIMIT);
  const concerns = article.classification.relevant && article.classification.tracks[0] === state.trackId;
  const fresh = concerns
    ? entriesOf(article, now).filter((entry) => entry.denied || entry.confidence >= policy.minConfidence)
    : [];
  const ledger = [...expired.state.ledger, ...fresh].filter(
    (entry) => nowMs - entry.at <= policy.ledgerDays * DAY_MS,
  );
  const next: TrackState = { ...expired.state, phase: phaseOf(expired.state), ledger, processed };
  if (fresh.length === 0) return { state: next, events: expired.events };
  /** Ids name the change and the story that tipped it: a backfill replaying the same stories repeats them. */
  const trigger = article.storyId ?? article.articleId;
  const status = stepStatus(next, fresh, nowMs, trigger, policy);
  const deadline = stepDeadline(status.state, nowMs, trigger, policy);
  return { state: deadline.state, events: [...expired.events, ...status.events, ...deadline.events] };
}

export interface ManualDeadline {
  /** null clears it: the track has no deadline until one is set again (by hand or from the news). */
  deadline: TrackDeadline | null;
  /** Who set it, e.g. the admin's name; shown as the source. */
  actor: string;
  /** Why, in the editor's words; shown as the evidence sentence. */
  note?: string;
}

/**
 * An editor sets (or clears) the deadline: the same deadline.changed event as one read from the
 * news, with the editor as its source. It binds at once, replaces any unconfirmed move and restarts
 * the countdown; a cleared deadline stops it, and its date is one moved away from (a later mention
 * of it is background).
 */
export function applyManualDeadline(state: TrackState, input: ManualDeadline, now: Date): StatusStep {
  const at = input.deadline ? new Date(input.deadline.at).toISOString() : null;
  const from = state.deadline?.at ?? null;
  const unchanged = at === null ? from === null : from === at && state.deadlineBinding !== false;
  if (unchanged && !state.pendingDeadline) return { state, events: [] };
  const action = input.deadline ? `set to ${at} (${input.deadline.timezone})` : 'cleared';
  const sentence = input.note?.trim() || `Deadline ${action} by ${input.actor}.`;
  const event: DeadlineChangedEvent = {
    id: stableEventId(state.trackId, 'deadline.changed', from, at ?? 'none', 'manual', now.getTime()),
    type: 'deadline.changed',
    trackId: state.trackId,
    occurredAt: now.toISOString(),
    data: {
      from,
      to: at,
      manual: true,
      ...(input.deadline ? { timezone: input.deadline.timezone } : {}),
      confirmed: true,
      outlets: 0,
      ...(state.pendingDeadline
        ? { withdraws: state.pendingDeadline.eventId, reason: 'superseded' as const }
        : {}),
      evidence: [
        {
          articleId: `manual:${now.getTime()}`,
          title: `Deadline ${input.deadline ? 'set' : 'cleared'} by ${input.actor}`,
          url: '',
          source: input.actor,
          publishedAt: now.toISOString(),
          signal: 'deadline_set',
          sentence,
          attribution: 'official',
        },
      ],
    },
  };
  return {
    state: {
      ...state,
      deadline: at && input.deadline ? { at, timezone: input.deadline.timezone } : null,
      deadlineBinding: true,
      pendingDeadline: null,
      formerDeadlines: former(state),
    },
    events: [event],
  };
}

/** Whether countdown alerts for the track's deadline may go out, and why not. */
export function countdownHold(state: Partial<TrackState>): 'held' | 'not_binding' | null {
  if (state.pendingDeadline) return 'held';
  if (state.deadlineBinding === false) return 'not_binding';
  return null;
}
