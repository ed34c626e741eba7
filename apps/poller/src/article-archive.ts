import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import type { Article } from '@dw/domain';
import { type AppConfig, InjectConfig } from '@dw/platform';

/**
 * Keeps every article taken in DATA_DIR/archive/YYYY-MM.jsonl, in the replay archive format
 * (archive/README.md), so `npm run replay` can replay the project's own runs.
 */
@Injectable()
export class ArticleArchive {
  private readonly logger = new Logger('ArticleArchive');
  private readonly dir: string;

  constructor(@InjectConfig() config: AppConfig) {
    this.dir = path.join(config.dataDir, 'archive');
  }

  async keep(article: Article, takenAt: Date): Promise<void> {
    const published = article.publishedAt ?? takenAt.toISOString();
    const line = JSON.stringify({
      id: article.id,
      title: article.title,
      text: article.text,
      published,
      source: article.source,
      url: article.url || null,
    });
    try {
      await fs.mkdir(this.dir, { recursive: true });
      await fs.appendFile(path.join(this.dir, `${published.slice(0, 7)}.jsonl`), `${line}\n`);
    } catch (error) {
      // The archive is a convenience for replay: losing a line must never lose the article itself.
      this.logger.warn({ articleId: article.id, err: error }, 'could not archive the article');
    }
  }
}
