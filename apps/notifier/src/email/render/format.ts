import { DateTime } from 'luxon';

const INSTANT_FORMAT = 'ccc d LLL yyyy, HH:mm';

function inZone(iso: string, zone: string): DateTime | null {
  const millis = Date.parse(iso);
  if (Number.isNaN(millis)) return null;
  const local = DateTime.fromMillis(millis, { zone, locale: 'en-US' });
  return local.isValid ? local : DateTime.fromMillis(millis, { zone: 'utc', locale: 'en-US' });
}

const offsetNames = new Map<string, string>();

/** "EDT", "GMT+9": luxon builds an Intl formatter per call for this, so it is cached per zone and offset. */
function offsetName(local: DateTime): string {
  const key = `${local.zoneName}|${local.offset}`;
  let name = offsetNames.get(key);
  if (name === undefined) {
    name = local.offsetNameShort ?? local.toFormat('ZZ');
    offsetNames.set(key, name);
  }
  return name;
}

/** "Fri 1 Aug 2025, 13:01 GMT+9 (Asia/Seoul)": an instant in the recipient's zone. */
export function formatInstant(iso: string | null | undefined, zone: string): string {
  if (!iso) return 'unknown time';
  const local = inZone(iso, zone);
  if (!local) return 'unknown time';
  const abbreviation = offsetName(local);
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
  return `${local.toFormat(INSTANT_FORMAT)} ${offsetName(local)} in ${statedZone}`;
}
