export const TRACK_STATUSES = [
  'unknown',
  'negotiating',
  'stalled',
  'deal_reached',
  'tariff_in_effect',
] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

export interface FeedDefinition {
  url: string;
  /** Human name of the outlet, e.g. "Yonhap". */
  source?: string;
  /** websub hub when the feed advertises one */
  hub?: string;
}

export interface TrackDeadline {
  /** ISO instant, e.g. 2025-08-01T04:01:00.000Z for 00:01 US Eastern on 1 August 2025. */
  at: string;
  /** IANA zone the deadline is stated in, e.g. America/New_York. */
  timezone: string;
}

/** A watched negotiation: two parties and a deadline (shared/spec/classification.md). */
export interface TrackDefinition {
  id: string;
  name: string;
  parties: string[];
  /** Words that identify the negotiation: countries, ministers, officials, agencies. */
  keywords: string[];
  deadline: TrackDeadline | null;
  feeds: FeedDefinition[];
}
