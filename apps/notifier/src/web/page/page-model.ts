import { utcDay, utcShort } from '../track-view/format';
import type {
  ArticleView,
  DeadlineMoveView,
  EvidenceView,
  FactView,
  StatusChangeView,
  TrackDetailView,
  TrackFactsView,
} from '../track-view/views';

/** Everything the status page template shows, already worded; the template only lays it out and escapes. */

export interface PageNotice {
  kind: 'ok' | 'error';
  text: string;
}

export interface PageOptions {
  tracks: TrackDetailView[];
  now: Date;
  /** Where the form posts without JavaScript, and where its script posts JSON. */
  subscribeAction: string;
  subscribeApi: string;
  /** webcal:// address of the calendar, which calendar apps open as a subscription. */
  calendarSubscribeUrl?: string;
  notice?: PageNotice | null;
  email?: string;
}

/** The page shows the latest changes; the timeline API and the Atom feed have all of them. */
export const PAGE_STATUS_CHANGES = 10;

function evidenceModel(evidence: EvidenceView) {
  return { ...evidence, publishedDisplay: utcDay(evidence.publishedAt) };
}

function changeModel(change: StatusChangeView) {
  return {
    ...change,
    atDisplay: utcShort(change.at),
    badgeClass: `badge badge-${change.to}`,
    evidence: change.evidence.map(evidenceModel),
  };
}

function moveModel(move: DeadlineMoveView) {
  return { ...move, atDisplay: utcShort(move.at), evidence: move.evidence.map(evidenceModel) };
}

function articleModel(article: ArticleView) {
  return {
    ...article,
    publishedDisplay: article.publishedAt ? utcShort(article.publishedAt) : null,
    signals: article.signals.map((s) => ({ ...s, percent: Math.round(s.confidence * 100) })),
    tariffText: article.tariffRates.length > 0 ? article.tariffRates.map((r) => `${r}%`).join(', ') : null,
  };
}

/** "Facts in the news": one row per kind that has any, each fact linking to the newest article stating it. */
function factsModel(facts: TrackFactsView) {
  const item = (fact: FactView) => ({
    label: fact.label,
    url: fact.article.url,
    title: fact.article.title,
    source: fact.article.source,
    day: utcDay(fact.article.publishedAt),
    stories: fact.stories > 1 ? `${fact.stories} stories` : null,
  });
  const rows = [
    { label: 'Tariff rates', items: facts.tariffRates.map(item) },
    { label: 'Investment pledges', items: facts.investments.map(item) },
    { label: 'Sectors', items: facts.sectors.map(item) },
    { label: 'Officials', items: facts.officials.map(item) },
  ].filter((row) => row.items.length > 0);
  const n = facts.fromArticles;
  return { rows, readFrom: n === 1 ? 'the latest article' : `the latest ${n} articles` };
}

function countdownParts(ms: number) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    days: Math.floor(seconds / 86_400),
    hours: pad(Math.floor((seconds % 86_400) / 3_600)),
    minutes: pad(Math.floor((seconds % 3_600) / 60)),
    seconds: pad(seconds % 60),
  };
}

const feedsWord = (n: number) => `${n} feed${n === 1 ? '' : 's'}`;

/** The feeds in one line, and an honest sentence for a track with no news yet. */
function sourcesModel(track: TrackDetailView) {
  const s = track.sources;
  const health =
    s.watching === 0
      ? 'No feed is watched for this track yet.'
      : `Watching ${feedsWord(s.watching)}: ${s.healthy} healthy` +
        (s.failing ? `, ${s.failing} failing` : '') +
        (s.waiting ? `, ${s.waiting} not polled yet` : '') +
        (s.silent ? ` (${s.silent} silent)` : '') +
        '.';
  let empty: string;
  if (s.watching === 0) empty = 'No feed is watched for this track, so nothing can be classified yet.';
  else if (s.unreachable) empty = 'No feed could be reached: check the network.';
  else if (s.lastPolledAt === null)
    empty = `Watching ${feedsWord(s.watching)}; the first poll is on its way.`;
  else empty = `Watching ${feedsWord(s.watching)}; nothing classified yet.`;
  return {
    ...s,
    health,
    empty,
    offline: s.unreachable,
    lastPolledDisplay: s.lastPolledAt ? utcShort(s.lastPolledAt) : null,
    nextPollDisplay: s.nextPollAt ? utcShort(s.nextPollAt) : null,
  };
}

function trackModel(track: TrackDetailView) {
  const countdown = track.countdown;
  const passed = countdown?.passed ?? false;
  const nextId = countdown?.nextMilestone?.id ?? null;
  const changedSinceDeadline =
    passed && countdown?.statusAtDeadline !== null && countdown?.statusAtDeadline !== track.status;
  return {
    ...track,
    anchor: `track-${track.id}`,
    navLabel: track.parties.length > 1 ? track.parties.join(' – ') : track.name,
    titleId: `track-${track.id}-title`,
    badgeClass: `badge badge-${track.status}`,
    statusSinceDisplay: track.statusSince ? utcShort(track.statusSince) : null,
    deadlineUtc: track.deadline ? utcShort(track.deadline.at) : null,
    passed,
    upcoming: Boolean(countdown && !passed),
    parts: countdown ? countdownParts(countdown.remainingMs) : null,
    changedSinceDeadline,
    nextMilestoneDisplay: countdown?.nextMilestone ? utcShort(countdown.nextMilestone.at) : null,
    milestones: track.milestones
      .filter((m) => m.id !== 'passed')
      .map((m) => ({
        ...m,
        atDisplay: utcShort(m.at),
        className: m.passed ? 'done' : m.id === nextId ? 'next' : '',
        state: m.passed ? 'passed' : m.id === nextId ? 'next' : 'ahead',
      })),
    deadlineMoves: track.deadlineHistory.map(moveModel).reverse(),
    statusChanges: track.statusHistory.slice(-PAGE_STATUS_CHANGES).map(changeModel).reverse(),
    earlierChanges: Math.max(0, track.statusHistory.length - PAGE_STATUS_CHANGES),
    timelineUrl: `/api/tracks/${encodeURIComponent(track.id)}/timeline`,
    articles: track.latestArticles.map(articleModel),
    sources: sourcesModel(track),
    facts: factsModel(track.facts),
    passedQuietly: passed && track.status === 'unknown' && track.latestArticles.length === 0,
    atomUrl: `/feed.atom?track=${encodeURIComponent(track.id)}`,
    calendarUrl: `/calendar.ics?track=${encodeURIComponent(track.id)}`,
    talks: track.talks.map((t) => ({ ...t, dateDisplay: utcDay(`${t.date}T00:00:00Z`) ?? t.date })),
  };
}

export function buildPageModel(options: PageOptions) {
  return {
    serverNow: options.now.toISOString(),
    generatedDisplay: utcShort(options.now.toISOString()),
    tracks: options.tracks.map(trackModel),
    trackOptions: options.tracks.map((t) => ({ id: t.id, name: t.name })),
    subscribeAction: options.subscribeAction,
    subscribeApi: options.subscribeApi,
    calendarSubscribeUrl: options.calendarSubscribeUrl ?? null,
    notice: options.notice ?? null,
    email: options.email ?? '',
  };
}

export type PageModel = ReturnType<typeof buildPageModel>;
