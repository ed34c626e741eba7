import { Injectable } from '@nestjs/common';
import type { Classification, TrackStatus } from '@dw/domain';
import { parsePublished, toIsoDate } from '@dw/domain/classification/calendar';
import { findDateReferences } from '@dw/domain/classification/dates';
import type {
  DigestArticle,
  DigestDeadlineChangeInput,
  DigestStatusChangeInput,
  DigestTalk,
  DigestTrackInput,
} from '@dw/domain/digest';
import { type Database, InjectDatabase, type TrackRow, TracksRepository } from '@dw/platform';

/** How far back talks announced in articles are looked for. */
const TALKS_LOOKBACK_MS = 14 * 86_400_000;
/** A digest never reaches further back than this, whatever the last one was. */
export const MAX_DIGEST_SPAN_MS = 31 * 86_400_000;
const MAX_ARTICLES = 5_000;

interface SourceArticle extends DigestArticle {
  trackId: string;
  fetchedAt: Date;
}

/** Everything digests draw on, read once per tick and cut per subscriber in memory. */
export class DigestSnapshot {
  constructor(
    private readonly tracks: TrackRow[],
    private readonly statusChanges: Map<string, DigestStatusChangeInput[]>,
    private readonly deadlineChanges: Map<string, DigestDeadlineChangeInput[]>,
    private readonly articles: SourceArticle[],
    private readonly talks: Map<string, DigestTalk[]>,
  ) {}

  /** Inputs for one subscriber: their tracks (empty = all), articles arrived after `since`. */
  inputsFor(trackIds: string[], since: Date): DigestTrackInput[] {
    const chosen = trackIds.length > 0 ? this.tracks.filter((t) => trackIds.includes(t.id)) : this.tracks;
    return chosen.map((track) => ({
      track: { id: track.id, name: track.name },
      status: track.status as TrackStatus,
      deadline: track.deadline_at
        ? { at: track.deadline_at.toISOString(), timezone: track.deadline_timezone ?? 'UTC' }
        : null,
      statusChanges: this.statusChanges.get(track.id) ?? [],
      deadlineChanges: this.deadlineChanges.get(track.id) ?? [],
      articles: this.articles
        .filter((a) => a.trackId === track.id && a.fetchedAt.getTime() > since.getTime())
        .map(({ trackId: _trackId, fetchedAt: _fetchedAt, ...article }) => article),
      talks: this.talks.get(track.id) ?? [],
    }));
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Talks announced with a day certain that is still ahead ("talks set for August 1"). */
export function talksFrom(
  result: Classification,
  article: { title: string; url: string; source: string; published: Date | null },
  now: Date,
): DigestTalk[] {
  const today = now.toISOString().slice(0, 10);
  const published = parsePublished(article.published?.toISOString() ?? null);
  return result.signals
    .filter((signal) => signal.type === 'talks_scheduled')
    .flatMap((signal) =>
      findDateReferences(signal.evidence, published)
        .filter((ref) => ref.dayCertain && toIsoDate(ref.date) >= today)
        .map((ref) => ({
          title: signal.evidence.length > 200 ? `${signal.evidence.slice(0, 199)}…` : signal.evidence,
          at: toIsoDate(ref.date),
          url: article.url,
          source: article.source,
        })),
    );
}

@Injectable()
export class DigestSources {
  constructor(
    @InjectDatabase() private readonly db: Database,
    private readonly tracksRepository: TracksRepository,
  ) {}

  async load(since: Date, now: Date): Promise<DigestSnapshot> {
    const tracks = await this.tracksRepository.list();
    const floor = new Date(Math.max(since.getTime(), now.getTime() - MAX_DIGEST_SPAN_MS));
    const history = await this.db
      .selectFrom('status_history')
      .selectAll()
      .where('occurred_at', '>', floor)
      .where('occurred_at', '<=', now)
      .orderBy('occurred_at')
      .execute();
    const statusChanges = new Map<string, DigestStatusChangeInput[]>();
    const deadlineChanges = new Map<string, DigestDeadlineChangeInput[]>();
    for (const row of history) {
      const change = { at: row.occurred_at.toISOString(), evidence: row.evidence };
      if (row.kind === 'status') {
        push(statusChanges, row.track_id, {
          ...change,
          from: (row.from_value ?? 'unknown') as TrackStatus,
          to: row.to_value as TrackStatus,
        });
      } else {
        push(deadlineChanges, row.track_id, { ...change, from: row.from_value, to: row.to_value });
      }
    }
    const articleFloor = new Date(Math.min(floor.getTime(), now.getTime() - TALKS_LOOKBACK_MS));
    const rows = await this.db
      .selectFrom('articles')
      .innerJoin('classifications', 'classifications.article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.title',
        'articles.url',
        'articles.source',
        'articles.published_at',
        'articles.fetched_at',
        'classifications.main_track',
        'classifications.result',
      ])
      .where('classifications.relevant', '=', true)
      .where('articles.fetched_at', '>', articleFloor)
      .where('articles.fetched_at', '<=', now)
      .orderBy('articles.fetched_at', 'desc')
      .limit(MAX_ARTICLES)
      .execute();
    const articles: SourceArticle[] = [];
    const talks = new Map<string, DigestTalk[]>();
    for (const row of rows) {
      if (!row.main_track) continue;
      const base = { title: row.title, url: row.url, source: row.source };
      if (row.fetched_at.getTime() > floor.getTime()) {
        articles.push({
          ...base,
          id: row.id,
          publishedAt: row.published_at?.toISOString() ?? null,
          trackId: row.main_track,
          fetchedAt: row.fetched_at,
        });
      }
      for (const talk of talksFrom(row.result, { ...base, published: row.published_at }, now)) {
        push(talks, row.main_track, talk);
      }
    }
    return new DigestSnapshot(tracks, statusChanges, deadlineChanges, articles, dedupeTalks(talks));
  }
}

function dedupeTalks(talks: Map<string, DigestTalk[]>): Map<string, DigestTalk[]> {
  const result = new Map<string, DigestTalk[]>();
  for (const [trackId, list] of talks) {
    const seen = new Set<string>();
    result.set(
      trackId,
      list.filter((talk) => {
        const key = `${talk.at}|${talk.title.toLowerCase()}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
    );
  }
  return result;
}
