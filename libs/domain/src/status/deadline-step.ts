import type { DeadlineChangedEvent } from '../model/events';
import { nextDeadline } from './deadline';
import { stableEventId } from './ids';
import { toEvidence, type LedgerEntry, type TrackState } from './ledger';
import type { StatusPolicy } from './policy';
import { confirmedFooting, type StatusStep } from './step';

export function deadlineEvent(
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
export function former(state: TrackState): string[] {
  const current = state.deadline?.at.slice(0, 10);
  const list = state.formerDeadlines ?? [];
  return current && !list.includes(current) ? [...list, current].slice(-20) : list;
}

export function stepDeadline(
  state: TrackState,
  now: number,
  trigger: string,
  policy: StatusPolicy,
): StatusStep {
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
      confirmedFooting(verdict.outlets, confirms, supersedes),
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
