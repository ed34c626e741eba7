import type { TrackPhase } from '../model/track';

/** How signals, confidence, recency and corroboration combine into a track's status. */
export interface StatusPolicy {
  /**
   * Phases that need an official statement or a second independent outlet to be confirmed; until
   * then they are announced as unconfirmed. The others (talks, stalls before a deal) move on one report.
   */
  highImpactPhases: TrackPhase[];
  /** Whether a moved deadline needs the same. */
  deadlineMoveIsHighImpact: boolean;
  /** A single official (on-record government) signal at least this confident needs no corroboration. */
  strongThreshold: number;
  /** A lone report must be at least this confident to be announced as unconfirmed at all. */
  provisionalMinConfidence: number;
  /**
   * The same for a moved deadline. Lower, because announcing a reported move only holds the old
   * date's countdown and says so ("reported by one outlet, not yet confirmed"), while ignoring it
   * sends "1 hour left" for a date the news already says is gone. Confidences are calibrated, so
   * this reads "more likely right than not, with a margin".
   */
  provisionalDeadlineMinConfidence: number;
  /** An unconfirmed change nobody corroborates within this many hours is withdrawn. */
  provisionalTimeoutHours: number;
  /** Independent outlets that confirm a change even when none of them is on the record. */
  anonymousQuorum: number;
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
  highImpactPhases: [
    'tariff_in_effect',
    'framework_deal',
    'implementation_stalled',
    'deal_finalised',
    'deal_signed',
    'deal_implemented',
    'rethreatened',
  ],
  deadlineMoveIsHighImpact: true,
  strongThreshold: 0.9,
  provisionalMinConfidence: 0.8,
  provisionalDeadlineMinConfidence: 0.55,
  provisionalTimeoutHours: 168,
  anonymousQuorum: 3,
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
