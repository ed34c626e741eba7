import { Feed } from 'feed';
import type { DeadlineChangedEvent, Evidence, StatusChangedEvent } from '@dw/domain';
import { signalLabel, statusLabel } from '@dw/domain/digest';
import { asTrackStatus, displayInZone, safeHttpUrl } from '../track-view/format';
import { html, uuidFromName, xmlSafe } from './text';

export type FeedEvent = StatusChangedEvent | DeadlineChangedEvent;

export interface AtomTrack {
  id: string;
  name: string;
  deadlineTimezone: string | null;
  updatedAt: Date;
}

export interface AtomInput {
  /** Newest first. */
  events: FeedEvent[];
  tracks: AtomTrack[];
  publicUrl: string;
}

function evidenceHtml(evidence: Evidence[]): string {
  if (evidence.length === 0) return '';
  const items = evidence.map((e) => {
    const url = safeHttpUrl(e.url);
    const title = url ? `<a href="${html(url)}">${html(e.title)}</a>` : html(e.title);
    const published = e.publishedAt ? `, ${html(e.publishedAt.slice(0, 10))}` : '';
    return `<li>“${html(e.sentence)}” — ${title} (${html(e.source)}${published}; ${html(signalLabel(e.signal))})</li>`;
  });
  return `<p>Evidence:</p><ul>${items.join('')}</ul>`;
}

function entryText(event: FeedEvent, track: AtomTrack | undefined): { title: string; summary: string } {
  const name = track?.name ?? event.trackId;
  if (event.type === 'status.changed') {
    const from = statusLabel(asTrackStatus(event.data.from));
    const to = statusLabel(asTrackStatus(event.data.to));
    return { title: `${name}: ${to}`, summary: `Status changed from ${from} to ${to}.` };
  }
  const zone = track?.deadlineTimezone ?? 'UTC';
  const from = event.data.from ? displayInZone(new Date(event.data.from), zone) : null;
  if (event.data.to === null) {
    return {
      title: `${name}: deadline cleared`,
      summary: `${from ? `The deadline of ${from} no longer applies` : 'The deadline was cleared'}; no deadline is known now.`,
    };
  }
  const to = displayInZone(new Date(event.data.to), zone);
  return {
    title: `${name}: deadline now ${to}`,
    summary: from ? `The deadline moved from ${from} to ${to}.` : `The deadline was set to ${to}.`,
  };
}

/** Status changes and deadline moves as an Atom 1.0 document (RFC 4287). */
export function buildAtomFeed(input: AtomInput): string {
  const tracks = new Map(input.tracks.map((t) => [t.id, t]));
  const newestEvent = input.events.reduce<number>((max, e) => Math.max(max, Date.parse(e.occurredAt)), 0);
  const newestTrack = input.tracks.reduce<number>((max, t) => Math.max(max, t.updatedAt.getTime()), 0);
  const feed = new Feed({
    id: `${input.publicUrl}/feed.atom`,
    title: 'Deadline Watch: status changes and deadline moves',
    description: 'Where trade negotiations against a tariff deadline stand, and why we think so.',
    link: `${input.publicUrl}/`,
    feedLinks: { atom: `${input.publicUrl}/feed.atom` },
    updated: new Date(Math.max(newestEvent, newestTrack)),
    author: { name: 'Deadline Watch', link: `${input.publicUrl}/` },
    copyright: '',
    generator: 'Deadline Watch',
  });
  for (const event of input.events) {
    const track = tracks.get(event.trackId);
    const text = entryText(event, track);
    feed.addItem({
      id: `urn:uuid:${uuidFromName(event.id)}`,
      title: html(text.title),
      link: `${input.publicUrl}/#track-${encodeURIComponent(event.trackId)}`,
      date: new Date(event.occurredAt),
      published: new Date(event.occurredAt),
      description: html(text.summary),
      content: `<p>${html(text.summary)}</p>${evidenceHtml(event.data.evidence ?? [])}`,
      category: [{ term: xmlSafe(event.trackId) }, { term: event.type }],
    });
  }
  return feed.atom1();
}
