const UNITS = [
  { ms: 86_400_000, one: 'day', many: 'days' },
  { ms: 3_600_000, one: 'hour', many: 'hours' },
  { ms: 60_000, one: 'minute', many: 'minutes' },
] as const;

function phrase(amount: number, unit: (typeof UNITS)[number]): string {
  return `${amount} ${amount === 1 ? unit.one : unit.many}`;
}

/**
 * "6 days 23 hours", "5 hours 3 minutes", "2 hours", "less than a minute": the largest unit and
 * the one below it, floored, so a countdown never overstates the time left.
 */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms));
  const first = UNITS.findIndex((unit) => total >= unit.ms);
  if (first === -1) return 'less than a minute';
  const major = UNITS[first];
  const majorAmount = Math.floor(total / major.ms);
  const minor = UNITS[first + 1];
  const minorAmount = minor ? Math.floor((total - majorAmount * major.ms) / minor.ms) : 0;
  return minor && minorAmount > 0
    ? `${phrase(majorAmount, major)} ${phrase(minorAmount, minor)}`
    : phrase(majorAmount, major);
}

/** Time left before a deadline ("6 days 23 hours"), or how long ago it passed ("passed 2 hours ago"). */
export function formatRemaining(deadline: Date, now: Date): string {
  const diff = deadline.getTime() - now.getTime();
  if (diff > 0) return formatDuration(diff);
  if (diff > -60_000) return 'passed just now';
  return `passed ${formatDuration(-diff)} ago`;
}
