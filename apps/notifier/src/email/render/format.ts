import { DateTime } from 'luxon';

const INSTANT_FORMAT = 'ccc d LLL yyyy, HH:mm';

function inZone(iso: string, zone: string): DateTime | null {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) return null;
  const local = parsed.setZone(zone);
  return local.isValid ? local.setLocale('en-US') : parsed.setLocale('en-US');
}

/** "Fri 1 Aug 2025, 13:01 GMT+9 (Asia/Seoul)": an instant in the recipient's zone. */
export function formatInstant(iso: string | null | undefined, zone: string): string {
  if (!iso) return 'unknown time';
  const local = inZone(iso, zone);
  if (!local) return 'unknown time';
  const abbreviation = local.offsetNameShort ?? local.toFormat('ZZ');
  const zoneNote = local.zoneName === abbreviation ? '' : ` (${local.zoneName})`;
  return `${local.toFormat(INSTANT_FORMAT)} ${abbreviation}${zoneNote}`;
}

/** "Fri 1 Aug 2025" for a day-only date, or an instant in the recipient's zone. */
export function formatWhen(value: string, zone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const day = DateTime.fromISO(value, { zone: 'utc' });
    return day.isValid ? day.setLocale('en-US').toFormat('ccc d LLL yyyy') : value;
  }
  return formatInstant(value, zone);
}

/** "00:01 EDT in America/New_York": how the deadline was stated, when that zone differs from the reader's. */
export function formatStatedIn(iso: string, statedZone: string, readerZone: string): string | null {
  if (statedZone === readerZone) return null;
  const local = inZone(iso, statedZone);
  if (!local || local.zoneName !== statedZone) return null;
  return `${local.toFormat(INSTANT_FORMAT)} ${local.offsetNameShort ?? local.toFormat('ZZ')} in ${statedZone}`;
}
