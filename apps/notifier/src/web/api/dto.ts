import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { SIGNAL_TYPES, TRACK_STATUSES, type SignalType, type TrackStatus } from '@dw/domain';

/** OpenAPI schemas of the public track API (the shapes are the views in ../track-view/views.ts). */

export class EvidenceDto {
  @ApiProperty({ example: 'https://news.example/000' }) articleId!: string;
  @ApiProperty({ example: 'White House says Korea, U.S. in "productive" talks ahead of tariff deadline' })
  title!: string;
  @ApiProperty({ nullable: true, type: String, example: 'https://news.example/articles/000' }) url!:
    string | null;
  @ApiProperty({ example: 'Yonhap' }) source!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T00:00:00.000Z' }) publishedAt!:
    string | null;
  @ApiProperty({ enum: SIGNAL_TYPES, example: 'talks_held' }) signal!: SignalType;
  @ApiProperty({ example: 'Talks held' }) signalLabel!: string;
  @ApiProperty({ example: 'The White House said it "continues to have productive negotiations" with Korea.' })
  sentence!: string;
}

export class DeadlineDto {
  @ApiProperty({ example: '2025-08-01T04:01:00.000Z', description: 'ISO instant (UTC)' }) at!: string;
  @ApiProperty({ example: 'America/New_York', description: 'IANA zone the deadline is stated in' })
  timezone!: string;
  @ApiProperty({ example: '2025-08-01T00:01:00.000-04:00' }) localTime!: string;
  @ApiProperty({ example: 'Friday 1 August 2025, 00:01 EDT' }) display!: string;
}

export class MilestoneDto {
  @ApiProperty({ example: '24h' }) id!: string;
  @ApiProperty({ example: '24 hours' }) label!: string;
  @ApiProperty({ example: '2025-07-31T04:01:00.000Z' }) at!: string;
  @ApiProperty({ example: false }) passed!: boolean;
}

export class CountdownDto {
  @ApiProperty({ example: 273_600_000, description: 'Milliseconds left; negative once passed' })
  remainingMs!: number;
  @ApiProperty({ example: '3 days 4 hours' }) remaining!: string;
  @ApiProperty({ example: false }) passed!: boolean;
  @ApiProperty({ type: MilestoneDto, nullable: true }) nextMilestone!: MilestoneDto | null;
  @ApiProperty({
    enum: TRACK_STATUSES,
    nullable: true,
    example: null,
    description: 'Status at the deadline, once passed',
  })
  statusAtDeadline!: TrackStatus | null;
  @ApiProperty({ nullable: true, type: String, example: null }) statusAtDeadlineLabel!: string | null;
}

export class StatusChangeDto {
  @ApiProperty({ example: 'status.changed:kr-us:2025-07-26T03:00:00.000Z' }) eventId!: string;
  @ApiProperty({ enum: TRACK_STATUSES, nullable: true, example: 'unknown' }) from!: TrackStatus | null;
  @ApiProperty({ nullable: true, type: String, example: 'Unknown' }) fromLabel!: string | null;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) to!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) toLabel!: string;
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class DeadlineMoveDto {
  @ApiProperty({ example: 'deadline.changed:kr-us:2025-08-01T04:01:00.000Z' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-09T04:01:00.000Z' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Wednesday 9 July 2025, 00:01 EDT' })
  fromDisplay!: string | null;
  @ApiProperty({ example: '2025-08-01T04:01:00.000Z' }) to!: string;
  @ApiProperty({ example: 'Friday 1 August 2025, 00:01 EDT' }) toDisplay!: string;
  @ApiProperty({ example: '2025-07-08T12:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

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

export class TrackSummaryDto {
  @ApiProperty({ example: 'kr-us' }) id!: string;
  @ApiProperty({ example: 'South Korea – United States tariff negotiations' }) name!: string;
  @ApiProperty({ type: [String], example: ['South Korea', 'United States'] }) parties!: string[];
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) status!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) statusLabel!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T03:00:00.000Z' }) statusSince!:
    string | null;
  @ApiProperty({ type: DeadlineDto, nullable: true }) deadline!: DeadlineDto | null;
  @ApiProperty({ type: CountdownDto, nullable: true }) countdown!: CountdownDto | null;
  @ApiProperty({ type: [MilestoneDto] }) milestones!: MilestoneDto[];
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) updatedAt!: string;
}

export class TrackDetailDto extends TrackSummaryDto {
  @ApiProperty({ type: [DeadlineMoveDto], description: 'Deadline moves, oldest first' })
  deadlineHistory!: DeadlineMoveDto[];
  @ApiProperty({ type: [StatusChangeDto], description: 'Status changes with evidence, oldest first' })
  statusHistory!: StatusChangeDto[];
  @ApiProperty({ type: [ArticleDto], description: 'Latest classified relevant articles, newest first' })
  latestArticles!: ArticleDto[];
  @ApiProperty({ type: [TalkDto] }) talks!: TalkDto[];
}

export class StatusTimelineEntryDto extends StatusChangeDto {
  @ApiProperty({ enum: ['status'], example: 'status' }) kind!: 'status';
}

export class DeadlineTimelineEntryDto extends DeadlineMoveDto {
  @ApiProperty({ enum: ['deadline'], example: 'deadline' }) kind!: 'deadline';
}

export class TimelineDto {
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
  @ApiProperty({
    description: 'Status changes and deadline moves, newest first',
    type: 'array',
    items: {
      oneOf: [
        { $ref: getSchemaPath(StatusTimelineEntryDto) },
        { $ref: getSchemaPath(DeadlineTimelineEntryDto) },
      ],
      discriminator: { propertyName: 'kind' },
    },
  })
  entries!: (StatusTimelineEntryDto | DeadlineTimelineEntryDto)[];
}
