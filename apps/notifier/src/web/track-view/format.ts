import { DateTime } from 'luxon';
import { isSignalType, TRACK_STATUSES, type SignalType, type TrackStatus } from '@dw/domain';

/** "Friday 1 August 2025, 00:01 EDT": an instant as people in `zone` read it. */
export function displayInZone(instant: Date, zone: string): string {
  const inZone = DateTime.fromJSDate(instant, { zone });
  const dt = inZone.isValid ? inZone : DateTime.fromJSDate(instant, { zone: 'UTC' });
  return dt.setLocale('en-US').toFormat('cccc d LLLL yyyy, HH:mm ZZZZ');
}

/** The instant written with the zone's own offset, e.g. 2025-08-01T00:01:00.000-04:00. */
export function isoInZone(instant: Date, zone: string): string {
  const inZone = DateTime.fromJSDate(instant, { zone });
  return (
    (inZone.isValid ? inZone : DateTime.fromJSDate(instant, { zone: 'UTC' })).toISO() ?? instant.toISOString()
  );
}

/** Only http(s) links are rendered: a feed's `javascript:` or `data:` link must never become clickable. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function asTrackStatus(value: string | null | undefined): TrackStatus {
  return (TRACK_STATUSES as readonly string[]).includes(value ?? '') ? (value as TrackStatus) : 'unknown';
}

export function asSignalType(value: string): SignalType | null {
  return isSignalType(value) ? value : null;
}

export function toIso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
