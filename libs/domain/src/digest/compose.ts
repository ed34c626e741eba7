import { DEFAULT_MILESTONES, type Milestone } from '../countdown/milestones';
import { nextMilestone } from '../countdown/countdown';
import { formatRemaining } from '../countdown/format';
import type { Evidence } from '../model/events';
import type { TrackDeadline, TrackStatus } from '../model/track';
import { statusLabel } from './labels';

export interface DigestSubscriber {
  email: string;
  timezone: string;
  /** The previous digest (or the confirmation, before the first one); null when unknown. */
  lastDigestAt: Date | null;
}

export interface DigestStatusChangeInput {
  from: TrackStatus;
  to: TrackStatus;
  /** ISO instant */
  at: string;
  evidence: Evidence[];
}

export interface DigestDeadlineChangeInput {
  from: string | null;
  /** null: cleared by an editor. */
  to: string | null;
  at: string;
  evidence: Evidence[];
}

export interface DigestArticle {
  id?: string;
  title: string;
  url: string;
  source: string;
  publishedAt: string | null;
}

export interface DigestTalk {
  /** What is scheduled, e.g. "Trade ministers meet in Washington". */
  title: string;
  /** ISO instant, or a YYYY-MM-DD date when only the day is known. */
  at: string;
  url?: string | null;
  source?: string | null;
}

/** What the notifier gathered for one track since the subscriber's last digest. */
export interface DigestTrackInput {
  track: { id: string; name: string };
  status: TrackStatus;
  deadline: TrackDeadline | null;
  statusChanges: DigestStatusChangeInput[];
  deadlineChanges?: DigestDeadlineChangeInput[];
  /** New articles since the last digest (by arrival); duplicates by id or url are dropped. */
  articles: DigestArticle[];
  /** Scheduled talks; past ones are dropped. */
  talks: DigestTalk[];
}

export interface DigestStatusChange extends DigestStatusChangeInput {
  fromLabel: string;
  toLabel: string;
}

export interface DigestCountdown {
  /** ISO instant of the deadline. */
  at: string;
  /** Zone the deadline is stated in. */
  timezone: string;
  /** "6 days 23 hours" or "passed 2 hours ago". */
  remaining: string;
  passed: boolean;
  nextMilestone: { id: string; label: string; at: string } | null;
}

export interface DigestTrackSection {
  trackId: string;
  trackName: string;
  status: TrackStatus;
  statusLabel: string;
  /** Status at the previous digest, when it changed since. */
  previousStatus: TrackStatus | null;
  previousStatusLabel: string | null;
  statusChanges: DigestStatusChange[];
  deadlineChanges: DigestDeadlineChangeInput[];
  countdown: DigestCountdown | null;
  articles: DigestArticle[];
  /** Articles left out to keep the mail short. */
  moreArticles: number;
  talks: DigestTalk[];
  changed: boolean;
  /** One line for a track with nothing new, e.g. "No change: still Negotiating." */
  noChangeLine: string | null;
}

/** Plain data for the digest templates; instants stay ISO, the renderer formats them in `timezone`. */
export interface DigestContent {
  email: string;
  timezone: string;
  generatedAt: string;
  since: string | null;
  subject: string;
  hasChanges: boolean;
  /** Set when nothing changed on any track: the short line that replaces silence. */
  noChangeLine: string | null;
  tracks: DigestTrackSection[];
}

export interface ComposeDigestInput {
  subscriber: DigestSubscriber;
  tracks: DigestTrackInput[];
  now: Date;
}

export interface ComposeDigestOptions {
  maxArticlesPerTrack?: number;
  maxTalksPerTrack?: number;
  milestones?: readonly Milestone[];
  productName?: string;
}

const within = (iso: string, since: Date | null, now: Date): boolean => {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time <= now.getTime() && (since === null || time > since.getTime());
};

function uniqueArticles(articles: DigestArticle[]): DigestArticle[] {
  const seen = new Set<string>();
  return articles.filter((article) => {
    const keys = [article.id, article.url].filter((key): key is string => Boolean(key));
    if (keys.some((key) => seen.has(key))) return false;
    keys.forEach((key) => seen.add(key));
    return true;
  });
}

function byTimeDesc(a: DigestArticle, b: DigestArticle): number {
  return (b.publishedAt ? Date.parse(b.publishedAt) : 0) - (a.publishedAt ? Date.parse(a.publishedAt) : 0);
}

/** A talk dated by day only stays listed through that whole day (UTC). */
function talkEnd(talk: DigestTalk): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(talk.at) ? Date.parse(`${talk.at}T23:59:59Z`) : Date.parse(talk.at);
}

