import type { TrackStatus } from '../model/track';

/** How signals, confidence, recency and corroboration combine into a track's status. */
export interface StatusPolicy {
  /** Statuses that need strong evidence or a second independent source before they are announced. */
  highImpactStatuses: TrackStatus[];
  /** Whether a moved deadline needs the same. */
  deadlineMoveIsHighImpact: boolean;
  /** A single signal at least this confident needs no corroboration. */
  strongThreshold: number;
  /** Signals below this confidence are ignored. */
  minConfidence: number;
  /** A second source must report within this many hours of the first. */
  corroborationWindowHours: number;
  /** Weight of a signal halves every this many hours. */
  recencyHalfLifeHours: number;
  /** Only signals this recent decide between negotiating and stalled. */
  activeWindowDays: number;
  /** Evidence older than this is dropped from the ledger. */
  ledgerDays: number;
  /** Stalled needs its signals to outweigh the negotiating ones by this factor. */
  stalledDominance: number;
  /** Local time and zone a bare deadline date is read in when the track has none yet. */
  defaultDeadlineTime: string;
  defaultDeadlineZone: string;
  /** Evidence sentences carried by one event. */
  maxEvidence: number;
}

export const DEFAULT_STATUS_POLICY: StatusPolicy = {
  highImpactStatuses: ['deal_reached', 'tariff_in_effect'],
  deadlineMoveIsHighImpact: true,
  strongThreshold: 0.95,
  minConfidence: 0.55,
  corroborationWindowHours: 72,
  recencyHalfLifeHours: 72,
  activeWindowDays: 14,
  ledgerDays: 45,
  stalledDominance: 1.0,
  defaultDeadlineTime: '00:01',
  defaultDeadlineZone: 'America/New_York',
  maxEvidence: 5,
};

export function withPolicy(overrides: Partial<StatusPolicy> = {}): StatusPolicy {
  return { ...DEFAULT_STATUS_POLICY, ...overrides };
}
