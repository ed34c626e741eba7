/** Running totals of one delivery channel's outcomes (from dw_deliveries_total). */
export interface DeliveryTotals {
  delivered: number;
  retry: number;
}

export interface FailingChannel {
  channel: string;
  /** Attempts that failed for now since the last delivery. */
  retries: number;
  failingSince: number;
}

interface ChannelState extends DeliveryTotals {
  failingSince?: number;
  lastRetryAt?: number;
  retriesSinceDelivery: number;
}

const FORGET_AFTER_MS = 3_600_000;

/**
 * Whether a delivery channel makes progress: one that keeps failing for now (retries) and delivers
 * nothing for `stallAfterMs` is failing, whatever its jobs do (an email job that finds the relay down
 * completes, having scheduled its retries). One delivery clears it; so do an hour without retries.
 */
export class DeliveryProgress {
  private readonly channels = new Map<string, ChannelState>();

  constructor(private readonly stallAfterMs: number) {}

  update(totals: Record<string, DeliveryTotals>, now: number): FailingChannel[] {
    const failing: FailingChannel[] = [];
    for (const [channel, current] of Object.entries(totals)) {
      const state = this.channels.get(channel) ?? { delivered: 0, retry: 0, retriesSinceDelivery: 0 };
      if (current.delivered > state.delivered) {
        state.failingSince = undefined;
        state.retriesSinceDelivery = 0;
      } else if (current.retry > state.retry) {
        state.failingSince ??= now;
        state.lastRetryAt = now;
        state.retriesSinceDelivery += current.retry - state.retry;
      }
      state.delivered = current.delivered;
      state.retry = current.retry;
      this.channels.set(channel, state);
      if (
        state.failingSince !== undefined &&
        now - state.failingSince >= this.stallAfterMs &&
        now - (state.lastRetryAt ?? 0) < Math.max(this.stallAfterMs, FORGET_AFTER_MS)
      ) {
        failing.push({ channel, retries: state.retriesSinceDelivery, failingSince: state.failingSince });
      }
    }
    return failing;
  }
}
