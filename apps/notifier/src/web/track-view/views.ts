import type { TrackParty } from '@dw/domain';
import type { SignalType, TrackPhase, TrackStatus } from '@dw/domain';

/** Plain data behind the status page, the JSON API, the Atom feed and the calendar. Instants are ISO strings. */

export interface EvidenceView {
  articleId: string;
  title: string;
  /** http(s) link, or null when the feed gave none that is safe to link to. */
  url: string | null;
  source: string;
  publishedAt: string | null;
  signal: SignalType;
  signalLabel: string;
  sentence: string;
}

export interface DeadlineView {
  /** ISO instant (UTC). */
  at: string;
  /** IANA zone the deadline is stated in. */
  timezone: string;
  /** The same instant with the zone's offset, e.g. 2025-08-01T00:01:00.000-04:00. */
  localTime: string;
  /** Human wording in its own zone, e.g. "Friday 1 August 2025, 00:01 EDT". */
  display: string;
}

export interface MilestoneView {
  id: string;
  label: string;
  at: string;
  passed: boolean;
}

export interface CountdownView {
  /** Milliseconds left; negative once the deadline has passed. */
  remainingMs: number;
  /** "6 days 23 hours" or "passed 2 hours ago". */
  remaining: string;
  passed: boolean;
  nextMilestone: MilestoneView | null;
  /** Once passed: the status the track had at the deadline instant. */
  statusAtDeadline: TrackStatus | null;
  statusAtDeadlineLabel: string | null;
}

/** How a change stands: its finer phase, whether it is confirmed and by how many outlets. */
export interface FootingView {
  phase: TrackPhase | null;
  confirmed: boolean | null;
  /** Independent outlets behind it ("reported by 4 outlets"); null before this was recorded. */
  outlets: number | null;
  confirms: string | null;
  withdraws: string | null;
  /** One line as the mails say it, e.g. "Reported by one outlet, not yet confirmed." */
  footing: string | null;
}

export interface StatusChangeView extends FootingView {
  eventId: string;
  from: TrackStatus | null;
  fromLabel: string | null;
  to: TrackStatus;
  toLabel: string;
  at: string;
  evidence: EvidenceView[];
}

export interface DeadlineMoveView extends FootingView {
  eventId: string;
  from: string | null;
  fromDisplay: string | null;
  /** null: an editor cleared the deadline. */
  to: string | null;
  toDisplay: string;
  at: string;
  evidence: EvidenceView[];
}

export interface ArticleSignalView {
  type: SignalType;
  label: string;
  confidence: number;
  evidence: string;
}

export interface ArticleView {
  id: string;
  title: string;
  url: string | null;
  source: string;
  publishedAt: string | null;
  signals: ArticleSignalView[];
  /** YYYY-MM-DD deadline the article names, if any. */
  deadline: string | null;
  tariffRates: number[];
}

export interface TalkView {
  /** The sentence that announces the talks. */
  title: string;
  /** YYYY-MM-DD: the day they are scheduled for. */
  date: string;
  articleId: string;
  url: string | null;
  source: string;
}

/** A track as the API and TRACKS_FILE define it (what POST /api/tracks takes). */
export interface TrackDefinitionView {
  parties: TrackParty[];
  keywords: string[];
  /** 'config': from TRACKS_FILE; 'api': created through the API. */
  origin: string;
}

export interface TrackSummaryView {
  id: string;
  name: string;
  /** The parties' names, partner first. */
  parties: string[];
  definition: TrackDefinitionView;
  status: TrackStatus;
  statusLabel: string;
  /** The finer phase of the negotiation's life (README "Status and its life"). */
  phase: TrackPhase;
  phaseLabel: string;
  /** A change announced as unconfirmed and not yet confirmed or withdrawn. */
  pending: { phase: TrackPhase; phaseLabel: string; since: string; eventId: string } | null;
  /** A reported deadline move awaiting confirmation (the old date's countdown is held meanwhile). */
  pendingDeadline: { to: string; since: string; eventId: string } | null;
  /** Why countdown alerts are not going out: `held` (move pending), `not_binding` (after a deal). */
  countdownHold: 'held' | 'not_binding' | null;
  /** When the current status was reached, or null when it never changed. */
  statusSince: string | null;
  deadline: DeadlineView | null;
  countdown: CountdownView | null;
  milestones: MilestoneView[];
  updatedAt: string;
}

/** How the track's feeds are doing: what the page says when there is no news yet. */
export interface SourcesView {
  watching: number;
  healthy: number;
  failing: number;
  silent: number;
  /** Not polled yet (a fresh start). */
  waiting: number;
  lastPolledAt: string | null;
  nextPollAt: string | null;
  /** Every feed polled and every one failing: most likely no network. */
  unreachable: boolean;
  lastError: string | null;
}

/** The article a fact was read from. */
export interface FactSourceView {
  articleId: string;
  title: string;
  url: string | null;
  source: string;
  publishedAt: string | null;
}

export interface FactView {
  /** As the page says it: "25%", "$350 billion", "Shipbuilding", "Yeo Han-koo (Trade Minister)". */
  label: string;
  /** Independent stories among the recent articles that state it (syndicated copies count once). */
  stories: number;
  /** The newest article that states it. */
  article: FactSourceView;
}

/** What the classifier read in the track's recent articles, each fact once, newest first. */
export interface TrackFactsView {
  tariffRates: (FactView & { percent: number })[];
  investments: (FactView & { usd: number })[];
  sectors: (FactView & { sector: string })[];
  officials: (FactView & { name: string; role: string | null })[];
  /** Recent relevant articles read for these facts. */
  fromArticles: number;
}

export interface TrackDetailView extends TrackSummaryView {
  sources: SourcesView;
  facts: TrackFactsView;
  /** Deadline moves, oldest first. */
  deadlineHistory: DeadlineMoveView[];
  /** Status changes with their evidence, oldest first. */
  statusHistory: StatusChangeView[];
  /** Latest classified relevant articles, newest first. */
  latestArticles: ArticleView[];
  /** Talks named with a day in the latest articles, earliest first. */
  talks: TalkView[];
}

export type TimelineEntryView =
  ({ kind: 'status' } & StatusChangeView) | ({ kind: 'deadline' } & DeadlineMoveView);

export interface TimelineView {
  trackId: string;
  /** Newest first. */
  entries: TimelineEntryView[];
}
