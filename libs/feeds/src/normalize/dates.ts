const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'janeiro', 'gennaio', 'enero', 'janvier', 'januar', 'gen', 'ene', 'janv', 'jän'],
  ['feb', 'february', 'fevereiro', 'fev', 'febbraio', 'febrero', 'février', 'fevrier', 'févr', 'februar'],
  ['mar', 'march', 'março', 'marco', 'marzo', 'mars', 'märz', 'marz', 'mär'],
  ['apr', 'april', 'abril', 'aprile', 'avril', 'abr', 'avr'],
  ['may', 'maio', 'maggio', 'mayo', 'mai', 'mag'],
  ['jun', 'june', 'junho', 'giugno', 'junio', 'juin', 'juni', 'giu'],
  ['jul', 'july', 'julho', 'luglio', 'julio', 'juillet', 'juli', 'lug', 'juil'],
  ['aug', 'august', 'agosto', 'août', 'aout', 'ago', 'aoû'],
  ['sep', 'sept', 'september', 'setembro', 'settembre', 'septiembre', 'septembre', 'set'],
  ['oct', 'october', 'outubro', 'ottobre', 'octubre', 'octobre', 'oktober', 'out', 'ott', 'okt'],
  ['nov', 'november', 'novembro', 'novembre', 'noviembre'],
  [
    'dec',
    'december',
    'dezembro',
    'dicembre',
    'diciembre',
    'décembre',
    'decembre',
    'dezember',
    'dez',
    'dic',
    'déc',
  ],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

/** Zone abbreviations feeds actually use, as minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  BST: 60,
  IST: 330,
  EET: 120,
  EEST: 180,
  WEST: 60,
  MSK: 180,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  ACST: 570,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

const MIN_YEAR = 1970;
const MAX_YEAR = 2100;

/** UTC instant from calendar fields and an offset, or null for impossible dates (31 February, hour 25) or years out of range. */
function instant(
  fields: {
    year: number;
    month: number;
    day: number;
    hour?: number;
    minute?: number;
    second?: number;
    millisecond?: number;
  },
  offsetMinutes: number,
): string | null {
  const { year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0 } = fields;
  if (year < MIN_YEAR || year > MAX_YEAR || hour > 24 || minute > 59 || second > 60) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond));
  if (local.getUTCFullYear() !== year || local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) {
    if (!(hour === 24 && minute === 0 && second === 0)) return null;
  }
  return new Date(local.getTime() - offsetMinutes * 60_000).toISOString();
}

function parseOffset(token: string | undefined): number | null {
  if (!token) return 0; // no zone given: read as UTC
  const upper = token.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(token);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  meridiem?: string | undefined;
  zone?: string | undefined;
}

function build(parts: Parts): string | null {
  let hour = parts.hour;
  const meridiem = parts.meridiem?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  }
  const offset = parseOffset(parts.zone);
  if (offset === null) return null;
  return instant(
    {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour,
      minute: parts.minute,
      second: parts.second,
    },
    offset,
  );
}

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{1,2})(?:\.\d+)?)?(?:\s*([AaPp][Mm]))?`;
const ZONE = String.raw`(?:\s*([+-]\d{1,2}:?\d{2}|[A-Za-z]{1,5}))?`;
/** "05 May 2013 17:15:11 GMT", "5 Jun 13 9:00 +0200", "24 Set 2018 19:18:49 -0300" */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})[\s-]+([^\s\d,.-]+)\.?[\s-]+(\d{2,4}),?(?:\s+|T)?(?:${TIME})?${ZONE}$`,
);
/** "May 5, 2013 5:15 PM EST", "October 24 2017 13:05:00" */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^([^\s\d,.-]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}),?(?:\s+(?:at\s+)?)?(?:${TIME})?${ZONE}$`,
);
/** "10/24/2017 01:05:00 PM" (US order, the only numeric form feeds use with slashes) */
const NUMERIC_US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+${TIME})?${ZONE}$`);

function month(name: string | undefined): number | undefined {
  return name ? MONTHS[name.toLowerCase()] : undefined;
}

function fromRfc822Like(text: string): string | null {
  const cleaned = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[^\d\s,]+\.?,?\s+(?=\d|[^\s\d,]+\s+\d)/, (lead) =>
      month(lead.replace(/[.,\s]/g, '')) ? lead : '',
    )
    .replace(/\s+/g, ' ')
    .trim();
  let m = DAY_MONTH_YEAR.exec(cleaned);
  if (m && month(m[2])) {
    return build({
      day: Number(m[1]),
      month: month(m[2])!,
      year: fullYear(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      meridiem: m[7],
      zone: m[8],
    });
  }
  m = MONTH_DAY_YEAR.exec(cleaned);
  if (m && month(m[1])) {
    return build({
      month: month(m[1])!,
      day: Number(m[2]),
      year: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      meridiem: m[7],
      zone: m[8],
    });
  }
  m = NUMERIC_US.exec(cleaned);
  if (m) {
    return build({
      month: Number(m[1]),
      day: Number(m[2]),
      year: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      meridiem: m[7],
      zone: m[8],
    });
  }
  return null;
}

function fromIsoLike(text: string): string | null {
  const match =
    /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{1,2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{1,2})?|[A-Za-z]{2,5})?$/i.exec(
      text,
    );
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  let offsetToken = zone;
  const truncated = zone && /^[+-]\d{1,2}:\d$/.exec(zone); // "+00:0"
  if (truncated) offsetToken = `${zone}0`;
  const offset = parseOffset(offsetToken && offsetToken.toUpperCase() !== 'Z' ? offsetToken : undefined);
  if (offset === null) return null;
  return instant(
    {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0,
    },
    offset,
  );
}

function fromEpochMs(ms: number): string | null {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? null : date.toISOString();
}

/**
 * Reads the dates real feeds write: RFC 822 with any zone name, comments, wrong weekdays, two-digit
 * years and foreign month names; ISO 8601 with or without zone, with long fractions or a truncated
 * offset; Unix timestamps; US month/day forms. A missing zone means UTC. Anything else, or an
 * impossible date, gives null rather than a guess.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 100) return null;
  if (/^\d{9,10}$/.test(text)) return fromEpochMs(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return fromEpochMs(Number(text));
  if (/^\d{4}-?\d{2}-?\d{2}/.test(text)) return fromIsoLike(text);
  return fromRfc822Like(text);
}
