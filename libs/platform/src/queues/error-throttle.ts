/**
 * Says each distinct error once per window: the first occurrence is reported at once, repeats within
 * the window are counted and reported with the next occurrence after it. A Redis outage makes every
 * queue and worker connection fail every second; the log gets one line per kind of failure.
 */
export class ErrorThrottle {
  private readonly seen = new Map<string, { reportedAt: number; suppressed: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Returns null to stay quiet, or how many like it were held back since the last report. */
  admit(key: string): { suppressed: number } | null {
    const at = this.now();
    const entry = this.seen.get(key);
    if (entry && at - entry.reportedAt < this.windowMs) {
      entry.suppressed++;
      return null;
    }
    const suppressed = entry?.suppressed ?? 0;
    this.seen.set(key, { reportedAt: at, suppressed: 0 });
    if (this.seen.size > 1000) this.seen.delete(this.seen.keys().next().value!);
    return { suppressed };
  }
}

/** Connection errors name a host and port; the kind of failure is what makes two of them alike. */
export function errorKind(error: Error & { code?: string }): string {
  return error.code ?? error.message.replace(/\d+(\.\d+){3}:\d+|\[[0-9a-f:]+\]:\d+/gi, 'ADDR').slice(0, 200);
}
