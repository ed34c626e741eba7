/** The feed fields that tell whether it has gone silent. */
export interface FeedPulse {
  consecutive_failures: number;
  last_success_at: Date | null;
  created_at: Date;
}

/** Since when a failing feed has given nothing: its last success, or its creation; null while it works. */
export function failingSince(feed: FeedPulse): Date | null {
  if (feed.consecutive_failures === 0) return null;
  return feed.last_success_at ?? feed.created_at;
}

/** A source is silent when it has been failing, without a success, for longer than `silentAfterMs`. */
export function isSilent(feed: FeedPulse, now: Date, silentAfterMs: number): boolean {
  const since = failingSince(feed);
  return since !== null && now.getTime() - since.getTime() > silentAfterMs;
}
