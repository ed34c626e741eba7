import type { Classification, DomainEvent } from '@dw/domain';
import type { Database } from '@dw/platform';
import type { ReplayEntry } from './replay-log';

interface FiredMilestone {
  eventId: string;
}
interface DigestSent {
  subscriberId: number;
  slot: string;
  eventId: string;
}

/** Reads what the pipeline did since the last step from the system of record, in time order. */
export class ReplayRecorder {
  private readonly seenArticles = new Set<string>();
  private readonly seenEvents = new Set<string>();
  private readonly log: ReplayEntry[] = [];
  private knownDeadlines: number[] = [];

  constructor(
    private readonly db: Database,
    private readonly onEntry?: (entry: ReplayEntry) => void,
  ) {}

  entries(): ReplayEntry[] {
    return this.log;
  }

  deadlines(): number[] {
    return this.knownDeadlines;
  }

  async collect(now: Date, _fired: FiredMilestone[], digests: DigestSent[]): Promise<void> {
    const step: ReplayEntry[] = [];
    const articles = await this.db
      .selectFrom('articles')
      .innerJoin('classifications', 'classifications.article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.title',
        'articles.source',
        'articles.raw',
        'articles.published_at',
        'classifications.result',
        'classifications.classified_at',
      ])
      .orderBy('classifications.classified_at')
      .execute();
    for (const a of articles) {
      if (this.seenArticles.has(a.id)) continue;
      this.seenArticles.add(a.id);
      const result: Classification = a.result;
      step.push({
        at: a.classified_at.toISOString(),
        kind: 'article',
        track: result.tracks[0] ?? null,
        articleId: a.id,
        archiveId: archiveIdOf(a.raw),
        publishedAt: a.published_at ? a.published_at.toISOString() : null,
        title: a.title,
        source: a.source,
        relevant: result.relevant,
        signals: result.signals,
        deadline: result.deadline,
        tariffRates: result.tariff_rates,
      });
    }
    const events = await this.db
      .selectFrom('events')
      .select(['id', 'payload'])
      .where('type', 'in', ['status.changed', 'deadline.changed', 'deadline.countdown'])
      .orderBy('occurred_at')
      .execute();
    for (const { id, payload } of events) {
      if (this.seenEvents.has(id)) continue;
      this.seenEvents.add(id);
      const event: DomainEvent = payload;
      const kind =
        event.type === 'status.changed'
          ? 'status'
          : event.type === 'deadline.changed'
            ? 'deadline'
            : 'countdown';
      step.push({ at: event.occurredAt, kind, event });
      const counts = await this.db
        .selectFrom('deliveries')
        .select(['channel'])
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('event_id', '=', id)
        .groupBy('channel')
        .execute();
      const count = (channel: string) => Number(counts.find((c) => c.channel === channel)?.n ?? 0);
      step.push({
        at: event.occurredAt,
        kind: 'alert',
        eventId: id,
        eventType: event.type,
        track: event.trackId,
        email: count('email'),
        webhook: count('webhook'),
      });
    }
    for (const digest of digests) {
      const subscriber = await this.db
        .selectFrom('subscribers')
        .select('email')
        .where('id', '=', digest.subscriberId)
        .executeTakeFirst();
      step.push({
        at: now.toISOString(),
        kind: 'digest',
        subscriber: subscriber?.email ?? String(digest.subscriberId),
        slot: digest.slot,
        eventId: digest.eventId,
      });
    }
    const tracks = await this.db
      .selectFrom('tracks')
      .select('deadline_at')
      .where('deadline_at', 'is not', null)
      .execute();
    this.knownDeadlines = tracks.map((t) => t.deadline_at!.getTime());
    step.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const entry of step) {
      this.log.push(entry);
      this.onEntry?.(entry);
    }
  }
}

/** The archive's own id, from the guid the archive server gave the item. */
function archiveIdOf(raw: Record<string, unknown>): string | null {
  const guid = raw.guid;
  return typeof guid === 'string' && guid.startsWith('archive:') ? guid.slice('archive:'.length) : null;
}
