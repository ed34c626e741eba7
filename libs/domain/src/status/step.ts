import type { ChangeFooting, DeadlineChangedEvent, StatusChangedEvent } from '../model/events';
import type { TrackPhase } from '../model/track';
import type { TrackState } from './ledger';
import { phaseOfStatus } from './lifecycle';

export type StatusEvent = StatusChangedEvent | DeadlineChangedEvent;

export interface StatusStep {
  state: TrackState;
  events: StatusEvent[];
}

export function phaseOf(state: TrackState): TrackPhase {
  return state.phase ?? phaseOfStatus(state.status);
}

/**
 * The footing of a confirmed change, status or deadline alike: its outlets, and the unconfirmed event it confirms or
 * supersedes.
 */
export function confirmedFooting(outlets: number, confirms?: string, supersedes?: string): ChangeFooting {
  return {
    confirmed: true,
    outlets,
    ...(confirms ? { confirms } : {}),
    ...(supersedes ? { withdraws: supersedes, reason: 'superseded' as const } : {}),
  };
}
