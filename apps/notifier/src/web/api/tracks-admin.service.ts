import { InjectQueue } from '@nestjs/bullmq';
import {
  BadRequestException,
  ConflictException,
  Injectable,
  Logger,
  NotFoundException,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, TrackParty } from '@dw/domain';
import { type CreateTrackInput, trackKeywords, type UpdateTrackInput } from '@dw/domain/tracks/track-input';
import { assertPublicUrl } from '@dw/feeds';
import {
  type AppConfig,
  FeedsRepository,
  InjectClock,
  InjectConfig,
  TrackStateService,
  partiesOf,
  TracksRepository,
  TracksSync,
} from '@dw/platform';

type FeedInput = NonNullable<CreateTrackInput['feeds']>[number];

function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ error: 'invalid request', details: [{ field, message }] });
}

/**
 * Tracks created, changed and removed while everything runs. The database is the record; each write
 * is announced on Redis so every service and replica reloads its tracks within moments, and new
 * feeds are polled at once.
 */
@Injectable()
export class TracksAdminService {
  private readonly logger = new Logger('TracksAdmin');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    @InjectQueue(QUEUE_NAMES.poll) private readonly pollQueue: Queue,
    private readonly tracks: TracksRepository,
    private readonly feeds: FeedsRepository,
    private readonly sync: TracksSync,
    private readonly state: TrackStateService,
  ) {}

  async create(input: CreateTrackInput): Promise<void> {
    const feeds = this.guardedFeeds(input.feeds ?? []);
    const now = this.clock.now();
    const created = await this.tracks.create(
      {
        id: input.id,
        name: input.name,
        parties: input.parties,
        keywords: trackKeywords(input),
        deadline: input.deadline ?? null,
      },
      now,
    );
    if (!created) throw new ConflictException({ error: `track "${input.id}" already exists` });
    await this.replaceFeeds(input.id, feeds);
    await this.sync.announce([input.id]);
    this.logger.log({ trackId: input.id, feeds: feeds.length }, 'track created');
  }

  async update(id: string, input: UpdateTrackInput): Promise<void> {
    const row = await this.tracks.find(id);
    if (!row) throw this.notFound(id);
    const feeds = input.feeds ? this.guardedFeeds(input.feeds) : null;
    const parties: TrackParty[] = input.parties ?? partiesOf(row);
    const keywords =
      input.keywords !== undefined || input.parties !== undefined
        ? trackKeywords({ keywords: input.keywords ?? (input.parties ? undefined : row.keywords), parties })
        : undefined;
    await this.tracks.updateDefinition(
      id,
      {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.parties !== undefined ? { parties } : {}),
        ...(keywords !== undefined ? { keywords } : {}),
      },
      this.clock.now(),
    );
    if (feeds) await this.replaceFeeds(id, feeds);
    // the status machine's one locked path: a deadline.changed event with the operator as evidence
    // (null clears the deadline: the countdown stops)
    if (input.deadline !== undefined)
      await this.state.applyManualDeadline(id, { deadline: input.deadline, actor: 'the operator (API)' });
    await this.sync.announce([id]);
    this.logger.log({ trackId: id, changed: Object.keys(input) }, 'track changed');
  }

  async remove(id: string): Promise<void> {
    if (!(await this.tracks.softDelete(id, this.clock.now()))) throw this.notFound(id);
    for (const feed of await this.feeds.forTrack(id)) await this.feeds.remove(feed.id);
    await this.sync.announce([id]);
    this.logger.log({ trackId: id }, 'track removed');
  }

  private guardedFeeds(feeds: FeedInput[]): { url: string; source: string | null }[] {
    return feeds.map((feed, index) => {
      try {
        const url = assertPublicUrl(feed.url, { allowPrivateNetwork: this.config.allowPrivateNetwork });
        return { url: url.href, source: feed.source ?? null };
      } catch (error) {
        throw badField(`feeds.${index}.url`, (error as Error).message);
      }
    });
  }

  /** The track's feeds become exactly these: new ones are polled at once, dropped ones stop. */
  private async replaceFeeds(
    trackId: string,
    wanted: { url: string; source: string | null }[],
  ): Promise<void> {
    const existing = await this.feeds.forTrack(trackId);
    const keep = new Set(wanted.map((f) => f.url));
    for (const feed of existing) if (!keep.has(feed.url)) await this.feeds.remove(feed.id);
    const known = new Set(existing.map((f) => f.url));
    for (const feed of wanted) {
      if (known.has(feed.url)) continue;
      const row = await this.feeds.upsert({
        trackId,
        url: feed.url,
        source: feed.source,
        origin: 'api',
        createdAt: this.clock.now(),
      });
      await enqueue(this.pollQueue, 'pollFeed', { feedId: row.id, dueAt: row.created_at.toISOString() });
    }
  }

  private notFound(id: string): NotFoundException {
    return new NotFoundException({ error: 'not_found', message: `No track "${id.slice(0, 64)}"` });
  }
}
