import type { SignalType } from './signals';
import type { TrackStatus } from './track';

export const EVENT_TYPES = [
  'status.changed',
  'deadline.changed',
  'deadline.countdown',
  'article.classified',
  'digest',
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
}

export interface StatusChangedData {
  from: TrackStatus;
  to: TrackStatus;
  evidence: Evidence[];
}

export interface DeadlineChangedData {
  /** ISO instants */
  from: string | null;
  to: string;
  evidence: Evidence[];
}

export interface CountdownData {
  /** e.g. "7d", "3d", "24h", "6h", "1h", "passed" */
  milestone: string;
  deadline: string;
  status: TrackStatus;
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
export type DomainEvent = StatusChangedEvent | DeadlineChangedEvent | CountdownEvent | ArticleClassifiedEvent;
