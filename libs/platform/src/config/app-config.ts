import { createPrivateKey } from 'node:crypto';
import * as path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const urlWithProtocols = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const schema = z.object({
  REDIS_URL: urlWithProtocols(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  DATABASE_URL: urlWithProtocols(['postgres:', 'postgresql:']).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:']).optional(),
  MAIL_FROM: z.string().min(3).default('alerts@localhost'),
  OPS_EMAIL: z.email({ message: 'expected an email address' }).optional(),
  MAIL_FROM_NAME: z.string().min(1).max(100).optional(),
  SMTP_POOL_SIZE: z.coerce
    .number({ message: 'expected a whole number' })
    .int()
    .min(1, 'expected 1 to 50')
    .max(50, 'expected 1 to 50')
    .default(5),
  DKIM_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'expected a domain name')
    .optional(),
  DKIM_SELECTOR: z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'expected a DNS label')
    .optional(),
  DKIM_PRIVATE_KEY: z
    .string()
    .transform((value) => value.replace(/\\n/g, '\n'))
    .refine(
      (value) => {
        try {
          createPrivateKey(value);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'expected a PEM private key (newlines may be written as \\n)' },
    )
    .optional(),
  BOUNCE_ADDRESS: z.email({ message: 'expected an email address' }).optional(),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:']).default('http://localhost:3000'),
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000),
  API_TOKEN: z.string().min(16, 'expected at least 16 characters').optional(),
  TRACKS_FILE: z.string().min(1).optional(),
  ALLOW_PRIVATE_NETWORK: booleanFlag.default(false),
  SECRET_KEY: z.string().min(16, 'expected at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'expected letters, digits, colon, dash or underscore')
    .default('dw'),
  SCHEDULERS: booleanFlag.default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  WEBHOOK_TIMEOUT_MS: z.coerce
    .number({ message: 'expected milliseconds' })
    .int()
    .min(100)
    .max(60_000)
    .default(15_000),
  WEBHOOK_DISABLE_AFTER_HOURS: z.coerce.number({ message: 'expected hours' }).positive().default(120),
  WEBHOOK_ROTATION_GRACE_HOURS: z.coerce.number({ message: 'expected hours' }).min(0).default(24),
  TRACKS_RELOAD_SECONDS: z.coerce.number({ message: 'expected seconds' }).int().min(1).max(3600).default(30),
  WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce
    .number({ message: 'expected a whole number' })
    .int()
    .min(1)
    .max(64)
    .default(4),
  WEBHOOK_GROUP_SIZE: z.coerce
    .number({ message: 'expected a whole number of deliveries' })
    .int()
    .min(1)
    .max(64)
    .default(8),
  WEBHOOK_LOCK_MS: z.coerce
    .number({ message: 'expected milliseconds' })
    .int()
    .min(1000)
    .max(600_000)
    .default(30_000),
  DATABASE_POOL_SIZE: z.coerce
    .number({ message: 'expected a whole number of connections' })
    .int()
    .min(1)
    .max(500)
    .optional(),
  QUEUE_STALL_AFTER_SECONDS: z.coerce
    .number({ message: 'expected seconds (0 turns the check off)' })
    .int()
    .min(0)
    .max(86_400)
    .default(120),
  RETRY_DELAY_SCALE: z.coerce
    .number({ message: 'expected a number between 0.001 and 1' })
    .min(0.001)
    .max(1)
    .default(1),
});

export type RawEnv = Record<string, string | undefined>;

