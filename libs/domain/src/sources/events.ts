import type { SourceRecoveredEvent, SourceSilenceData, SourceSilentEvent } from '../model/events';
import { stableEventId } from '../status/ids';
import type { Silence } from './silence';

export interface SilentSource {
  scope: 'feed' | 'track';
  /** The track the alert is filed under ('*' for a feed of no track). */
  trackId: string;
  feedId: number | null;
  url: string | null;
  source: string | null;
}

function data(
  source: SilentSource,
  silence: Pick<Silence, 'reason' | 'since' | 'lastHeardAt' | 'detail'>,
): SourceSilenceData {
  return {
    scope: source.scope,
    reason: silence.reason,
    feedId: source.feedId,
    url: source.url,
    source: source.source,
    since: silence.since.toISOString(),
    lastHeardAt: silence.lastHeardAt?.toISOString() ?? null,
    detail: silence.detail,
  };
}

const subject = (source: SilentSource) =>
  source.scope === 'feed' ? `feed:${source.feedId}` : `track:${source.trackId}`;

/** One alert per silent episode: the id names the source and when its silence began. */
export function sourceSilentEvent(source: SilentSource, silence: Silence, now: Date): SourceSilentEvent {
  return {
    id: stableEventId('source.silent', subject(source), silence.since.toISOString()),
    type: 'source.silent',
    trackId: source.trackId,
    occurredAt: now.toISOString(),
    data: data(source, silence),
  };
}

export function sourceRecoveredEvent(
  source: SilentSource,
  silentSince: Date,
  reason: Silence['reason'],
  now: Date,
): SourceRecoveredEvent {
  const hoursSilent = Math.round((now.getTime() - silentSince.getTime()) / 360_000) / 10;
  return {
    id: stableEventId('source.recovered', subject(source), silentSince.toISOString()),
    type: 'source.recovered',
    trackId: source.trackId,
    occurredAt: now.toISOString(),
    data: data(source, {
      reason,
      since: silentSince,
      lastHeardAt: now,
      detail: `heard again after ${hoursSilent} h of silence`,
    }),
  };
}
