import { z } from 'zod';
import type { TrackParty } from '../model/track';

const words = z.array(z.union([z.string(), z.number()]).transform(String)).optional();

const officialSchema = z.union([
  z
    .string()
    .min(1)
    .transform((name) => ({ name })),
  z.object({ name: z.string().min(1), role: z.string().optional(), aliases: words }),
]);

const partyObject = z.object({
  name: z.string().min(1),
  aliases: words,
  officials: z.array(officialSchema).optional(),
  agencies: words,
  notWhen: words,
});

/** A party as configured: a plain name ("Japan") or a record with aliases, officials and agencies. */
export const trackPartySchema = z
  .union([z.string().min(1), partyObject])
  .transform((value): TrackParty => (typeof value === 'string' ? { name: value } : value));

/** Stored or configured parties in either shape (older rows hold plain names). */
export function toTrackParties(value: unknown): TrackParty[] {
  const parsed = z.array(trackPartySchema).safeParse(value);
  return parsed.success ? parsed.data : [];
}

export function partyNames(parties: readonly TrackParty[]): string[] {
  return parties.map((party) => party.name);
}
