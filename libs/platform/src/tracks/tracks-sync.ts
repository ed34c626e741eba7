import * as fs from 'node:fs';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { Redis } from 'ioredis';
import { type Clock, type TrackDefinition } from '@dw/domain';
import { parseTracksFile } from '@dw/domain/tracks/tracks-file';
import { Prefilter } from '@dw/feeds';
import type { AppConfig } from '../config/app-config';
import { FeedsRepository } from '../repositories/feeds.repository';
import { toTrackDefinition, TracksRepository } from '../repositories/tracks.repository';
import { InjectClock, InjectConfig, InjectRedis } from '../tokens';

export type TracksChangedListener = (definitions: TrackDefinition[]) => void;

/** The Redis channel on which a write to the tracks is announced to every service and replica. */
export function tracksChangedChannel(queuePrefix: string): string {
  return `${queuePrefix}:tracks-changed`;
}

/**
 * Every service's view of the tracks. The database is the system of record: TRACKS_FILE seeds it at
 * start-up, the API changes it at run time. Each instance keeps the definitions in memory (the
 * classifier and the pre-filter read them per article) and reloads them when a "tracks changed"
 * notice arrives on Redis pub/sub, and every TRACKS_RELOAD_SECONDS in case a notice was missed
 * (pub/sub does not queue for a subscriber that was reconnecting).
 */
@Injectable()
export class TracksSync implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Tracks');
  private definitions: TrackDefinition[] | undefined;
  private prefilter: Prefilter | undefined;
  private subscriber: Redis | undefined;
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | undefined;
  private reloadAgain = false;
  private readonly listeners = new Set<TracksChangedListener>();
  /** TRACKS_FILE order (its first track is the main one); tracks added at run time follow, oldest first. */
  private fileOrder = new Map<string, number>();

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    @InjectRedis() private readonly redis: Redis,
    private readonly tracks: TracksRepository,
    private readonly feeds: FeedsRepository,
  ) {}

  /** Seeds and loads before any worker takes a job. */
  async onModuleInit(): Promise<void> {
    const seeded = this.fileDefinitions();
    this.fileOrder = new Map(seeded.map((track, index) => [track.id, index]));
    await this.seed(seeded);
    await this.reload();
    this.logger.log(
      { tracks: this.all().map((t) => t.id), file: this.config.tracksFile },
      `watching ${this.all()
        .map((t) => t.id)
        .join(', ')}`,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('error', () => undefined);
    this.subscriber.on('message', () => void this.reloadQuietly());
    await this.subscriber.subscribe(tracksChangedChannel(this.config.queuePrefix));
    this.timer = setInterval(() => void this.reloadQuietly(), this.config.tracksReloadMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }

  /** The tracks as they stand (keywords and parties for the pre-filter and the classifier). */
  all(): TrackDefinition[] {
    // before the first load (a unit test without the database): the file, as at start-up
    this.definitions ??= this.fileDefinitions();
    return this.definitions;
  }

  /** The relevance pre-filter: the tracks whose words an article mentions (two tracks: both). */
  relevantTracks(article: { title: string; text: string }): string[] {
    this.prefilter ??= new Prefilter(this.all());
    return this.prefilter.check(article).trackIds;
  }

  /**
   * Makes sure these tracks are loaded: a job can reach this replica moments before the "tracks
   * changed" notice does (a feed of a track created a millisecond ago), so an unknown id reloads first.
   */
  async ensureKnown(trackIds: readonly (string | null)[]): Promise<void> {
    const known = new Set(this.all().map((track) => track.id));
    if (trackIds.some((id) => id !== null && !known.has(id))) await this.reload();
  }

  /** Called with the new definitions after every reload that changed something. */
  onChange(listener: TracksChangedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** After a write: this instance reloads now, every other one on the notice. */
  async announce(trackIds: string[]): Promise<void> {
    await this.reload();
    await this.redis.publish(tracksChangedChannel(this.config.queuePrefix), JSON.stringify({ trackIds }));
  }

  /** Re-reads the tracks from the database; concurrent calls share one read and one more after it. */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.reloadAgain = false;
          await this.load();
        } while (this.reloadAgain);
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  private async reloadQuietly(): Promise<void> {
    try {
      await this.reload();
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'tracks reload failed; keeping the last ones');
    }
  }

  private async load(): Promise<void> {
    const rank = (id: string) => this.fileOrder.get(id) ?? Number.MAX_SAFE_INTEGER;
    const rows = (await this.tracks.list()).sort(
      (a, b) =>
        rank(a.id) - rank(b.id) ||
        (a.created_at?.getTime() ?? 0) - (b.created_at?.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
    const next = rows.map(toTrackDefinition);
    const changed = JSON.stringify(next) !== JSON.stringify(this.definitions);
    this.definitions = next;
    if (!changed) return;
    this.prefilter = new Prefilter(next);
    for (const listener of this.listeners) listener(next);
  }

  /** TRACKS_FILE into the database; a track the API changed or removed keeps its own definition and feeds. */
  private async seed(definitions: TrackDefinition[]): Promise<void> {
    const now = this.clock.now();
    await this.tracks.upsertDefinitions(definitions, now);
    const managed = new Set(await this.tracks.managedIds());
    for (const track of definitions) {
      if (managed.has(track.id)) continue;
      for (const feed of track.feeds) {
        await this.feeds.upsert({
          trackId: track.id,
          url: feed.url,
          source: feed.source ?? null,
          origin: 'config',
          hubUrl: feed.hub ?? null,
          createdAt: now,
        });
      }
    }
  }

  private fileDefinitions(): TrackDefinition[] {
    let text: string;
    try {
      text = fs.readFileSync(this.config.tracksFile, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read TRACKS_FILE ${this.config.tracksFile}: ${(error as Error).message}`);
    }
    return parseTracksFile(text, this.config.tracksFile);
  }
}
