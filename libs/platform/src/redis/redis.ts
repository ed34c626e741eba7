import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { redactUrl } from '../config/redact-url';

/** The longest pause between two reconnect attempts to Redis. */
export const REDIS_RETRY_MAX_MS = 5000;

/** ioredis options from a redis:// URL, shaped for BullMQ (workers must wait forever for Redis). */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    db: Number.isFinite(db) ? db : 0,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times: number) => Math.min(200 * times, REDIS_RETRY_MAX_MS),
  };
}

export class RedisUnreachableError extends Error {}

/** One quick try, so start-up can say in one line what is wrong instead of retrying silently. */
export async function assertRedisReachable(url: string, timeoutMs = 3000): Promise<void> {
  const client = new Redis({
    ...redisOptionsFromUrl(url),
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new RedisUnreachableError(
      `Redis is not reachable at ${redactUrl(url, 'REDIS_URL')} (${(error as Error).message}): start it (redis-server), or set REDIS_URL`,
    );
  } finally {
    client.disconnect();
  }
}

/** The same settings in BullMQ's own option type. */
export function bullConnection(url: string): ConnectionOptions {
  const options = redisOptionsFromUrl(url);
  const connection: Record<string, unknown> = {
    host: options.host,
    port: options.port,
    db: options.db,
    maxRetriesPerRequest: null,
    retryStrategy: options.retryStrategy,
  };
  if (options.username) connection.username = options.username;
  if (options.password) connection.password = options.password;
  if (options.tls) connection.tls = options.tls;
  return connection;
}
