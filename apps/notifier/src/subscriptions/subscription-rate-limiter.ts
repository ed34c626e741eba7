import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { type AppConfig, InjectConfig, InjectRedis } from '@dw/platform';

/** Public sign-ups: a client may try a handful of addresses, an address hears from us rarely. */
export const SUBSCRIBE_LIMITS = {
  perClient: { points: 20, durationSeconds: 15 * 60 },
  perAddress: { points: 5, durationSeconds: 60 * 60 },
} as const;

export class RateLimitedError extends Error {
  constructor(
    readonly scope: 'client' | 'address',
    readonly retryAfterSeconds: number,
  ) {
    super(`too many subscription requests from this ${scope}; try again in ${retryAfterSeconds} s`);
  }
}

/**
 * Redis-backed counters shared by every replica (rate-limiter-flexible); while Redis is down an
 * in-process limiter of the same size stands in, so the route neither opens up nor fails.
 */
@Injectable()
export class SubscriptionRateLimiter {
  private readonly logger = new Logger('SubscribeRateLimit');
  private readonly perClient: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@InjectRedis() redis: Redis, @InjectConfig() config: AppConfig) {
    const limiter = (name: string, limits: { points: number; durationSeconds: number }) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.queuePrefix}:rl:${name}`,
        points: limits.points,
        duration: limits.durationSeconds,
        insuranceLimiter: new RateLimiterMemory({ points: limits.points, duration: limits.durationSeconds }),
      });
    this.perClient = limiter('subscribe-client', SUBSCRIBE_LIMITS.perClient);
    this.perAddress = limiter('subscribe-address', SUBSCRIBE_LIMITS.perAddress);
  }

  /** Throws RateLimitedError when the client or the address has used up its allowance. */
  async consume(clientIp: string, address: string): Promise<void> {
    await this.take(this.perClient, 'client', clientIp);
    await this.take(this.perAddress, 'address', address.toLowerCase());
  }

  private async take(limiter: RateLimiterRedis, scope: 'client' | 'address', key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        throw new RateLimitedError(scope, Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      }
      this.logger.warn({ err: rejection }, 'rate limiter unavailable');
    }
  }
}
