import { z } from 'zod';
import type { DomainEvent } from '@dw/domain';
import type { ReplayEntry } from '../replay-log';

const day = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'expected an ISO date or time');

const Matcher = z.object({
  kind: z.enum(['status', 'deadline', 'countdown']),
  /** status: the phase (framework_deal, ...) or the coarse status (deal_reached, ...). */
  phase: z.string().optional(),
  status: z.string().optional(),
  /** deadline: the YYYY-MM-DD it moves to; countdown: the deadline's YYYY-MM-DD. */
  value: z.string().optional(),
  /** countdown: which milestones (1h, passed, ...); any when absent. */
  milestones: z.array(z.string()).optional(),
  from: day,
  to: day,
});

const Moment = Matcher.extend({
  id: z.string(),
  what: z.string().optional(),
  /** Archive ids of the articles that report the moment; the earliest present starts the lag clock. */
  articles: z.array(z.string()).default([]),
});

export const TimelineFile = z.object({
  track: z.string(),
  description: z.string().optional(),
  expected: z.array(Moment),
  /** Alerts that would be wrong (e.g. a countdown for a deadline already moved). */
  forbidden: z.array(Matcher.extend({ id: z.string(), why: z.string().optional() })).default([]),
  /** Alerts that are right but not required (neither a hit nor a false alert). */
  allowed: z.array(Matcher.extend({ id: z.string() })).default([]),
});
export type TimelineFile = z.infer<typeof TimelineFile>;
type Matchable = z.infer<typeof Matcher>;

type EventEntry = Extract<ReplayEntry, { event: DomainEvent }>;

export interface MomentResult {
  id: string;
  what?: string;
  hit: boolean;
  at?: string;
  eventId?: string;
  confirmed?: boolean;
  confirmedAt?: string;
  outlets?: number;
  /** Hours from the first article reporting the moment to the first alert. */
  lagHours?: number;
}

export interface AlertLine {
  at: string;
  eventId: string;
  summary: string;
  rule?: string;
}

export interface TimelineScore {
  track: string;
  moments: MomentResult[];
  hits: number;
  misses: number;
  falseAlerts: AlertLine[];
  forbiddenAlerts: AlertLine[];
  medianLagHours: number | null;
}

function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

function inWindow(at: string, m: Matchable): boolean {
  const t = Date.parse(at);
  return t >= Date.parse(m.from) && t <= Date.parse(m.to) + (m.to.length <= 10 ? 86_399_999 : 0);
}

export function matches(entry: EventEntry, m: Matchable): boolean {
  const e = entry.event;
  if (!inWindow(entry.at, m)) return false;
  if (m.kind === 'status') {
    if (e.type !== 'status.changed' || e.data.withdraws !== undefined) return false;
    return (!m.phase || e.data.phase === m.phase) && (!m.status || e.data.to === m.status);
  }
  if (m.kind === 'deadline') {
    if (e.type !== 'deadline.changed' || e.data.withdraws !== undefined) return false;
    return !m.value || (e.data.to !== null && dateOf(e.data.to) === m.value);
  }
  if (e.type !== 'deadline.countdown') return false;
  return (
    (!m.value || dateOf(e.data.deadline) === m.value) &&
    (!m.milestones || m.milestones.includes(e.data.milestone))
  );
}

export function describe(e: DomainEvent): string {
  switch (e.type) {
    case 'status.changed': {
      const footing = e.data.withdraws
        ? ` (withdraws, ${e.data.reason ?? ''})`
        : e.data.confirmed === false
          ? ' (unconfirmed)'
          : e.data.confirms
            ? ' (confirms)'
            : '';
      return `status ${e.data.fromPhase ?? e.data.from} → ${e.data.phase ?? e.data.to}${footing}, ${e.data.outlets ?? '?'} outlet(s)`;
    }
    case 'deadline.changed': {
      const footing = e.data.withdraws
        ? ' (withdraws)'
        : e.data.confirmed === false
          ? ' (unconfirmed)'
          : e.data.confirms
            ? ' (confirms)'
            : '';
      return `deadline ${e.data.from?.slice(0, 10) ?? 'none'} → ${e.data.to?.slice(0, 10) ?? 'none'}${footing}, ${e.data.outlets ?? '?'} outlet(s)`;
    }
    case 'deadline.countdown':
      return `countdown ${e.data.milestone} before ${e.data.deadline.slice(0, 10)}`;
    default:
      return e.type;
  }
}

