import type { TrackDeadline } from '../model/track';

/** When a source counts as silent: rules as data, production defaults below. */
export interface SilencePolicy {
  /** A feed failing with no success for this long is silent ("failing"). */
  failingAfterMs: number;
  /** A feed that answers but brings nothing new for this many times its usual rhythm is silent ("quiet")... */
  quietRhythms: number;
  /** ...and never sooner than this after its last new item. */
  quietAtLeastMs: number;
  /** A track is watched for silence only while its deadline is this close (and not passed)... */
  trackNearDeadlineMs: number;
  /** ...and is silent when it has heard nothing new for this long ("unheard"). */
  trackUnheardAfterMs: number;
}

export const DEFAULT_SILENCE_POLICY: SilencePolicy = {
  failingAfterMs: 6 * 3_600_000,
  quietRhythms: 4,
  quietAtLeastMs: 12 * 3_600_000,
  trackNearDeadlineMs: 7 * 86_400_000,
  trackUnheardAfterMs: 24 * 3_600_000,
};

export interface FeedPulse {
  consecutive_failures: number;
  last_success_at: Date | null;
  created_at: Date;
  last_new_item_at: Date | null;
  /** Moving average of the time between polls that brought something new; null until known. */
  success_interval_ms: number | null;
}

export interface Silence {
  reason: 'failing' | 'quiet' | 'unheard';
  since: Date;
  lastHeardAt: Date | null;
  detail: string;
}

const hours = (ms: number) => `${Math.round(ms / 360_000) / 10} h`;

/** Whether a feed is silent now, and why; null while it is heard. */
export function feedSilence(
  feed: FeedPulse,
  now: Date,
  policy: SilencePolicy,
  lastError?: string | null,
): Silence | null {
  if (feed.consecutive_failures > 0) {
    const since = feed.last_success_at ?? feed.created_at;
    if (now.getTime() - since.getTime() > policy.failingAfterMs) {
      return {
        reason: 'failing',
        since,
        lastHeardAt: feed.last_success_at,
        detail: `every poll has failed for ${hours(now.getTime() - since.getTime())} (${feed.consecutive_failures} in a row)${lastError ? `: ${lastError}` : ''}`,
      };
    }
    return null;
  }
  if (feed.last_new_item_at && feed.success_interval_ms) {
    const quietFor = now.getTime() - feed.last_new_item_at.getTime();
    const limit = Math.max(policy.quietRhythms * feed.success_interval_ms, policy.quietAtLeastMs);
    if (quietFor > limit) {
      return {
        reason: 'quiet',
        since: new Date(feed.last_new_item_at.getTime() + limit),
        lastHeardAt: feed.last_new_item_at,
        detail: `it answers, but nothing new for ${hours(quietFor)}; it usually brings something every ${hours(feed.success_interval_ms)}`,
      };
    }
  }
  return null;
}

/** The next usual-rhythm estimate after a poll that brought something new (an exponential moving average). */
export function nextRhythm(previousMs: number | null, lastNewItemAt: Date | null, now: Date): number | null {
  if (!lastNewItemAt) return previousMs;
  const gap = now.getTime() - lastNewItemAt.getTime();
  if (gap <= 0) return previousMs;
  return previousMs === null ? gap : Math.round(previousMs * 0.7 + gap * 0.3);
}

/** Whether a track has heard nothing for too long while its deadline is near; null otherwise. */
export function trackSilence(
  track: { deadline: TrackDeadline | null; lastHeardAt: Date | null; createdAt: Date },
  now: Date,
  policy: SilencePolicy,
): Silence | null {
  if (!track.deadline) return null;
  const left = Date.parse(track.deadline.at) - now.getTime();
  if (left <= 0 || left > policy.trackNearDeadlineMs) return null;
  const heard = track.lastHeardAt ?? track.createdAt;
  const quietFor = now.getTime() - heard.getTime();
  if (quietFor <= policy.trackUnheardAfterMs) return null;
  return {
    reason: 'unheard',
    since: new Date(heard.getTime() + policy.trackUnheardAfterMs),
    lastHeardAt: track.lastHeardAt,
    detail: `no new article for ${hours(quietFor)} with the deadline ${hours(left)} away`,
  };
}
