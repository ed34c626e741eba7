import type { LookupFunction } from 'node:net';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { type CadencePolicy, DEFAULT_CADENCE } from '@dw/domain/cadence';
import type { SilencePolicy } from '@dw/domain/sources';

/** How the poller fetches, paces and subscribes; production defaults, tests and the bench shorten them. */
export interface PollerSettings {
  /** Until the TCP (and TLS) connection is up. */
  connectTimeoutMs: number;
  /** One whole fetch, redirects and body included. */
  totalTimeoutMs: number;
  /** Cap on a feed body (and on a WebSub push), on the wire and decompressed. */
  maxBytes: number;
  maxRedirects: number;
  perHostConcurrency: number;
  cadence: CadencePolicy;
  /** A number in [0, 1) for the cadence jitter; tests pass a constant. */
  random: () => number;
  /** A feed failing with no success for this long is reported as a silent source. */
  silentAfterMs: number;
  /** The other silence rules (a quiet feed, an unheard track near its deadline); defaults otherwise. */
  silence?: Partial<SilencePolicy>;
  /** Lease asked of a WebSub hub. */
  webSubLeaseSeconds: number;
  /** A lease is renewed when it ends within this margin. */
  webSubRenewBeforeMs: number;
  /** A subscription request the hub has not verified within this time may be sent again. */
  webSubPendingTimeoutMs: number;
  /** Replaces the guarded DNS lookup (tests only: lets a made-up host name reach the loopback server). */
  lookup?: LookupFunction;
}

export const DEFAULT_POLLER_SETTINGS: PollerSettings = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
  cadence: DEFAULT_CADENCE,
  random: Math.random,
  silentAfterMs: 6 * 3600_000,
  webSubLeaseSeconds: 10 * 86_400,
  webSubRenewBeforeMs: 24 * 3600_000,
  webSubPendingTimeoutMs: 3600_000,
};

export const POLLER_SETTINGS = Symbol('POLLER_SETTINGS');
export const POLLER_SETTINGS_OVERRIDE = Symbol('POLLER_SETTINGS_OVERRIDE');

export function resolvePollerSettings(override?: Partial<PollerSettings> | null): PollerSettings {
  return { ...DEFAULT_POLLER_SETTINGS, ...(override ?? {}) };
}

/** Overrides poller settings for a whole app (tests, bench): add `PollerSettingsOverrideModule.with({...})` to its features. */
@Global()
@Module({})
export class PollerSettingsOverrideModule {
  static with(override: Partial<PollerSettings>): DynamicModule {
    return {
      module: PollerSettingsOverrideModule,
      providers: [{ provide: POLLER_SETTINGS_OVERRIDE, useValue: override }],
      exports: [POLLER_SETTINGS_OVERRIDE],
    };
  }
}
