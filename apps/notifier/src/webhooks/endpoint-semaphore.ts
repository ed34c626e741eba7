import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type AppConfig, InjectConfig, InjectRedis, MicroBatcher } from '@dw/platform';

/**
 * For each (KEYS[i], holder ARGV[4+i]) in turn: drops the key's expired holders, then takes a slot
 * if fewer than the limit are held. Holders are scored by their expiry, so a slot taken by a worker
 * that died frees itself. One call serves a whole batch of deliveries (one round trip, atomic).
 */
const ACQUIRE_MANY = `
local now, expiry, limit, keyTtl = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local taken = {}
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  if redis.call('ZCARD', key) < limit then
    redis.call('ZADD', key, expiry, ARGV[4 + i])
    redis.call('PEXPIRE', key, keyTtl)
    taken[i] = 1
  else
    taken[i] = 0
  end
end
return taken
`;

const RELEASE_MANY = `
for i, key in ipairs(KEYS) do redis.call('ZREM', key, ARGV[i]) end
return #KEYS
`;

type SemaphoreRedis = Redis & {
  webhookSlotsAcquire(...keysThenArgs: (string | number)[]): Promise<number[]>;
  webhookSlotsRelease(...keysThenArgs: (string | number)[]): Promise<number>;
};

interface Slot {
  endpointId: string;
  holder: string;
}

/** Largest batch in one script call: keeps each call short so Redis serves others in between. */
const MAX_BATCH = 256;

/**
 * Bounds the requests in flight to one endpoint across every worker process (Redis-wide). Acquires
 * and releases made at about the same time travel together in one script call, so a busy worker
 * pays one round trip per batch instead of two per delivery. All keys of a call must live in one
 * Redis Cluster slot: give QUEUE_PREFIX a hash tag (`{dw}`), see docs/scaling.md.
 */
@Injectable()
export class EndpointSemaphore {
  private readonly logger = new Logger('EndpointSemaphore');
  private readonly redis: SemaphoreRedis;
  private readonly acquiring: MicroBatcher<Slot & { limit: number; ttlMs: number }, boolean>;
  private readonly releasing: MicroBatcher<Slot, null>;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    // defineCommand sends a script once and then calls it by its SHA (EVALSHA).
    redis.defineCommand('webhookSlotsAcquire', { lua: ACQUIRE_MANY });
    redis.defineCommand('webhookSlotsRelease', { lua: RELEASE_MANY });
    this.redis = redis as SemaphoreRedis;
    this.acquiring = new MicroBatcher({
      run: (slots) => this.acquireMany(slots),
      maxSize: MAX_BATCH,
      maxInFlight: 2,
    });
    this.releasing = new MicroBatcher({
      run: async (slots) => {
        await this.redis.webhookSlotsRelease(
          slots.length,
          ...slots.map((s) => this.key(s.endpointId)),
          ...slots.map((s) => s.holder),
        );
        return slots.map(() => null);
      },
      maxSize: MAX_BATCH,
      maxInFlight: 2,
    });
  }

  tryAcquire(endpointId: string, holder: string, limit: number, ttlMs: number): Promise<boolean> {
    return this.acquiring.add({ endpointId, holder, limit, ttlMs });
  }

  /** Never throws: a slot that cannot be handed back expires by itself. */
  async release(endpointId: string, holder: string): Promise<void> {
    await this.releasing.add({ endpointId, holder }).catch((error: unknown) => {
      this.logger.warn(
        { err: (error as Error).message, endpointId },
        'endpoint slot not released; it expires',
      );
    });
  }

  /** Waits for releases still on their way (shutdown). */
  settled(): Promise<void> {
    return this.releasing.settled();
  }

  /** Slots of one batch share limit and lifetime (one setting); mixed ones go one call per kind. */
  private async acquireMany(slots: (Slot & { limit: number; ttlMs: number })[]): Promise<boolean[]> {
    const answers = new Array<boolean>(slots.length);
    const kinds = new Map<string, number[]>();
    slots.forEach((slot, i) => {
      const kind = `${slot.limit}:${slot.ttlMs}`;
      const indexes = kinds.get(kind);
      if (indexes) indexes.push(i);
      else kinds.set(kind, [i]);
    });
    for (const indexes of kinds.values()) {
      const { limit, ttlMs } = slots[indexes[0]];
      // Wall-clock on purpose: slot expiry must agree across processes, whatever clock the app simulates.
      const now = Date.now();
      const taken = await this.redis.webhookSlotsAcquire(
        indexes.length,
        ...indexes.map((i) => this.key(slots[i].endpointId)),
        now,
        now + ttlMs,
        limit,
        ttlMs * 2,
        ...indexes.map((i) => slots[i].holder),
      );
      indexes.forEach((slotIndex, k) => (answers[slotIndex] = taken[k] === 1));
    }
    return answers;
  }

  private key(endpointId: string): string {
    return `${this.config.queuePrefix}:webhook-inflight:${endpointId}`;
  }
}
