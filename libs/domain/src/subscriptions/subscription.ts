import { IANAZone } from 'luxon';
import { z } from 'zod';
import type { EventType } from '../model/events';
import { MAX_EMAIL_LENGTH, normaliseEmail } from './email';

/** Events a subscriber can get alerts for by email. article.classified (one mail per article) is webhook-only. */
export const EMAIL_ALERT_EVENTS = [
  'status.changed',
  'deadline.changed',
  'deadline.countdown',
] as const satisfies readonly EventType[];
export type EmailAlertEvent = (typeof EMAIL_ALERT_EVENTS)[number];

export const DIGEST_CADENCES = ['off', 'daily', 'weekly'] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/** ISO weekday: 1 = Monday ... 7 = Sunday (luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DigestPreference {
  cadence: DigestCadence;
  /** Set for weekly digests only. */
  weekday: Weekday | null;
  /** Local time of day, "HH:mm". */
  time: string;
}

/** A validated, normalised subscription request. */
export interface SubscriptionRequest {
  email: string;
  /** Track ids; empty means every track. */
  tracks: string[];
  events: EmailAlertEvent[];
  digest: DigestPreference;
  /** Canonical IANA zone name. */
  timezone: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type SubscriptionValidation =
  { ok: true; value: SubscriptionRequest } | { ok: false; errors: FieldError[] };

export interface SubscriptionValidationOptions {
  /** When given, track ids outside it are refused. */
  knownTrackIds?: readonly string[];
}

export const DEFAULT_DIGEST_TIME = '08:00';
export const DEFAULT_TIMEZONE = 'UTC';
/** A bare subscription gets every alert and a daily digest, so it never falls silent. */
export const DEFAULT_DIGEST_CADENCE: DigestCadence = 'daily';
export const DEFAULT_WEEKLY_WEEKDAY: Weekday = 1;

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function parseWeekday(value: unknown): Weekday | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7)
    return value as Weekday;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (/^[1-7]$/.test(text)) return Number(text) as Weekday;
  const index = text.length >= 3 ? WEEKDAY_NAMES.findIndex((name) => name.startsWith(text)) : -1;
  return index === -1 ? null : ((index + 1) as Weekday);
}

