import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import type { TrackParty } from '../model/track';
import { partyTerms } from '../parties/matcher';

/**
 * What an admin sends to create or change a track (POST/PATCH /api/tracks). Pure: the HTTP layer
 * turns a failure into a 400 naming the field; the network guard on feed URLs is the caller's.
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'expected a non-empty text')
    .max(max, `expected at most ${max} characters`)
    .refine((v) => !CONTROL.test(v), 'expected no control characters');

export const TRACK_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+){1,3}$/;

export const trackIdSchema = z
  .string()
  .max(40, 'expected at most 40 characters')
  .regex(TRACK_ID_PATTERN, 'expected lowercase letters and digits joined by dashes, such as kr-us or uk-eu');

const words = (max: number) => z.array(text(120)).max(max, `expected at most ${max} entries`);

const officialSchema = z.union([
  text(120).transform((name) => ({ name })),
  z.object({ name: text(120), role: text(200).optional(), aliases: words(20).optional() }).strict(),
]);

export const partyInputSchema = z
  .object({
    name: text(120),
    aliases: words(50).optional(),
    officials: z.array(officialSchema).max(50, 'expected at most 50 officials').optional(),
    agencies: words(50).optional(),
    notWhen: words(50).optional(),
  })
  .strict();
export type PartyInput = z.infer<typeof partyInputSchema>;
// the API's stricter party is a TrackParty
const _partyIsTrackParty: TrackParty = {} as PartyInput;
void _partyIsTrackParty;

const deadlineSchema = z
  .object({
    at: z
      .string()
      .max(64)
      .refine(
        (v) => DateTime.fromISO(v, { setZone: true }).isValid && /([zZ]|[+-]\d\d:?\d\d)$/.test(v),
        'expected an ISO date-time with an offset, such as 2026-03-01T00:00:00Z',
      ),
    timezone: z
      .string()
      .max(64)
      .refine((v) => IANAZone.isValidZone(v), 'expected an IANA time zone such as Europe/London'),
  })
  .strict()
  .transform((d) => ({
    at: DateTime.fromISO(d.at, { setZone: true }).toUTC().toISO() ?? d.at,
    timezone: d.timezone,
  }));

const feedSchema = z
  .object({
    url: z.string().trim().min(1).max(2000).url('expected an http(s) URL'),
    source: text(200).optional(),
  })
  .strict();

const parties = z
  .array(partyInputSchema)
  .length(2, 'expected two parties: the partner, then its counterpart')
  .refine(
    (list) => new Set(list.map((p) => p.name.toLowerCase())).size === list.length,
    'expected two different parties',
  );

export const createTrackSchema = z
  .object({
    id: trackIdSchema,
    name: text(200),
    parties,
    keywords: words(200).optional(),
    deadline: deadlineSchema.nullable().optional(),
    feeds: z.array(feedSchema).max(50, 'expected at most 50 feeds').optional(),
  })
  .strict();
export type CreateTrackInput = z.infer<typeof createTrackSchema>;

export const updateTrackSchema = z
  .object({
    name: text(200).optional(),
    parties: parties.optional(),
    keywords: words(200).optional(),
    /** Moved, or cleared with null: either is an event with the operator as its evidence. */
    deadline: deadlineSchema.nullable().optional(),
    feeds: z.array(feedSchema).max(50, 'expected at most 50 feeds').optional(),
  })
  .strict()
  .refine(
    (v) => Object.keys(v).length > 0,
    'expected at least one of name, parties, keywords, deadline, feeds',
  );
export type UpdateTrackInput = z.infer<typeof updateTrackSchema>;

/**
 * A track's keywords: those given, else every word of the partner (the first party). Not the
 * counterpart's: "United States" alone says nothing about which negotiation an article is about.
 */
export function trackKeywords(input: { keywords?: string[]; parties: TrackParty[] }): string[] {
  const given = input.keywords ?? [];
  const words = given.length > 0 ? given : partyTerms(input.parties[0]);
  return [...new Set(words)];
}
