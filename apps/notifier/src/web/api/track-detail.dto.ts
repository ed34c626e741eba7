import { ApiProperty } from '@nestjs/swagger';
import { SIGNAL_TYPES, type SignalType } from '@dw/domain';
import { TrackFactsDto } from './track-facts.dto';
import { DeadlineMoveDto, StatusChangeDto } from './track-history.dto';
import { TrackSummaryDto } from './track-summary.dto';

export class ArticleSignalDto {
  @ApiProperty({ enum: SIGNAL_TYPES, example: 'talks_held' }) type!: SignalType;
  @ApiProperty({ example: 'Talks held' }) label!: string;
  @ApiProperty({ example: 0.82, minimum: 0, maximum: 1 }) confidence!: number;
  @ApiProperty({ example: 'Talks with Lutnick continued on Friday.' }) evidence!: string;
}

export class ArticleDto {
  @ApiProperty({ example: 'https://news.example/000' }) id!: string;
  @ApiProperty({ example: 'White House says Korea, U.S. in "productive" talks' }) title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/000' }) url!: string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T00:00:00.000Z' }) publishedAt!:
    string | null;
  @ApiProperty({ type: [ArticleSignalDto] }) signals!: ArticleSignalDto[];
  @ApiProperty({ nullable: true, type: String, example: '2025-08-01' }) deadline!: string | null;
  @ApiProperty({ type: [Number], example: [25] }) tariffRates!: number[];
}

export class TalkDto {
  @ApiProperty({ example: 'Trade ministers will meet in Washington on Thursday.' }) title!: string;
  @ApiProperty({ example: '2025-07-31', description: 'Day the talks are scheduled for' }) date!: string;
  @ApiProperty({ example: 'https://news.example/001' }) articleId!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/001' }) url!: string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
}

export class SourcesDto {
  @ApiProperty({ example: 6, description: 'Feeds watched for this track' }) watching!: number;
  @ApiProperty({ example: 5, description: 'Polled, and the last poll worked' }) healthy!: number;
  @ApiProperty({ example: 1, description: 'The last poll failed' }) failing!: number;
  @ApiProperty({ example: 0, description: 'source.silent stands' }) silent!: number;
  @ApiProperty({ example: 0, description: 'Not polled yet' }) waiting!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPolledAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextPollAt!: string | null;
  @ApiProperty({ example: false, description: 'Every feed polled and failing: most likely no network' })
  unreachable!: boolean;
  @ApiProperty({ type: String, nullable: true, example: null }) lastError!: string | null;
}

export class TrackDetailDto extends TrackSummaryDto {
  @ApiProperty({ type: SourcesDto }) sources!: SourcesDto;
  @ApiProperty({
    type: TrackFactsDto,
    description:
      "What the classifier read in the track's recent articles (rates, pledges, sectors, officials), each fact once with the article it came from",
    example: {
      tariffRates: [
        {
          percent: 15,
          label: '15%',
          stories: 3,
          article: {
            articleId: 'https://news.example/014',
            title: 'Korea, US agree on 15% tariff and $350 billion investment',
            url: 'https://news.example/014',
            source: 'Yonhap',
            publishedAt: '2025-07-31T02:00:00.000Z',
          },
        },
      ],
      investments: [
        {
          usd: 350_000_000_000,
          label: '$350 billion',
          stories: 2,
          article: {
            articleId: 'https://news.example/014',
            title: 'Korea, US agree on 15% tariff and $350 billion investment',
            url: 'https://news.example/014',
            source: 'Yonhap',
            publishedAt: '2025-07-31T02:00:00.000Z',
          },
        },
      ],
      sectors: [],
      officials: [],
      fromArticles: 42,
    },
  })
  facts!: TrackFactsDto;
  @ApiProperty({ type: [DeadlineMoveDto], description: 'Deadline moves, oldest first' })
  deadlineHistory!: DeadlineMoveDto[];
  @ApiProperty({ type: [StatusChangeDto], description: 'Status changes with evidence, oldest first' })
  statusHistory!: StatusChangeDto[];
  @ApiProperty({ type: [ArticleDto], description: 'Latest classified relevant articles, newest first' })
  latestArticles!: ArticleDto[];
  @ApiProperty({ type: [TalkDto] }) talks!: TalkDto[];
}
