/** A point before a deadline at which subscribers hear how much time is left. */
export interface Milestone {
  /** Short stable id used in keys and events: "7d", "24h", "passed". */
  id: string;
  /** How long before the deadline it falls; 0 for "passed". */
  offsetMs: number;
  /** Human wording: "7 days", "24 hours", "deadline passed". */
  label: string;
}

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const UNIT_WORDS: Record<string, [string, string]> = {
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
};

export const PASSED_MILESTONE_ID = 'passed';

/** Parses one milestone id: "<n><m|h|d|w>" or "passed". Throws on anything else. */
export function parseMilestone(id: string): Milestone {
  const trimmed = id.trim().toLowerCase();
  if (trimmed === PASSED_MILESTONE_ID)
    return { id: PASSED_MILESTONE_ID, offsetMs: 0, label: 'deadline passed' };
  const match = /^(\d{1,4})([mhdw])$/.exec(trimmed);
  const amount = match ? Number(match[1]) : 0;
  if (!match || amount <= 0) {
    throw new Error(`Invalid countdown milestone "${id}": use e.g. 7d, 24h, 30m, 2w or passed`);
  }
  const unit = match[2];
  const [one, many] = UNIT_WORDS[unit];
  return {
    id: `${amount}${unit}`,
    offsetMs: amount * UNIT_MS[unit],
    label: `${amount} ${amount === 1 ? one : many}`,
  };
}

/**
 * Parses a configured list such as "7d,3d,24h,6h,1h,passed" (or an array of ids).
 * Sorted from the earliest (largest offset) to "passed"; duplicates (same offset) removed.
 */
export function parseMilestones(spec: string | readonly string[]): Milestone[] {
  const ids = typeof spec === 'string' ? spec.split(',') : spec;
  const byOffset = new Map<number, Milestone>();
  for (const id of ids) {
    if (id.trim() === '') continue;
    const milestone = parseMilestone(id);
    if (!byOffset.has(milestone.offsetMs)) byOffset.set(milestone.offsetMs, milestone);
  }
  if (byOffset.size === 0) throw new Error('At least one countdown milestone is needed');
  return [...byOffset.values()].sort((a, b) => b.offsetMs - a.offsetMs);
}

export const DEFAULT_MILESTONE_IDS = ['7d', '3d', '24h', '6h', '1h', PASSED_MILESTONE_ID] as const;
export const DEFAULT_MILESTONES: readonly Milestone[] = parseMilestones(DEFAULT_MILESTONE_IDS);
