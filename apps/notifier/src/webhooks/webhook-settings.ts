import { type DynamicModule, Global, Module } from '@nestjs/common';
import {
  DEFAULT_DISABLE_AFTER_MS,
  DEFAULT_JITTER_RATIO,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_ROTATION_GRACE_MS,
  WEBHOOK_RETRY_SCHEDULE_MS,
  WEBHOOK_TIMEOUT_MS,
} from '@dw/domain/webhooks';
import type { AppConfig } from '@dw/platform';

/** How webhook delivery behaves; the defaults are production's, tests and the bench shorten them. */
export interface WebhookSettings {
  /** Delay before each attempt (the first is normally 0); its length is the number of attempts. */
  retryScheduleMs: readonly number[];
  jitterRatio: number;
  maxRetryAfterMs: number;
  /** Hard limit on one request, response headers and excerpt included (a 2xx later than this fails). */
  requestTimeoutMs: number;
  /** An endpoint failing without a success for this long is disabled. */
  disableAfterMs: number;
  /** How long a rotated-out secret keeps signing. */
  rotationGraceMs: number;
  /** Requests in flight to one endpoint at once, across every worker. */
  perEndpointConcurrency: number;
  /** When an endpoint is saturated its job waits this long (plus jitter) and tries again. */
  saturatedDelayMs: number;
  /**
   * Deliveries one worker process runs at once (I/O bound: high). Part of each job waits on the
   * batched bookkeeping (load, record) rather than the request, so this is twice the sockets.
   */
  workerConcurrency: number;
  maxSocketsPerHost: number;
  /** BullMQ lock: a worker that stops renewing it for this long is presumed dead. */
  lockDurationMs: number;
  /** How often workers look for jobs whose worker died (stalled jobs) and hand them out again. */
  stalledIntervalMs: number;
  maxStalledCount: number;
  responseExcerptBytes: number;
  /**
   * An event's first attempts are enqueued as one job per this many deliveries (1: one job each).
   * Retries and saturated endpoints always continue as a job per delivery.
   */
  groupSize: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  retryScheduleMs: WEBHOOK_RETRY_SCHEDULE_MS,
  jitterRatio: DEFAULT_JITTER_RATIO,
  maxRetryAfterMs: DEFAULT_MAX_RETRY_AFTER_MS,
  requestTimeoutMs: WEBHOOK_TIMEOUT_MS,
  disableAfterMs: DEFAULT_DISABLE_AFTER_MS,
  rotationGraceMs: DEFAULT_ROTATION_GRACE_MS,
  perEndpointConcurrency: 4,
  saturatedDelayMs: 1000,
  workerConcurrency: 128,
  maxSocketsPerHost: 64,
  lockDurationMs: 30_000,
  stalledIntervalMs: 30_000,
  maxStalledCount: 2,
  responseExcerptBytes: 1024,
  groupSize: 8,
};

export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
export const WEBHOOK_SETTINGS_OVERRIDE = Symbol('WEBHOOK_SETTINGS_OVERRIDE');

/** Defaults, then the WEBHOOK_* settings, then an override (tests, bench). */
export function resolveWebhookSettings(
  configured?: Partial<WebhookSettings> | null,
  override?: Partial<WebhookSettings> | null,
): WebhookSettings {
  return { ...DEFAULT_WEBHOOK_SETTINGS, ...(configured ?? {}), ...(override ?? {}) };
}

export function webhookSettingsFromConfig(config: AppConfig): Partial<WebhookSettings> {
  return {
    retryScheduleMs: WEBHOOK_RETRY_SCHEDULE_MS.map((ms) => Math.round(ms * config.retryDelayScale)),
    requestTimeoutMs: config.webhooks.timeoutMs,
    disableAfterMs: config.webhooks.disableAfterMs,
    rotationGraceMs: config.webhooks.rotationGraceMs,
    perEndpointConcurrency: config.webhooks.perEndpointConcurrency,
    lockDurationMs: config.webhooks.lockMs,
    stalledIntervalMs: config.webhooks.lockMs,
    groupSize: config.webhooks.groupSize,
  };
}

/**
 * Overrides webhook settings for a whole app (tests, bench): add
 * `WebhookSettingsOverrideModule.with({...})` to the app's features.
 */
@Global()
@Module({})
export class WebhookSettingsOverrideModule {
  static with(override: Partial<WebhookSettings>): DynamicModule {
    return {
      module: WebhookSettingsOverrideModule,
      providers: [{ provide: WEBHOOK_SETTINGS_OVERRIDE, useValue: override }],
      exports: [WEBHOOK_SETTINGS_OVERRIDE],
    };
  }
}
