import { Injectable } from '@nestjs/common';
import { type Selectable, sql } from 'kysely';
import type { Article, Classification, ClassifiedFacts, FactArticle } from '@dw/domain';
import type { Database } from '../database/database';
import type { ArticlesTable, ClassificationsTable } from '../database/schema';
import { InjectDatabase } from '../tokens';

/** Each article's rank among its track's relevant articles, newest first (`c` is its latest classification). */
const NEWEST_PER_TRACK =
  sql<number>`row_number() over (partition by c.main_track order by articles.published_at desc nulls last, articles.fetched_at desc)`.as(
    'track_rank',
  );

export type ArticleRow = Selectable<ArticlesTable>;
export type ClassificationRow = Selectable<ClassificationsTable>;

@Injectable()
export class ArticlesRepository {
  constructor(@InjectDatabase() private readonly db: Database) {}

  /** Inserts only what is new; the unique id makes a second poller's insert of the same item a no-op. */
  async insertNew(
    article: Article & { fingerprint?: string | null; raw?: Record<string, unknown> },
    fetchedAt: Date,
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto('articles')
      .values({
        id: article.id,
        url: article.url,
        title: article.title,
        text: article.text,
        published_at: article.publishedAt,
        source: article.source,
        feed_id: article.feedId ? Number(article.feedId) : null,
        story_id: article.storyId ?? null,
        fingerprint: article.fingerprint ?? null,
        track_ids: JSON.stringify(article.trackIds),
        raw: JSON.stringify(article.raw ?? {}),
        fetched_at: fetchedAt,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    return inserted !== undefined;
  }

  find(id: string): Promise<ArticleRow | undefined> {
    return this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Recent fingerprints, to link a syndicated copy to the story it repeats. */
  recentFingerprints(
    since: Date,
  ): Promise<{ id: string; story_id: string | null; fingerprint: string | null }[]> {
    return this.db
      .selectFrom('articles')
      .select(['id', 'story_id', 'fingerprint'])
      .where('fetched_at', '>=', since)
      .where('fingerprint', 'is not', null)
      .execute();
  }

  async saveClassification(result: Classification, version: string, at: Date): Promise<void> {
    await this.db
      .insertInto('classifications')
      .values({
        article_id: result.id,
        classifier_version: version,
        relevant: result.relevant,
        main_track: result.tracks[0] ?? null,
        result: JSON.stringify(result),
        classified_at: at,
      })
      .onConflict((oc) =>
        oc
          .columns(['article_id', 'classifier_version'])
          .doUpdateSet({ result: JSON.stringify(result), classified_at: at }),
      )
      .execute();
  }

  findClassification(articleId: string, version: string): Promise<ClassificationRow | undefined> {
    return this.db
      .selectFrom('classifications')
      .selectAll()
      .where('article_id', '=', articleId)
      .where('classifier_version', '=', version)
      .executeTakeFirst();
  }

  /** Latest classified relevant articles of a track, newest first. */
  latestForTrack(trackId: string, limit: number): Promise<(ArticleRow & { result: Classification })[]> {
    return this.db
      .selectFrom('articles')
      .innerJoin('classifications', 'classifications.article_id', 'articles.id')
      .selectAll('articles')
      .select('classifications.result')
      .where('classifications.main_track', '=', trackId)
      .where('classifications.relevant', '=', true)
      .orderBy('articles.published_at', 'desc')
      .limit(limit)
      .execute();
  }

  /**
   * Latest classified relevant articles of several tracks in one query, newest first per track:
   * each article by its latest classification (a re-classification does not show it twice).
   */
  async latestForTracks(
    trackIds: string[],
    limit: number,
  ): Promise<Map<string, (ArticleRow & { result: Classification })[]>> {
    const byTrack = new Map<string, (ArticleRow & { result: Classification })[]>(
      trackIds.map((id) => [id, []]),
    );
    if (trackIds.length === 0) return byTrack;
    const latest = this.db
      .selectFrom('classifications')
      .distinctOn('article_id')
      .select(['article_id', 'main_track', 'relevant', 'result'])
      .orderBy('article_id')
      .orderBy('classified_at', 'desc')
      .as('c');
    const ranked = this.db
      .selectFrom('articles')
      .innerJoin(latest, 'c.article_id', 'articles.id')
      .selectAll('articles')
      .select(['c.result', 'c.main_track'])
      .select(NEWEST_PER_TRACK)
      .where('c.relevant', '=', true)
      .where('c.main_track', 'in', trackIds)
      .as('ranked');
    const rows = await this.db
      .selectFrom(ranked)
      .selectAll()
      .where('track_rank', '<=', limit)
      .orderBy('main_track')
      .orderBy('track_rank')
      .execute();
    for (const { main_track, track_rank: _rank, ...row } of rows) {
      if (main_track !== null) byTrack.get(main_track)?.push(row);
    }
    return byTrack;
  }

  /**
   * The facts the classifier extracted (rates, pledges, sectors, officials) from each track's latest
   * `perTrack` relevant articles, newest first, each article by its latest classification. Only the
   * facts leave the database, not the whole classification.
   */
  async recentFactsForTracks(
    trackIds: string[],
    perTrack: number,
  ): Promise<Map<string, { article: FactArticle; facts: ClassifiedFacts }[]>> {
    const byTrack = new Map<string, { article: FactArticle; facts: ClassifiedFacts }[]>(
      trackIds.map((id) => [id, []]),
    );
    if (trackIds.length === 0) return byTrack;
    const latest = this.db
      .selectFrom('classifications')
      .distinctOn('article_id')
      .select(['article_id', 'main_track', 'relevant'])
      .select(
        sql<ClassifiedFacts>`jsonb_build_object(
          'tariff_rates', coalesce(result->'tariff_rates', '[]'::jsonb),
          'investments_usd', coalesce(result->'investments_usd', '[]'::jsonb),
          'sectors', coalesce(result->'sectors', '[]'::jsonb),
          'officials', coalesce(result->'officials', '[]'::jsonb))`.as('facts'),
      )
      .where('article_id', 'in', (eb) =>
        eb.selectFrom('classifications').select('article_id').where('main_track', 'in', trackIds),
      )
      .orderBy('article_id')
      .orderBy('classified_at', 'desc')
      .as('c');
    const ranked = this.db
      .selectFrom('articles')
      .innerJoin(latest, 'c.article_id', 'articles.id')
      .select([
        'articles.id',
        'articles.story_id',
        'articles.title',
        'articles.url',
        'articles.source',
        'articles.published_at',
        'c.facts',
        'c.main_track',
      ])
      .select(NEWEST_PER_TRACK)
      .where('c.relevant', '=', true)
      .where('c.main_track', 'in', trackIds)
      .as('ranked');
    const rows = await this.db
      .selectFrom(ranked)
      .selectAll()
      .where('track_rank', '<=', perTrack)
      .orderBy('main_track')
      .orderBy('track_rank')
      .execute();
    for (const row of rows) {
      if (row.main_track === null) continue;
      byTrack.get(row.main_track)?.push({
        article: {
          articleId: row.id,
          storyId: row.story_id,
          title: row.title,
          url: row.url,
          source: row.source,
          publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
        },
        facts: row.facts,
      });
    }
    return byTrack;
  }
}
