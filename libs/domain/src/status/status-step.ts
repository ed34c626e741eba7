import type { StatusChangedData, StatusChangedEvent } from '../model/events';
import type { TrackPhase } from '../model/track';
import { candidates, priorityOf } from './candidates';
import { assess } from './confirmation';
import { stableEventId } from './ids';
import { toEvidence, type LedgerEntry, type PendingChange, type TrackState } from './ledger';
import { DEAL_PHASES, DENIABLE, definingSignals, PHASE_STATUS, phaseOfStatus } from './lifecycle';
import { ongoingStatus } from './ongoing';
import type { StatusPolicy } from './policy';
import { confirmedFooting, phaseOf, type StatusStep } from './step';

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
export function withdrawal(
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
export function dismiss(state: TrackState, pending: PendingChange): TrackState {
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

export function stepStatus(
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
        ...confirmedFooting(verdict.outlets, confirms, supersedes),
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
