import type { Evidence } from '@dw/domain';
import { formatRemaining, parseMilestone, PASSED_MILESTONE_ID } from '@dw/domain/countdown';
import { signalLabel, statusLabel, type DigestContent } from '@dw/domain/digest';
import { footingLine, footingPrefix, phaseLabel } from '@dw/domain/status';
import { EMAIL_LINK_PATHS, tokenLink, trackPageUrl, type RenderContext } from './context';
import { formatInstant, formatStatedIn, formatWhen } from './format';
import type {
  ConfirmationModel,
  CountdownModel,
  DeadlineChangedModel,
  StatusChangedModel,
  TrackInfo,
} from './models';
import { oneLine, safeHttpUrl } from './sanitize';

/** A view carries its subject and the values its templates show, all already formatted. */
export interface View {
  subject: string;
  /** One line shown by mail clients next to the subject. */
  preheader: string;
  [key: string]: unknown;
}

export interface EvidenceView {
  sentence: string;
  title: string;
  url: string | null;
  source: string;
  published: string | null;
  signal: string;
}

export function evidenceView(evidence: Evidence, zone: string): EvidenceView {
  return {
    sentence: oneLine(evidence.sentence),
    title: oneLine(evidence.title),
    url: safeHttpUrl(evidence.url),
    source: oneLine(evidence.source) || 'unknown source',
    published: evidence.publishedAt ? formatInstant(evidence.publishedAt, zone) : null,
    signal: signalLabel(evidence.signal),
  };
}

interface CountdownLine {
  deadline: string;
  statedIn: string | null;
  remaining: string;
  passed: boolean;
}

function countdownLine(
  deadlineIso: string,
  statedZone: string | null,
  at: Date,
  zone: string,
): CountdownLine {
  const deadline = new Date(deadlineIso);
  return {
    deadline: formatInstant(deadlineIso, zone),
    statedIn: statedZone ? formatStatedIn(deadlineIso, statedZone, zone) : null,
    remaining: formatRemaining(deadline, at),
    passed: deadline.getTime() <= at.getTime(),
  };
}

function trackLines(track: TrackInfo, occurredAt: string, ctx: RenderContext) {
  return {
    trackName: oneLine(track.name),
    trackUrl: trackPageUrl(ctx.publicUrl, track.id),
    countdown: track.deadline
      ? countdownLine(track.deadline.at, track.deadline.timezone, new Date(occurredAt), ctx.timezone)
      : null,
  };
}

