import { Injectable } from '@nestjs/common';
import { StoryIndex } from '@dw/feeds';
import { ArticlesRepository } from '@dw/platform';
import type { NormalizedArticle } from './feed-reader';

const WINDOW_MS = 3 * 24 * 3600_000;
/**
 * Rows are stamped with the time their poll began and committed when it ends, and other pollers
 * write too: each refresh re-reads this far back (longer than a fetch may take) and skips known ids.
 */
const OVERLAP_MS = 2 * 60_000;
/** Other pollers' articles are looked for at most this often; this poller's own are remembered at once. */
const REFRESH_EVERY_MS = 1000;

/**
 * Links a syndicated copy to the story it repeats, across pollers: candidates come from the
 * database, kept in memory and topped up with what was stored since the last look.
 */
@Injectable()
export class StoryLinker {
  private index = new StoryIndex();
  private known = new Set<string>();
  private loadedAt: number | null = null;
  private refreshedAt = -Infinity;

  constructor(private readonly articles: ArticlesRepository) {}

  async storyFor(article: NormalizedArticle, now: Date): Promise<string> {
    if (performance.now() - this.refreshedAt >= REFRESH_EVERY_MS) await this.refresh(now);
    return this.index.findNearDuplicate(article.fingerprint)?.storyId ?? article.id;
  }

  /** An article this poller has just stored, so the next copy links to it without a database read. */
  remember(article: NormalizedArticle, storyId: string): void {
    if (this.known.has(article.id)) return;
    this.known.add(article.id);
    this.index.remember({ articleId: article.id, storyId, fingerprint: article.fingerprint });
  }

  private async refresh(now: Date): Promise<void> {
    this.refreshedAt = performance.now();
    const from =
      this.loadedAt === null
        ? now.getTime() - WINDOW_MS
        : Math.min(this.loadedAt, now.getTime()) - OVERLAP_MS;
    if (this.known.size > 50_000) this.reset();
    const recent = await this.articles.recentFingerprints(new Date(from));
    for (const candidate of recent) {
      if (!candidate.fingerprint || this.known.has(candidate.id)) continue;
      this.known.add(candidate.id);
      this.index.remember({
        articleId: candidate.id,
        storyId: candidate.story_id ?? candidate.id,
        fingerprint: candidate.fingerprint,
      });
    }
    this.loadedAt = now.getTime();
  }

  private reset(): void {
    this.index = new StoryIndex();
    this.known = new Set();
    this.loadedAt = null;
  }
}
