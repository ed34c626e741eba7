import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Redis } from 'ioredis';
import type { Database } from '../database/database';
import { QueueObserver } from '../queues/queue-observer';
import { QueueRegistry } from '../queues/queue-registry';
import { InjectDatabase, InjectRedis } from '../tokens';

export interface CheckResult {
  ok: boolean;
  error?: string;
  [detail: string]: unknown;
}

export interface HealthReport {
  /** degraded: everything answers, but a queue has pending work and makes no progress. */
  status: 'ok' | 'degraded' | 'unavailable';
  checks: { redis: CheckResult; database: CheckResult; queues: CheckResult };
}

@Injectable()
export class HealthService {
  constructor(
    @InjectRedis() private readonly redis: Redis,
    @InjectDatabase() private readonly db: Database,
    private readonly queues: QueueRegistry,
    private readonly observer: QueueObserver,
  ) {}

  async report(): Promise<HealthReport> {
    const [redis, database, queues] = await Promise.all([
      this.checkRedis(),
      this.checkDatabase(),
      this.checkQueues(),
    ]);
    const up = redis.ok && database.ok;
    const status = !up ? 'unavailable' : queues.ok ? 'ok' : 'degraded';
    return { status, checks: { redis, database, queues } };
  }

  private async checkRedis(): Promise<CheckResult> {
    if (this.redis.status !== 'ready')
      return { ok: false, error: `Redis connection is ${this.redis.status}` };
    return timed(async () => {
      await this.redis.ping();
      return { ok: true };
    }, 'Redis');
  }

  private async checkDatabase(): Promise<CheckResult> {
    return timed(async () => {
      await sql`select 1`.execute(this.db);
      return { ok: true };
    }, 'database');
  }

  private async checkQueues(): Promise<CheckResult> {
    if (this.redis.status !== 'ready') return { ok: false, error: 'queues need Redis' };
    return timed(async () => {
      const counts: Record<string, Record<string, number>> = {};
      for (const queue of this.queues.all) {
        counts[queue.name] = await queue.getJobCounts(
          'waiting',
          'active',
          'prioritized',
          'delayed',
          'failed',
        );
      }
      const stalled = await this.observer.assess(counts);
      if (stalled.length === 0) return { ok: true, counts };
      return {
        ok: false,
        error: `no progress on ${stalled.map((s) => `${s.queue} (${s.reason}: ${s.pending} since ${s.since})`).join(', ')}`,
        stalled,
        counts,
      };
    }, 'queues');
  }
}

async function timed(
  check: () => Promise<CheckResult>,
  what: string,
  timeoutMs = 1500,
): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: `${what} did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      check().catch((error: Error) => ({ ok: false, error: `${what}: ${error.message}` })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
