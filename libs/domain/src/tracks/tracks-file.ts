import { DateTime, IANAZone } from 'luxon';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { z } from 'zod';
import type { TrackDefinition } from '../model/track';
import { trackPartySchema } from '../parties/schema';

const trackId = z.string().regex(/^[a-z]{2,}-[a-z]{2,}$/, 'expected a lowercase pair such as kr-us');

const trackSchema = z.object({
  id: trackId,
  name: z.string().min(1),
  parties: z.array(trackPartySchema).length(2, 'expected two parties: the partner, then its counterpart'),
  keywords: z
    .array(z.union([z.string(), z.number()]).transform(String))
    .min(1, 'expected at least one keyword'),
  deadline: z
    .object({
      at: z
        .string()
        .refine(
          (v) => DateTime.fromISO(v, { setZone: true }).isValid,
          'expected an ISO date-time with offset',
        ),
      timezone: z
        .string()
        .refine((v) => IANAZone.isValidZone(v), 'expected an IANA time zone such as America/New_York'),
    })
    .nullable()
    .default(null),
  feeds: z
    .array(
      z.object({
        url: z.string().url('expected an http(s) URL'),
        source: z.string().optional(),
        hub: z.string().url().optional(),
      }),
    )
    .default([]),
});

const fileSchema = z.object({ tracks: z.array(trackSchema).min(1, 'expected at least one track') });

export class TracksFileError extends Error {}

/** Parses a YAML or JSON tracks file; every problem is reported with its line. */
export function parseTracksFile(text: string, fileName: string): TrackDefinition[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new TracksFileError(doc.errors.map((e) => `${fileName}: ${e.message.split('\n')[0]}`).join('\n'));
  }
  const result = fileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const node = nodeAt(doc.contents, issue.path);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
      return `${fileName}${line ? `:${line}` : ''}: ${issue.path.join('.')}: ${issue.message}`;
    });
    throw new TracksFileError(lines.join('\n'));
  }
  const ids = new Set<string>();
  for (const track of result.data.tracks) {
    if (ids.has(track.id)) throw new TracksFileError(`${fileName}: track ${track.id} is defined twice`);
    ids.add(track.id);
  }
  return result.data.tracks.map((t) => ({
    ...t,
    deadline: t.deadline
      ? {
          at: DateTime.fromISO(t.deadline.at, { setZone: true }).toUTC().toISO() ?? t.deadline.at,
          timezone: t.deadline.timezone,
        }
      : null,
  }));
}

function nodeAt(root: unknown, path: PropertyKey[]): Node | undefined {
  let node: unknown = root;
  let last: Node | undefined;
  for (const key of path) {
    if (isMap(node)) node = node.get(key, true);
    else if (isSeq(node)) node = node.get(Number(key), true);
    else break;
    if (node && typeof node === 'object' && 'range' in node) last = node as Node;
  }
  return last;
}
