import type { DeadlineChangedEvent, StatusChangedEvent } from '../model/events';
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
