import type { TrackPhase } from '../model/track';
import { assess, type Verdict } from './confirmation';
import type { LedgerEntry, TrackState } from './ledger';
import { definingSignals, showsObservation, TRANSITIONS, type Transition } from './lifecycle';
import { ongoingStatus } from './ongoing';
import type { StatusPolicy } from './policy';
import { phaseOf } from './step';

export interface Candidate {
  row: Transition;
  to: TrackPhase;
  verdict: Verdict;
}

function lastDenial(ledger: LedgerEntry[], signals: string[]): number {
  return Math.max(
    -Infinity,
    ...ledger.filter((entry) => entry.denied && signals.includes(entry.signal)).map((entry) => entry.at),
  );
}

/** Every transition the table allows from the current phase that the ledger now supports. */
export function candidates(
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

export function priorityOf(phase: TrackPhase): number {
  return Math.max(0, ...TRANSITIONS.filter((row) => row.to === phase).map((row) => row.priority));
}
