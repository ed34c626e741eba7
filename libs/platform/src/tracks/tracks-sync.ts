import * as fs from 'node:fs';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Clock, type TrackDefinition } from '@dw/domain';
import { parseTracksFile } from '@dw/domain/tracks/tracks-file';
import { Prefilter } from '@dw/feeds';
import type { AppConfig } from '../config/app-config';
import { FeedsRepository } from '../repositories/feeds.repository';
import { TracksRepository } from '../repositories/tracks.repository';
import { InjectClock, InjectConfig } from '../tokens';

/** Loads TRACKS_FILE into the database at start-up, in every service, so none depends on another's start. */
@Injectable()
export class TracksSync implements OnApplicationBootstrap {
  private readonly logger = new Logger('Tracks');
  private definitions: TrackDefinition[] | undefined;
  private prefilter: Prefilter | undefined;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    private readonly tracks: TracksRepository,
    private readonly feeds: FeedsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const definitions = this.all();
    await this.tracks.upsertDefinitions(definitions, this.clock.now());
    for (const track of definitions) {
      for (const feed of track.feeds) {
        await this.feeds.upsert({
          trackId: track.id,
          url: feed.url,
          source: feed.source ?? null,
          origin: 'config',
          hubUrl: feed.hub ?? null,
        });
      }
    }
    this.logger.log(`watching ${definitions.map((t) => t.id).join(', ')} from ${this.config.tracksFile}`);
  }

  /** The definitions as configured (keywords and parties for the pre-filter and the classifier). */
  all(): TrackDefinition[] {
    this.definitions ??= this.load();
    return this.definitions;
  }

  /** The relevance pre-filter: the tracks whose words an article mentions (two tracks: both). */
  relevantTracks(article: { title: string; text: string }): string[] {
    this.prefilter ??= new Prefilter(this.all());
    return this.prefilter.check(article).trackIds;
  }

  private load(): TrackDefinition[] {
    let text: string;
    try {
      text = fs.readFileSync(this.config.tracksFile, 'utf8');
    } catch (error) {
      throw new Error(`Cannot read TRACKS_FILE ${this.config.tracksFile}: ${(error as Error).message}`);
    }
    return parseTracksFile(text, this.config.tracksFile);
  }
}
