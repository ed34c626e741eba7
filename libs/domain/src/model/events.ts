import type { Attribution } from './classification';
import type { SignalType } from './signals';
import type { TrackPhase, TrackStatus } from './track';

export const EVENT_TYPES = [
  'status.changed',
  'deadline.changed',
  'deadline.countdown',
  'article.classified',
  'digest',
  'source.silent',
  'source.recovered',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One sentence of one article that backs a status change or a deadline move. */
export interface Evidence {
  articleId: string;
  title: string;
  url: string;
  source: string;
  publishedAt: string | null;
  signal: SignalType;
  sentence: string;
  /** Who says so (see Attribution); absent on events recorded before it existed. */
  attribution?: Attribution;
}

/**
 * What every status and deadline change says about its own footing. Optional so events recorded
 * before these fields existed still parse; every new event carries them.
 */
export interface ChangeFooting {
  /**
   * false: one outlet, or anonymous or hedged sources only ("reported by one outlet, not yet
   * confirmed"). A later event confirms it (`confirms`) or withdraws it (`withdraws`).
   */
  confirmed?: boolean;
  /** Independent outlets behind the change; syndicated copies of one story count once. */
  outlets?: number;
  /** Id of the unconfirmed event this one confirms. */
  confirms?: string;
  /** Id of the unconfirmed event this one withdraws; `reason` says why. */
  withdraws?: string;
  reason?: 'denied' | 'not_confirmed_in_time' | 'superseded';
}

export interface StatusChangedData extends ChangeFooting {
  from: TrackStatus;
  to: TrackStatus;
  /** The finer phase of the negotiation's life (framework deal, finalised, re-threatened, ...). */
  fromPhase?: TrackPhase;
  phase?: TrackPhase;
  evidence: Evidence[];
  /**
   * What happens to the countdown: `stopped` when a deal makes the deadline no longer binding,
   * `held` while a reported move of the deadline awaits confirmation.
   */
  countdown?: 'stopped' | 'held';
}

export interface DeadlineChangedData extends ChangeFooting {
  /** ISO instants; `to` is null when an editor cleared the deadline (its countdown stops). */
  from: string | null;
  to: string | null;
  evidence: Evidence[];
  /** `held`: countdown alerts for the old date are held while this move awaits confirmation. */
  countdown?: 'held';
  /** Set by an editor rather than read from the news. */
  manual?: boolean;
  /** IANA zone the deadline is stated in, when the event sets it (an editor's deadline). */
  timezone?: string;
}

export interface CountdownData {
  /** e.g. "7d", "3d", "24h", "6h", "1h", "passed" */
  milestone: string;
  deadline: string;
  status: TrackStatus;
  phase?: TrackPhase;
}

export interface ArticleClassifiedData {
  articleId: string;
  title: string;
  url: string;
  source: string;
  signals: { type: SignalType; confidence: number; evidence: string }[];
}

interface EventBase<T extends EventType, D> {
  /** Stable across retries: derived from what happened, never random. */
  id: string;
  type: T;
  trackId: string;
  /** ISO instant of when it happened (simulated time in replay). */
  occurredAt: string;
  data: D;
}

export type StatusChangedEvent = EventBase<'status.changed', StatusChangedData>;
export type DeadlineChangedEvent = EventBase<'deadline.changed', DeadlineChangedData>;
export type CountdownEvent = EventBase<'deadline.countdown', CountdownData>;
export type ArticleClassifiedEvent = EventBase<'article.classified', ArticleClassifiedData>;

/** What alerts and webhooks carry (shared/spec/interfaces.md, Events). */
/** A feed (or a whole track) that went quiet, or came back: the operator's alert (opt-in for webhooks). */
export interface SourceSilenceData {
  scope: 'feed' | 'track';
  /** failing: every poll fails; quiet: polls work but nothing new for far longer than usual; unheard: the track heard nothing near its deadline. */
  reason: 'failing' | 'quiet' | 'unheard';
  feedId: number | null;
  url: string | null;
  source: string | null;
  /** ISO instant since when it has been silent (for source.recovered: how long it was). */
  since: string;
  /** The last time anything was heard from it. */
  lastHeardAt: string | null;
  /** One line for a person: why it is silent, or that it is back. */
  detail: string;
}

export type SourceSilentEvent = EventBase<'source.silent', SourceSilenceData>;
export type SourceRecoveredEvent = EventBase<'source.recovered', SourceSilenceData>;

export type DomainEvent =
  | StatusChangedEvent
  | DeadlineChangedEvent
  | CountdownEvent
  | ArticleClassifiedEvent
  | SourceSilentEvent
  | SourceRecoveredEvent;
