import { onRecord } from './attribution';
import { independentSources, type LedgerEntry } from './ledger';
import type { StatusPolicy } from './policy';

const HOUR_MS = 3_600_000;

/** How well the reports of one change stand. */
export interface Verdict {
  confirmed: boolean;
  /** Best report of each independent outlet, most confident first. */
  evidence: LedgerEntry[];
  /** Independent outlets behind the change (syndicated copies count once). */
  outlets: number;
  /** Latest report time (ms). */
  at: number;
}

/**
 * Whether reports of one change confirm it, merely announce it, or are too weak to say anything.
 * Confirmed: an official on-record statement at least `strongThreshold` confident, or a second
 * independent outlet within the corroboration window (one of them on the record), or
 * `anonymousQuorum` outlets when all rely on unnamed or hedged sources. Otherwise a report at
 * least `provisionalMin` confident is announced unconfirmed. Changes that are not
 * high-impact are confirmed by any report. `since` (ms) replaces the window: while a change is
 * pending, any later outlet confirms it.
 */
export function assess(
  entries: LedgerEntry[],
  policy: StatusPolicy,
  highImpact: boolean,
  since?: number,
  provisionalMin = policy.provisionalMinConfidence,
): Verdict | null {
  if (entries.length === 0) return null;
  const all = independentSources(entries);
  const verdict = (confirmed: boolean, evidence: LedgerEntry[]): Verdict => ({
    confirmed,
    evidence,
    outlets: all.length,
    at: Math.max(...entries.map((entry) => entry.at)),
  });
  if (!highImpact) return verdict(true, all);
  const official = entries.some(
    (entry) => entry.attribution === 'official' && entry.confidence >= policy.strongThreshold,
  );
  if (official) return verdict(true, all);
  const windowMs = policy.corroborationWindowHours * HOUR_MS;
  const groups =
    since !== undefined
      ? [entries.filter((entry) => entry.at >= since - windowMs)]
      : entries.map((entry) => entries.filter((other) => Math.abs(other.at - entry.at) <= windowMs));
  for (const group of groups) {
    const outlets = independentSources(group);
    const someOnRecord = outlets.some((entry) => onRecord(entry.attribution));
    if (outlets.length >= policy.anonymousQuorum || (outlets.length >= 2 && someOnRecord))
      return verdict(true, all);
  }
  if (entries.some((entry) => entry.confidence >= provisionalMin)) return verdict(false, all);
  return null;
}
