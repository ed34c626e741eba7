import { Injectable } from '@nestjs/common';
import { StoryIndex } from '@dw/feeds';
import { ArticlesRepository } from '@dw/platform';
import type { NormalizedArticle } from './feed-reader';

const WINDOW_MS = 3 * 24 * 3600_000;

/** Links a syndicated copy to the story it repeats, across pollers: candidates come from the database. */
@Injectable()
export class StoryLinker {
  constructor(private readonly articles: ArticlesRepository) {}

  async storyFor(article: NormalizedArticle, now: Date): Promise<string> {
    const index = new StoryIndex();
    const recent = await this.articles.recentFingerprints(new Date(now.getTime() - WINDOW_MS));
    for (const candidate of recent) {
      if (candidate.fingerprint)
        index.remember({
          articleId: candidate.id,
          storyId: candidate.story_id ?? candidate.id,
          fingerprint: candidate.fingerprint,
        });
    }
    return index.assign(article.id, article.fingerprint);
  }
}