const EVENT_LABELS: Record<string, string> = {
  'status.changed': 'status changes',
  'deadline.changed': 'deadline changes',
  'deadline.countdown': 'countdown milestones (7 days, 3 days, 24 hours, 6 hours, 1 hour, passed)',
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function confirmationView(model: ConfirmationModel, ctx: RenderContext, product: string): View {
  const { subscription } = model;
  const digest = subscription.digest;
  const digestLine =
    digest.cadence === 'off'
      ? 'no digest'
      : digest.cadence === 'daily'
        ? `a daily digest at ${digest.time} (${subscription.timezone})`
        : `a weekly digest on ${WEEKDAYS[(digest.weekday ?? 1) - 1]} at ${digest.time} (${subscription.timezone})`;
  return {
    subject: `Confirm your ${product} subscription`,
    preheader: 'One click to start getting deadline alerts.',
    email: subscription.email,
    tracks:
      model.trackNames.length > 0 ? model.trackNames.map(oneLine).join(', ') : 'every watched negotiation',
    events: subscription.events.map((event) => EVENT_LABELS[event] ?? event),
    digestLine,
    confirmUrl: tokenLink(ctx.publicUrl, EMAIL_LINK_PATHS.confirm, model.confirmToken),
    expires: formatInstant(model.expiresAt.toISOString(), ctx.timezone),
  };
}

export function statusChangedView(model: StatusChangedModel, ctx: RenderContext): View {
  const { event, track } = model;
  const lines = trackLines(track, event.occurredAt, ctx);
  const from = event.data.fromPhase ? phaseLabel(event.data.fromPhase) : statusLabel(event.data.from);
  const to = event.data.phase ? phaseLabel(event.data.phase) : statusLabel(event.data.to);
  const footing = footingLine(event.data);
  return {
    subject: `${footingPrefix(event.data)}${lines.trackName}: ${to} (was ${from})`,
    preheader: footing ?? `Status changed from ${from} to ${to}.`,
    ...lines,
    from,
    to,
    footing,
    occurredAt: formatInstant(event.occurredAt, ctx.timezone),
    evidence: event.data.evidence.map((e) => evidenceView(e, ctx.timezone)),
  };
}

export function deadlineChangedView(model: DeadlineChangedModel, ctx: RenderContext): View {
  const { event, track } = model;
  const statedZone = track.deadline?.timezone ?? null;
  const lines = trackLines(track, event.occurredAt, ctx);
  const footing = footingLine(event.data);
  const was = event.data.from ? formatInstant(event.data.from, ctx.timezone) : null;
  if (event.data.to === null) {
    // cleared by an editor: no date to count down to
    return {
      subject: `${lines.trackName}: deadline cleared`,
      preheader: `No deadline now; the countdown stops${was ? `. It was ${was}` : ''}.`,
      ...lines,
      footing,
      cleared: true,
      from: was,
      to: null,
      occurredAt: formatInstant(event.occurredAt, ctx.timezone),
      evidence: event.data.evidence.map((e) => evidenceView(e, ctx.timezone)),
    };
  }
  const to = countdownLine(event.data.to, statedZone, new Date(event.occurredAt), ctx.timezone);
  return {
    subject: `${footingPrefix(event.data)}${lines.trackName}: deadline ${event.data.from ? 'moved' : 'set'} to ${to.deadline}`,
    preheader: `${to.remaining} left${was ? `; it was ${was}` : ''}.`,
    ...lines,
    footing,
    from: event.data.from ? formatInstant(event.data.from, ctx.timezone) : null,
    to,
    occurredAt: formatInstant(event.occurredAt, ctx.timezone),
    evidence: event.data.evidence.map((e) => evidenceView(e, ctx.timezone)),
  };
}

/** "24 hours" when the milestone fired on time; null when it fired late (the exact time left reads better). */
function milestoneWording(milestoneId: string, deadlineIso: string, occurredAt: string): string | null {
  try {
    const milestone = parseMilestone(milestoneId);
    const lateness = Date.parse(occurredAt) - (Date.parse(deadlineIso) - milestone.offsetMs);
    return lateness >= 0 && lateness < ON_TIME_MS ? milestone.label : null;
  } catch {
    return null;
  }
}

const ON_TIME_MS = 15 * 60_000;

export function countdownView(model: CountdownModel, ctx: RenderContext): View {
  const { event, track } = model;
  const lines = trackLines(track, event.occurredAt, ctx);
  const line = countdownLine(
    event.data.deadline,
    track.deadline?.timezone ?? null,
    new Date(event.occurredAt),
    ctx.timezone,
  );
  const passed = event.data.milestone === PASSED_MILESTONE_ID || line.passed;
  const left =
    milestoneWording(event.data.milestone, event.data.deadline, event.occurredAt) ?? line.remaining;
  return {
    subject: passed
      ? `${lines.trackName}: the deadline has passed`
      : `${lines.trackName}: ${left} to the deadline`,
    preheader: `${statusLabel(event.data.status)}. Deadline ${line.deadline}.`,
    ...lines,
    countdown: line,
    passed,
    status: statusLabel(event.data.status),
  };
}

export function digestView(content: DigestContent, ctx: RenderContext): View {
  const zone = ctx.timezone;
  return {
    subject: content.subject,
    preheader: content.noChangeLine ?? 'What moved since your last digest.',
    since: content.since ? formatInstant(content.since, zone) : null,
    generatedAt: formatInstant(content.generatedAt, zone),
    noChangeLine: content.noChangeLine,
    tracks: content.tracks.map((section) => ({
      trackName: oneLine(section.trackName),
      trackUrl: trackPageUrl(ctx.publicUrl, section.trackId),
      status: section.statusLabel,
      previousStatus: section.previousStatusLabel,
      countdown: section.countdown
        ? {
            deadline: formatInstant(section.countdown.at, zone),
            statedIn: formatStatedIn(section.countdown.at, section.countdown.timezone, zone),
            remaining: section.countdown.remaining,
            passed: section.countdown.passed,
            next: section.countdown.nextMilestone
              ? `${section.countdown.nextMilestone.label} mark on ${formatInstant(section.countdown.nextMilestone.at, zone)}`
              : null,
          }
        : null,
      statusChanges: section.statusChanges.map((change) => ({
        from: change.fromLabel,
        to: change.toLabel,
        at: formatInstant(change.at, zone),
        evidence: change.evidence.map((e) => evidenceView(e, zone)),
      })),
      deadlineChanges: section.deadlineChanges.map((change) => ({
        from: change.from ? formatInstant(change.from, zone) : null,
        to: change.to ? formatInstant(change.to, zone) : 'no deadline (cleared)',
        at: formatInstant(change.at, zone),
        evidence: change.evidence.map((e) => evidenceView(e, zone)),
      })),
      articles: section.articles.map((article) => ({
        title: oneLine(article.title),
        url: safeHttpUrl(article.url),
        source: oneLine(article.source) || 'unknown source',
        published: article.publishedAt ? formatInstant(article.publishedAt, zone) : null,
      })),
      moreArticles: section.moreArticles,
      talks: section.talks.map((talk) => ({
        title: oneLine(talk.title),
        when: formatWhen(talk.at, zone),
        url: safeHttpUrl(talk.url),
        source: talk.source ? oneLine(talk.source) : null,
      })),
      noChangeLine: section.noChangeLine,
    })),
  };
}