/**
 * Scores what a replay alerted against the expected moments: each moment is hit by the first
 * matching alert in its window (a later alert that confirms it belongs to it too); status and
 * deadline alerts that match no moment and nothing allowed are false alerts; any alert matching a
 * forbidden rule is reported as such.
 */
export function scoreTimeline(file: TimelineFile, entries: ReplayEntry[]): TimelineScore {
  const events = entries.filter((e): e is EventEntry => 'event' in e && e.event.trackId === file.track);
  const published = new Map<string, number>();
  for (const entry of entries)
    if (entry.kind === 'article' && entry.archiveId && entry.publishedAt)
      published.set(entry.archiveId, Date.parse(entry.publishedAt));
  const used = new Set<string>();
  const moments: MomentResult[] = file.expected.map((moment) => {
    const first = events.find((e) => !used.has(e.event.id) && matches(e, moment));
    if (!first) return { id: moment.id, what: moment.what, hit: false };
    used.add(first.event.id);
    const e = first.event;
    // An unconfirmed event recorded at the same instant as the one that confirms it belongs to the moment too.
    const confirmsEarlier = (e.data as { confirms?: string }).confirms;
    if (confirmsEarlier) used.add(confirmsEarlier);
    const footing = e.type === 'status.changed' || e.type === 'deadline.changed' ? e.data : undefined;
    let confirmedAt = footing?.confirmed === false ? undefined : first.at;
    for (const later of events) {
      const data = later.event.data as { confirms?: string };
      if (data.confirms === e.id) {
        used.add(later.event.id);
        confirmedAt = later.at;
      }
    }
    const starts = moment.articles.map((id) => published.get(id)).filter((t): t is number => t !== undefined);
    const start = starts.length > 0 ? Math.min(...starts) : Date.parse(moment.from);
    return {
      id: moment.id,
      what: moment.what,
      hit: true,
      at: first.at,
      eventId: e.id,
      confirmed: footing?.confirmed !== false,
      ...(confirmedAt ? { confirmedAt } : {}),
      outlets: footing?.outlets,
      lagHours: Math.round(((Date.parse(first.at) - start) / 3_600_000) * 100) / 100,
    };
  });
  const falseAlerts: AlertLine[] = [];
  const forbiddenAlerts: AlertLine[] = [];
  for (const entry of events) {
    const line = { at: entry.at, eventId: entry.event.id, summary: describe(entry.event) };
    const rule = file.forbidden.find((f) => matches(entry, f));
    if (rule) forbiddenAlerts.push({ ...line, rule: rule.id });
    if (entry.event.type === 'deadline.countdown' || used.has(entry.event.id)) continue;
    if (file.allowed.some((a) => matches(entry, a))) continue;
    falseAlerts.push(line);
  }
  const lags = moments
    .map((m) => m.lagHours)
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  return {
    track: file.track,
    moments,
    hits: moments.filter((m) => m.hit).length,
    misses: moments.filter((m) => !m.hit).length,
    falseAlerts,
    forbiddenAlerts,
    medianLagHours: lags.length > 0 ? lags[Math.floor((lags.length - 1) / 2)] : null,
  };
}

export function formatScore(score: TimelineScore): string {
  const lines = [`timeline ${score.track}: ${score.hits} of ${score.moments.length} moments hit`];
  for (const m of score.moments) {
    lines.push(
      m.hit
        ? `  hit   ${m.id.padEnd(22)} ${m.at!.slice(0, 16)}Z  lag ${m.lagHours} h  ${m.outlets ?? '?'} outlet(s)${m.confirmed ? '' : `, unconfirmed${m.confirmedAt ? ` until ${m.confirmedAt.slice(0, 16)}Z` : ''}`}`
        : `  MISS  ${m.id.padEnd(22)} ${m.what ?? ''}`,
    );
  }
  lines.push(`false alerts: ${score.falseAlerts.length}`);
  for (const a of score.falseAlerts) lines.push(`  ${a.at.slice(0, 16)}Z  ${a.summary}`);
  lines.push(`forbidden alerts: ${score.forbiddenAlerts.length}`);
  for (const a of score.forbiddenAlerts) lines.push(`  ${a.at.slice(0, 16)}Z  ${a.summary}  [${a.rule}]`);
  lines.push(`median lag from first article to alert: ${score.medianLagHours ?? '-'} h`);
  return lines.join('\n');
}
