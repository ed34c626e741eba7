import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type AppConfig, InjectConfig, InjectRedis } from '@dw/platform';

/**
 * Drops expired holders, then takes a slot if fewer than the limit are held. Holders are scored by
 * their expiry, so a slot taken by a worker that died frees itself.
 */
const ACQUIRE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[3]) then
  redis.call('ZADD', KEYS[1], ARGV[2], ARGV[4])
  redis.call('PEXPIRE', KEYS[1], ARGV[5])
  return 1
end
return 0
`;

type SemaphoreRedis = Redis & {
  webhookSlotAcquire(
    key: string,
    now: string,
    expiry: string,
    limit: string,
    holder: string,
    keyTtl: string,
  ): Promise<number>;
};

/** Bounds the requests in flight to one endpoint across every worker process (Redis-wide). */
@Injectable()
export class EndpointSemaphore {
  private readonly redis: SemaphoreRedis;

  constructor(
    @InjectRedis() redis: Redis,
    @InjectConfig() private readonly config: AppConfig,
  ) {
    // defineCommand sends the script once and then calls it by its SHA (EVALSHA).
    redis.defineCommand('webhookSlotAcquire', { numberOfKeys: 1, lua: ACQUIRE });
    this.redis = redis as SemaphoreRedis;
  }

  async tryAcquire(endpointId: string, holder: string, limit: number, ttlMs: number): Promise<boolean> {
    // Wall-clock on purpose: slot expiry must agree across processes, whatever clock the app simulates.
    const now = Date.now();
    const taken = await this.redis.webhookSlotAcquire(
      this.key(endpointId),
      String(now),
      String(now + ttlMs),
      String(limit),
      holder,
      String(ttlMs * 2),
    );
    return taken === 1;
  }

  async release(endpointId: string, holder: string): Promise<void> {
    await this.redis.zrem(this.key(endpointId), holder);
  }

  private key(endpointId: string): string {
    return `${this.config.queuePrefix}:webhook-inflight:${endpointId}`;
  }
}