export interface AppConfig {
  redisUrl: string;
  databaseUrl: string | undefined;
  /** PostgreSQL connections of this process; unset: sized for its workers (see sizeDatabasePool). */
  databasePoolSize: number | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The operator's address for notices about the service itself (a webhook endpoint disabled, ...). */
  opsEmail: string | undefined;
  /** The display name in From, e.g. "Deadline Watch". */
  mailFromName: string | undefined;
  /** Connections the SMTP pool keeps open. */
  smtpPoolSize: number;
  /** DKIM signing: all three settings or none. */
  dkim: { domain: string; selector: string; privateKey: string } | undefined;
  /** The envelope sender (Return-Path): where relays send asynchronous bounces (DSNs). */
  bounceAddress: string | undefined;
  publicUrl: string;
  port: number;
  apiToken: string | undefined;
  tracksFile: string;
  allowPrivateNetwork: boolean;
  /** Signs email tokens. Unset in development: derived per data dir so links survive restarts. */
  secretKey: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  logFormat: 'json' | 'pretty';
  queuePrefix: string;
  /** Whether this instance registers the repeatable jobs (polls, countdowns, digests). */
  schedulers: boolean;
  shutdownTimeoutMs: number;
  /** A consumed queue with pending jobs and none finished for this long is reported stuck (0: never). */
  queueStallAfterMs: number;
  /** Multiplies every retry delay (1 in production; fault drills and tests shrink hours to seconds). */
  retryDelayScale: number;
  /** How often every service re-reads the tracks from the database, besides the Redis notice. */
  tracksReloadMs: number;
  webhooks: {
    /** A 2xx later than this is a failure. */
    timeoutMs: number;
    /** An endpoint failing without a success for this long is disabled. */
    disableAfterMs: number;
    /** How long a rotated-out secret keeps signing. */
    rotationGraceMs: number;
    /** Requests in flight to one endpoint at once, across every worker. */
    perEndpointConcurrency: number;
    /** A worker silent this long loses its deliveries to another (BullMQ lock and stalled check). */
    lockMs: number;
    /** An event's first attempts go out as one queue job per this many deliveries (1: one each). */
    groupSize: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export const DEFAULT_TRACKS_FILE = path.join(projectRoot(), 'config', 'tracks.yaml');

/** Parses and validates the environment once; every bad key is named with what it expects. */
export function parseConfig(env: RawEnv, isTty = false): AppConfig {
  const cleaned = Object.fromEntries(
    Object.keys(schema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}=${JSON.stringify(cleaned[String(issue.path[0])])}: ${issue.message}`,
      ),
    );
  }
  const v = result.data;
  const dkimKeys = ['DKIM_DOMAIN', 'DKIM_SELECTOR', 'DKIM_PRIVATE_KEY'] as const;
  const dkimSet = dkimKeys.filter((key) => v[key] !== undefined);
  if (dkimSet.length > 0 && dkimSet.length < dkimKeys.length) {
    throw new ConfigError(
      dkimKeys
        .filter((key) => v[key] === undefined)
        .map((key) => `${key}=undefined: required when ${dkimSet.join(' and ')} set (DKIM needs all three)`),
    );
  }
  return {
    redisUrl: v.REDIS_URL,
    databaseUrl: v.DATABASE_URL,
    databasePoolSize: v.DATABASE_POOL_SIZE,
    dataDir: path.resolve(v.DATA_DIR),
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    opsEmail: v.OPS_EMAIL,
    mailFromName: v.MAIL_FROM_NAME,
    smtpPoolSize: v.SMTP_POOL_SIZE,
    dkim:
      v.DKIM_DOMAIN && v.DKIM_SELECTOR && v.DKIM_PRIVATE_KEY
        ? { domain: v.DKIM_DOMAIN, selector: v.DKIM_SELECTOR, privateKey: v.DKIM_PRIVATE_KEY }
        : undefined,
    bounceAddress: v.BOUNCE_ADDRESS,
    publicUrl: v.PUBLIC_URL.replace(/\/+$/, ''),
    port: v.PORT,
    apiToken: v.API_TOKEN,
    tracksFile: v.TRACKS_FILE ? path.resolve(v.TRACKS_FILE) : DEFAULT_TRACKS_FILE,
    allowPrivateNetwork: v.ALLOW_PRIVATE_NETWORK,
    secretKey: v.SECRET_KEY,
    logLevel: v.LOG_LEVEL,
    logFormat: v.LOG_FORMAT ?? (isTty ? 'pretty' : 'json'),
    queuePrefix: v.QUEUE_PREFIX,
    schedulers: v.SCHEDULERS,
    shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
    queueStallAfterMs: v.QUEUE_STALL_AFTER_SECONDS * 1000,
    retryDelayScale: v.RETRY_DELAY_SCALE,
    tracksReloadMs: v.TRACKS_RELOAD_SECONDS * 1000,
    webhooks: {
      timeoutMs: v.WEBHOOK_TIMEOUT_MS,
      disableAfterMs: v.WEBHOOK_DISABLE_AFTER_HOURS * 3_600_000,
      rotationGraceMs: v.WEBHOOK_ROTATION_GRACE_HOURS * 3_600_000,
      perEndpointConcurrency: v.WEBHOOK_ENDPOINT_CONCURRENCY,
      lockMs: v.WEBHOOK_LOCK_MS,
      groupSize: v.WEBHOOK_GROUP_SIZE,
    },
  };
}

/** Reads `.env` when present, then the process environment (which wins). */
export function loadConfig(): AppConfig {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const dotenv = require('dotenv') as typeof import('dotenv');
  dotenv.config({ quiet: true });
  return parseConfig(process.env, Boolean(process.stdout.isTTY));
}