function countdownFor(
  deadline: TrackDeadline | null,
  now: Date,
  milestones: readonly Milestone[],
): DigestCountdown | null {
  if (!deadline) return null;
  const at = new Date(deadline.at);
  const next = nextMilestone(at, now, milestones);
  return {
    at: at.toISOString(),
    timezone: deadline.timezone,
    remaining: formatRemaining(at, now),
    passed: at.getTime() <= now.getTime(),
    nextMilestone: next
      ? { id: next.milestone.id, label: next.milestone.label, at: next.at.toISOString() }
      : null,
  };
}

function composeTrack(
  input: DigestTrackInput,
  since: Date | null,
  now: Date,
  options: Required<Pick<ComposeDigestOptions, 'maxArticlesPerTrack' | 'maxTalksPerTrack' | 'milestones'>>,
): DigestTrackSection {
  const statusChanges = input.statusChanges
    .filter((change) => within(change.at, since, now))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((change) => ({ ...change, fromLabel: statusLabel(change.from), toLabel: statusLabel(change.to) }));
  const deadlineChanges = (input.deadlineChanges ?? [])
    .filter((change) => within(change.at, since, now))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const articles = uniqueArticles(input.articles).sort(byTimeDesc);
  const talks = input.talks
    .filter((talk) => talkEnd(talk) >= now.getTime())
    .sort((a, b) => talkEnd(a) - talkEnd(b))
    .slice(0, options.maxTalksPerTrack);
  const previousStatus = statusChanges[0]?.from ?? null;
  const changed = statusChanges.length > 0 || deadlineChanges.length > 0 || articles.length > 0;
  return {
    trackId: input.track.id,
    trackName: input.track.name,
    status: input.status,
    statusLabel: statusLabel(input.status),
    previousStatus,
    previousStatusLabel: previousStatus ? statusLabel(previousStatus) : null,
    statusChanges,
    deadlineChanges,
    countdown: countdownFor(input.deadline, now, options.milestones),
    articles: articles.slice(0, options.maxArticlesPerTrack),
    moreArticles: Math.max(0, articles.length - options.maxArticlesPerTrack),
    talks,
    changed,
    noChangeLine: changed ? null : `No change since your last digest: still ${statusLabel(input.status)}.`,
  };
}

function subjectFor(product: string, sections: DigestTrackSection[], hasChanges: boolean): string {
  if (sections.length === 1) {
    const [only] = sections;
    const left = only.countdown
      ? only.countdown.passed
        ? 'deadline passed'
        : `${only.countdown.remaining} left`
      : null;
    const status = only.statusChanges.length > 0 ? `now ${only.statusLabel}` : only.statusLabel;
    const parts = [status, left].filter(Boolean).join(', ');
    return `${product} digest: ${only.trackName}: ${hasChanges ? '' : 'no change, '}${parts}`;
  }
  const statusChanges = sections.reduce((sum, s) => sum + s.statusChanges.length, 0);
  const articles = sections.reduce((sum, s) => sum + s.articles.length + s.moreArticles, 0);
  if (!hasChanges) return `${product} digest: no change on ${sections.length} tracks`;
  const bits = [
    statusChanges > 0 ? `${statusChanges} status change${statusChanges === 1 ? '' : 's'}` : null,
    articles > 0 ? `${articles} new article${articles === 1 ? '' : 's'}` : null,
  ].filter(Boolean);
  return `${product} digest: ${bits.length > 0 ? bits.join(', ') : 'deadline news'} on ${sections.length} tracks`;
}

/**
 * Builds the content of one subscriber's digest. Status and deadline changes outside
 * (lastDigestAt, now] are dropped as a guard; articles are taken as given (selected by arrival),
 * deduplicated and sorted newest first; talks already over are dropped. When nothing changed on
 * any track, `noChangeLine` is set so the digest says so instead of staying silent; the countdown
 * and status are still included.
 */
export function composeDigest(input: ComposeDigestInput, options: ComposeDigestOptions = {}): DigestContent {
  const { subscriber, now } = input;
  const resolved = {
    maxArticlesPerTrack: options.maxArticlesPerTrack ?? 10,
    maxTalksPerTrack: options.maxTalksPerTrack ?? 3,
    milestones: options.milestones ?? DEFAULT_MILESTONES,
  };
  const tracks = input.tracks.map((track) => composeTrack(track, subscriber.lastDigestAt, now, resolved));
  const hasChanges = tracks.some((track) => track.changed);
  const product = options.productName ?? 'Deadline Watch';
  return {
    email: subscriber.email,
    timezone: subscriber.timezone,
    generatedAt: now.toISOString(),
    since: subscriber.lastDigestAt ? subscriber.lastDigestAt.toISOString() : null,
    subject: subjectFor(product, tracks, hasChanges),
    hasChanges,
    noChangeLine: hasChanges
      ? null
      : tracks.length === 0
        ? 'No tracks to report on: nothing has changed since your last digest.'
        : 'No change since your last digest.',
    tracks,
  };
}
