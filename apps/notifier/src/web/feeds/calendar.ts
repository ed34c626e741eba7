import { createHash } from 'node:crypto';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { TrackDetailView } from '../track-view/views';
import { xmlSafe } from './text';

export interface CalendarInput {
  tracks: TrackDetailView[];
  publicUrl: string;
}

/** DTSTAMP from the data, not the request time: the same data gives the same bytes, so ETags hold. */
function lastChange(track: TrackDetailView): Date {
  const instants = [
    track.updatedAt,
    ...track.deadlineHistory.map((m) => m.at),
    ...track.statusHistory.map((c) => c.at),
  ].map((iso) => Date.parse(iso));
  return new Date(Math.max(...instants.filter((ms) => !Number.isNaN(ms)), 0));
}

/** UIDs name the thing, not its time: when a deadline moves, clients replace the event instead of adding one. */
const UID_DOMAIN = 'deadline-watch';

export function deadlineUid(trackId: string): string {
  return `deadline.${trackId}@${UID_DOMAIN}`;
}

export function milestoneUid(trackId: string, milestoneId: string): string {
  return `milestone.${trackId}.${milestoneId}@${UID_DOMAIN}`;
}

export function talkUid(trackId: string, date: string, title: string): string {
  const digest = createHash('sha1').update(`${date}\n${title}`).digest('hex').slice(0, 16);
  return `talk.${trackId}.${digest}@${UID_DOMAIN}`;
}

function deadlineDescription(track: TrackDetailView, pageUrl: string): string {
  const lines = [`Status: ${track.statusLabel}`];
  if (track.deadline) lines.push(`Deadline: ${track.deadline.display} (${track.deadline.timezone})`);
  for (const move of track.deadlineHistory) {
    lines.push(
      move.fromDisplay
        ? `Moved on ${move.at.slice(0, 10)}: ${move.fromDisplay} → ${move.toDisplay}`
        : `Set on ${move.at.slice(0, 10)}: ${move.toDisplay}`,
    );
  }
  lines.push(`Status page: ${pageUrl}`);
  return xmlSafe(lines.join('\n'));
}

/**
 * Each track's deadline, its countdown milestones and the talks named in its latest articles.
 * SEQUENCE counts the deadline's moves, so calendar clients take a moved deadline as an update.
 */
export function buildCalendar(input: CalendarInput): string {
  const calendar = ical({
    name: 'Deadline Watch',
    description: 'Tariff deadlines, countdown milestones and scheduled talks',
    prodId: { company: 'Deadline Watch', product: 'deadline-watch', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: `${input.publicUrl}/calendar.ics`,
    ttl: 60 * 60,
  });
  for (const track of input.tracks) {
    const pageUrl = `${input.publicUrl}/#track-${encodeURIComponent(track.id)}`;
    const sequence = track.deadlineHistory.length;
    const stamp = lastChange(track);
    if (track.deadline) {
      const start = new Date(track.deadline.at);
      calendar.createEvent({
        id: deadlineUid(track.id),
        sequence,
        stamp,
        start,
        summary: xmlSafe(`Tariff deadline: ${track.name}`),
        description: deadlineDescription(track, pageUrl),
        url: pageUrl,
        categories: [{ name: 'deadline' }],
      });
      for (const milestone of track.milestones) {
        if (milestone.at === track.deadline.at) continue;
        const at = new Date(milestone.at);
        calendar.createEvent({
          id: milestoneUid(track.id, milestone.id),
          sequence,
          stamp,
          start: at,
          summary: xmlSafe(`${milestone.label} to the tariff deadline: ${track.name}`),
          description: xmlSafe(
            `Deadline: ${track.deadline.display} (${track.deadline.timezone})\n${pageUrl}`,
          ),
          url: pageUrl,
          categories: [{ name: 'countdown' }],
        });
      }
    }
    for (const talk of track.talks) {
      calendar.createEvent({
        id: talkUid(track.id, talk.date, talk.title),
        stamp,
        start: talk.date,
        allDay: true,
        summary: xmlSafe(`Talks (${track.name}): ${talk.title}`),
        description: xmlSafe(
          [talk.title, `Source: ${talk.source}`, talk.url ?? ''].filter(Boolean).join('\n'),
        ),
        ...(talk.url ? { url: talk.url } : {}),
        categories: [{ name: 'talks' }],
      });
    }
  }
  return calendar.toString();
}
