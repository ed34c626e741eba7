import { DEFAULT_MILESTONES, PASSED_MILESTONE_ID, type Milestone } from './milestones';

/** One milestone of one deadline, placed in time. */
export interface PlannedMilestone {
  milestone: Milestone;
  /** When it falls: deadline minus the milestone's offset. */
  at: Date;
  /** Stable key: milestone id and the deadline instant (see milestoneKey). */
  key: string;
}

/**
 * Stable key of a milestone of one deadline, e.g. "24h@2025-08-01T04:01:00.000Z".
 * The deadline instant is part of it, so when a deadline moves the keys of the old
 * deadline no longer match and the new deadline gets a fresh plan.
 * Prefix it with the track id for a key that is unique across tracks (see countdownEventId).
 */
export function milestoneKey(milestoneId: string, deadline: Date): string {
  return `${milestoneId}@${deadline.toISOString()}`;
}

/** Event id of a countdown milestone: the same across retries, replicas and restarts. */
export function countdownEventId(trackId: string, milestoneId: string, deadline: Date): string {
  return `deadline.countdown:${trackId}:${milestoneKey(milestoneId, deadline)}`;
}

/** Every milestone of a deadline with its instant, earliest first (for the calendar and the status page). */
export function planFor(
  deadline: Date,
  milestones: readonly Milestone[] = DEFAULT_MILESTONES,
): PlannedMilestone[] {
  return milestones
    .map((milestone) => ({
      milestone,
      at: new Date(deadline.getTime() - milestone.offsetMs),
      key: milestoneKey(milestone.id, deadline),
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first milestone still ahead of `now`, or null once the deadline has passed. */
export function nextMilestone(
  deadline: Date,
  now: Date,
  milestones: readonly Milestone[] = DEFAULT_MILESTONES,
): PlannedMilestone | null {
  return planFor(deadline, milestones).find((planned) => planned.at.getTime() > now.getTime()) ?? null;
}

export interface DueMilestoneOptions {
  /**
   * How long after the deadline "passed" may still fire. Past it, a deadline that moved into
   * the past, or a service started long after, stays quiet rather than announcing old news.
   */
  passedWindowMs?: number;
}

export const DEFAULT_PASSED_WINDOW_MS = 24 * 3_600_000;

/**
 * Which milestones should fire at `now` for this deadline (zero or one).
 *
 * Rule: of the milestones already crossed (instant <= now), only the latest one may fire, and
 * only if its key is not in `alreadyFired`. Earlier crossed milestones are stale: their wording
 * ("7 days to go") would be wrong. So:
 * - a deadline that moves far out fires nothing (no milestone of the new deadline is crossed);
 * - a deadline that moves to within 24 h fires "24h" once, never the stale "7d" or "3d";
 * - after downtime spanning several milestones, only the latest one is sent;
 * - "passed" fires only within `passedWindowMs` (default 24 h) after the deadline.
 * Keys carry the deadline instant, so keys fired for an old deadline never suppress a new one.
 */
export function dueMilestones(
  deadline: Date,
  now: Date,
  alreadyFired: ReadonlySet<string>,
  milestones: readonly Milestone[] = DEFAULT_MILESTONES,
  options: DueMilestoneOptions = {},
): PlannedMilestone[] {
  const crossed = planFor(deadline, milestones).filter((planned) => planned.at.getTime() <= now.getTime());
  const latest = crossed.at(-1);
  if (!latest || alreadyFired.has(latest.key)) return [];
  if (latest.milestone.id === PASSED_MILESTONE_ID) {
    const window = options.passedWindowMs ?? DEFAULT_PASSED_WINDOW_MS;
    if (now.getTime() - deadline.getTime() > window) return [];
  }
  return [latest];
}
