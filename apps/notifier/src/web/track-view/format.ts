import { DateTime } from 'luxon';
import { isSignalType, TRACK_STATUSES, type SignalType, type TrackStatus } from '@dw/domain';

const MEMO_LIMIT = 1_000;

/** A bounded memo: the page formats the same few instants on every request, luxon is slow at it. */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, value);
    return value;
  };
}

const displayMemo = memoize((key) => {
  const [ms, zone] = key.split('|');
  const inZone = DateTime.fromMillis(Number(ms), { zone });
  const dt = inZone.isValid ? inZone : DateTime.fromMillis(Number(ms), { zone: 'UTC' });
  return dt.setLocale('en-US').toFormat('cccc d LLLL yyyy, HH:mm ZZZZ');
});

/** "Friday 1 August 2025, 00:01 EDT": an instant as people in `zone` read it. */
export function displayInZone(instant: Date, zone: string): string {
  return displayMemo(`${instant.getTime()}|${zone}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** "1 Aug 2025" in UTC, or null for an unreadable value. */
export function utcDay(iso: string | null): string | null {
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return null;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "1 Aug 2025, 04:01 UTC": the no-JavaScript rendering; the page script rewrites it in the viewer's zone. */
export function utcShort(iso: string | null): string {
  const day = utcDay(iso);
  if (!day || !iso) return 'date unknown';
  const date = new Date(iso);
  return `${day}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
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
