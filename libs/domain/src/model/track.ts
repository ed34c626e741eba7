export const TRACK_STATUSES = [
  'unknown',
  'negotiating',
  'stalled',
  'deal_reached',
  'tariff_in_effect',
] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

/**
 * Where a negotiation stands in its whole life; each phase maps onto one of the coarse statuses
 * above (see PHASE_STATUS in the status machine), so consumers of `status` keep working.
 */
export const TRACK_PHASES = [
  'unknown',
  'negotiating',
  'stalled',
  'tariff_in_effect',
  'framework_deal',
  'implementation_stalled',
  'deal_finalised',
  'deal_signed',
  'deal_implemented',
  'rethreatened',
] as const;
export type TrackPhase = (typeof TRACK_PHASES)[number];

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

/** A named person who speaks or negotiates for a party; `aliases` are other spellings or the surname alone. */
export interface PartyOfficial {
  name: string;
  role?: string;
  aliases?: string[];
}

/**
 * One side of a negotiation and the words that name it in news: the party's name, other names and
 * adjectives ("Korea", "Korean", "Seoul"), its officials and agencies. `notWhen` lists phrases that
 * contain one of those words but name something else ("North Korea").
 */
export interface TrackParty {
  name: string;
  aliases?: string[];
  officials?: PartyOfficial[];
  agencies?: string[];
  notWhen?: string[];
}

/** A watched negotiation: two parties and a deadline (shared/spec/classification.md). */
export interface TrackDefinition {
  id: string;
  name: string;
  /** The partner first, its counterpart second ("South Korea", "United States"). */
  parties: TrackParty[];
  /** Words that identify the negotiation: countries, ministers, officials, agencies. */
  keywords: string[];
  deadline: TrackDeadline | null;
  feeds: FeedDefinition[];
}