/** "8:00", "08:00", "8:00:00" => "08:00"; null when not a time of day. */
export function normaliseTimeOfDay(value: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** The canonical IANA name ("asia/seoul" => "Asia/Seoul"), or null for anything else. */
export function normaliseTimeZone(value: string): string | null {
  const name = value.trim();
  if (name === '' || /^[+-]/.test(name) || !IANAZone.isValidZone(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

const trackId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'track ids are letters, digits, dot, dash and underscore');

const weekdayInput = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const weekday = parseWeekday(value);
  if (weekday === null)
    ctx.addIssue({ code: 'custom', message: 'weekday is 1 (Monday) to 7 (Sunday) or a day name' });
  return weekday ?? DEFAULT_WEEKLY_WEEKDAY;
});

const timeInput = z.string().transform((value, ctx) => {
  const time = normaliseTimeOfDay(value);
  if (time === null) ctx.addIssue({ code: 'custom', message: 'time of day is HH:mm, 00:00 to 23:59' });
  return time ?? DEFAULT_DIGEST_TIME;
});

const cadence = z.string().trim().toLowerCase().pipe(z.enum(DIGEST_CADENCES));

/**
 * Lists may come from JSON (arrays) or from an HTML form (a single string, repeated keys, or a
 * hidden empty value that makes "nothing checked" distinguishable from "field absent").
 */
function listInput(value: unknown): unknown {
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) return value;
  return items
    .flatMap((item: string) => item.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

const requestSchema = z.object({
  email: z
    .string()
    .max(MAX_EMAIL_LENGTH + 20, `at most ${MAX_EMAIL_LENGTH} characters`)
    .transform((value, ctx) => {
      const email = normaliseEmail(value);
      if (email === null) ctx.addIssue({ code: 'custom', message: 'not a usable email address' });
      return email ?? '';
    }),
  tracks: z.preprocess(listInput, z.array(trackId).max(100)).optional(),
  events: z.preprocess(listInput, z.array(z.string()).max(20)).optional(),
  digest: z
    .preprocess(
      (value) => (typeof value === 'string' ? { cadence: value } : value),
      z.object({ cadence, weekday: weekdayInput.optional(), time: timeInput.optional() }),
    )
    .optional(),
  digestWeekday: weekdayInput.optional(),
  digestTime: timeInput.optional(),
  timezone: z
    .string()
    .transform((value, ctx) => {
      const zone = normaliseTimeZone(value);
      if (zone === null)
        ctx.addIssue({ code: 'custom', message: 'not an IANA time zone such as Asia/Seoul' });
      return zone ?? DEFAULT_TIMEZONE;
    })
    .optional(),
});

type ParsedRequest = z.infer<typeof requestSchema>;

function resolveEvents(
  raw: string[] | undefined,
  errors: FieldError[],
): { events: EmailAlertEvent[]; wantsDigest: boolean } {
  if (raw === undefined) return { events: [...EMAIL_ALERT_EVENTS], wantsDigest: false };
  const events = new Set<EmailAlertEvent>();
  let wantsDigest = false;
  raw.forEach((name, index) => {
    const event = name.trim();
    if ((EMAIL_ALERT_EVENTS as readonly string[]).includes(event)) events.add(event as EmailAlertEvent);
    else if (event === 'digest') wantsDigest = true;
    else
      errors.push({
        field: `events.${index}`,
        message: `"${event}" is not an email event (${EMAIL_ALERT_EVENTS.join(', ')}, digest)`,
      });
  });
  return { events: EMAIL_ALERT_EVENTS.filter((e) => events.has(e)), wantsDigest };
}

function resolveDigest(parsed: ParsedRequest, wantsDigest: boolean, eventsGiven: boolean): DigestPreference {
  const object = parsed.digest;
  const named = object?.cadence;
  // "events" listed without "digest" means no digest, unless no digest field says otherwise.
  const fallback: DigestCadence = wantsDigest || !eventsGiven ? DEFAULT_DIGEST_CADENCE : 'off';
  const chosen = named ?? fallback;
  const time = object?.time ?? parsed.digestTime ?? DEFAULT_DIGEST_TIME;
  const weekday =
    chosen === 'weekly' ? (object?.weekday ?? parsed.digestWeekday ?? DEFAULT_WEEKLY_WEEKDAY) : null;
  return { cadence: chosen, weekday, time };
}

/** "digest.cadence" reads "digest" when the client sent the cadence as a plain string. */
function fieldName(path: readonly PropertyKey[], input: unknown): string {
  if (path.length === 0) return 'body';
  const digestWasString =
    typeof input === 'object' && input !== null && typeof (input as { digest?: unknown }).digest === 'string';
  if (digestWasString && path[0] === 'digest') return 'digest';
  return path.map(String).join('.');
}

/**
 * Validates and normalises a POST /api/subscriptions body:
 * `{email, tracks?, events?, digest?, digestTime?, digestWeekday?, timezone?}` where digest is
 * "off" | "daily" | "weekly" or `{cadence, weekday?, time?}`. "digest" may also appear in events.
 * Defaults: every track, every email alert, a daily digest at 08:00, UTC; when `events` is given
 * without "digest" and no digest field, digests are off. Returns the value or every field error.
 */
export function validateSubscription(
  input: unknown,
  options: SubscriptionValidationOptions = {},
): SubscriptionValidation {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: fieldName(issue.path, input),
        message: issue.message,
      })),
    };
  }
  const errors: FieldError[] = [];
  const { events, wantsDigest } = resolveEvents(parsed.data.events, errors);
  const tracks = [...new Set(parsed.data.tracks ?? [])];
  if (options.knownTrackIds) {
    const known = new Set(options.knownTrackIds);
    tracks.forEach((id, index) => {
      if (!known.has(id)) errors.push({ field: `tracks.${index}`, message: `unknown track "${id}"` });
    });
  }
  const digest = resolveDigest(parsed.data, wantsDigest, parsed.data.events !== undefined);
  if (events.length === 0 && digest.cadence === 'off' && errors.length === 0) {
    errors.push({ field: 'events', message: 'choose at least one event or a digest' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      email: parsed.data.email,
      tracks,
      events,
      digest,
      timezone: parsed.data.timezone ?? DEFAULT_TIMEZONE,
    },
  };
}
