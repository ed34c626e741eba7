import { Injectable } from '@nestjs/common';
import { aggregateFacts, type Clock } from '@dw/domain';
import {
  ArticlesRepository,
  EventsRepository,
  type FeedRow,
  FeedsRepository,
  InjectClock,
  type StatusHistoryRow,
  type TrackRow,
  TracksRepository,
  TracksSync,
} from '@dw/platform';
import { buildTimeline, buildTrackDetail, buildTrackSummary } from './build-track-view';
import { FACT_ARTICLES, factsView } from './facts';
import type { SourcesView, TimelineView, TrackDetailView, TrackSummaryView } from './views';

export const LATEST_ARTICLES = 10;

function groupByTrack(rows: StatusHistoryRow[]): Map<string, StatusHistoryRow[]> {
  const byTrack = new Map<string, StatusHistoryRow[]>();
  for (const row of rows) {
    const list = byTrack.get(row.track_id);
    if (list) list.push(row);
    else byTrack.set(row.track_id, [row]);
  }
  return byTrack;
}

/** Reads tracks, their history and latest articles, and shapes them for the page, the API and the feeds. */
@Injectable()
export class TrackViewService {
  constructor(
    @InjectClock() private readonly clock: Clock,
    private readonly tracks: TracksRepository,
    private readonly events: EventsRepository,
    private readonly articles: ArticlesRepository,
    private readonly definitions: TracksSync,
    private readonly feeds: FeedsRepository,
  ) {}

  /** Tracks in TRACKS_FILE order (the first is the main one); tracks added otherwise follow by id. */
  private async orderedTracks(): Promise<TrackRow[]> {
    const order = new Map(this.definitions.all().map((t, index) => [t.id, index]));
    const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
    return (await this.tracks.list()).sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  }

  now(): Date {
    return this.clock.now();
  }

  async summaries(): Promise<TrackSummaryView[]> {
    const now = this.clock.now();
    const tracks = await this.orderedTracks();
    const history = groupByTrack(await this.events.historyForTracks(tracks.map((t) => t.id)));
    return tracks.map((track) => buildTrackSummary({ track, history: history.get(track.id) ?? [], now }));
  }

  async summary(id: string): Promise<TrackSummaryView | null> {
    const track = await this.tracks.find(id);
    if (!track) return null;
    return buildTrackSummary({ track, history: await this.events.history(id), now: this.clock.now() });
  }

  async detail(id: string, articleLimit = LATEST_ARTICLES): Promise<TrackDetailView | null> {
    const track = await this.tracks.find(id);
    if (!track) return null;
    return (await this.detailsOf([track], articleLimit))[0];
  }

  /** Every track with history, latest articles, facts and feeds: four queries whatever the number of tracks. */
  async details(articleLimit = LATEST_ARTICLES): Promise<TrackDetailView[]> {
    return this.detailsOf(await this.orderedTracks(), articleLimit);
  }

  private async detailsOf(tracks: TrackRow[], articleLimit: number): Promise<TrackDetailView[]> {
    const ids = tracks.map((t) => t.id);
    const [history, articles, facts, feeds] = await Promise.all([
      this.events.historyForTracks(ids).then(groupByTrack),
      this.articles.latestForTracks(ids, articleLimit),
      this.articles.recentFactsForTracks(ids, FACT_ARTICLES),
      this.feeds.list(),
    ]);
    const now = this.clock.now();
    return tracks.map((track) => ({
      ...buildTrackDetail({
        track,
        history: history.get(track.id) ?? [],
        articles: articles.get(track.id) ?? [],
        now,
      }),
      sources: sourcesView(feeds.filter((f) => f.track_id === track.id)),
      facts: factsView(aggregateFacts(facts.get(track.id) ?? [])),
    }));
  }

  async timeline(id: string): Promise<TimelineView | null> {
    const track = await this.tracks.find(id);
    if (!track) return null;
    return buildTimeline(track, await this.events.history(id));
  }

  async trackIds(): Promise<string[]> {
    return (await this.orderedTracks()).map((t) => t.id);
  }
}

const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);

/** A track's feeds summed up for the page and the API. */
export function sourcesView(feeds: FeedRow[]): SourcesView {
  const polled = feeds.filter((f) => f.last_polled_at !== null);
  const failing = polled.filter((f) => f.consecutive_failures > 0);
  const latest = (dates: (Date | null)[]) =>
    dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  const earliest = (dates: (Date | null)[]) =>
    dates.reduce<Date | null>((a, b) => (b && (!a || b < a) ? b : a), null);
  const lastFailing = failing.sort(
    (a, b) => (b.last_error_at?.getTime() ?? 0) - (a.last_error_at?.getTime() ?? 0),
  )[0];
  return {
    watching: feeds.length,
    healthy: polled.length - failing.length,
    failing: failing.length,
    silent: feeds.filter((f) => f.silent_since !== null).length,
    waiting: feeds.length - polled.length,
    lastPolledAt: iso(latest(feeds.map((f) => f.last_polled_at))),
    nextPollAt: iso(earliest(feeds.map((f) => f.next_poll_at))),
    unreachable: feeds.length > 0 && failing.length === feeds.length,
    lastError: lastFailing?.last_error ?? null,
  };
}
