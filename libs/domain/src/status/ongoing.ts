import type { SignalType } from '../model/signals';
import type { TrackPhase } from '../model/track';
import { independentSources, type LedgerEntry } from './ledger';
import type { StatusPolicy } from './policy';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const STALLING: SignalType[] = ['no_breakthrough', 'talks_cancelled'];
const NEGOTIATING: SignalType[] = [
  'talks_scheduled',
  'talks_held',
  'proposal',
  'deadline_set',
  'deadline_extended',
  'tariff_threatened',
];

function weight(entry: LedgerEntry, now: number, policy: StatusPolicy): number {
  const ageHours = Math.max(0, (now - entry.at) / HOUR_MS);
  return entry.confidence * Math.pow(0.5, ageHours / policy.recencyHalfLifeHours);
}

/** Before a deal: negotiating or stalled, from the recent signals weighed by confidence and recency. */
export function ongoingStatus(
  ledger: LedgerEntry[],
  now: number,
  policy: StatusPolicy,
): { status: Extract<TrackPhase, 'negotiating' | 'stalled'>; evidence: LedgerEntry[] } | null {
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
