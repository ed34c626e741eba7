import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  SIGNAL_TYPES,
  TRACK_PHASES,
  TRACK_STATUSES,
  type SignalType,
  type TrackPhase,
  type TrackStatus,
} from '@dw/domain';

/** Named apart from the webhook payload's EvidenceDto: OpenAPI schemas are keyed by class name, and here `url` may be null. */
export class TrackEvidenceDto {
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

/** How a change stands (README "Status and its life"); null on changes recorded before it was kept. */
export class FootingDto {
  @ApiProperty({ enum: TRACK_PHASES, nullable: true, example: 'framework_deal' }) phase!: TrackPhase | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: 'false: not yet confirmed' })
  confirmed!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, example: 4, description: 'Independent outlets behind it' })
  outlets!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Id of the unconfirmed event this confirms' })
  confirms!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Id of the unconfirmed event this withdraws' })
  withdraws!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Reported by 4 outlets.' }) footing!: string | null;
}

export class StatusChangeDto extends FootingDto {
  @ApiProperty({ example: 'status.changed:kr-us:2025-07-26T03:00:00.000Z' }) eventId!: string;
  @ApiProperty({ enum: TRACK_STATUSES, nullable: true, example: 'unknown' }) from!: TrackStatus | null;
  @ApiProperty({ nullable: true, type: String, example: 'Unknown' }) fromLabel!: string | null;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) to!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) toLabel!: string;
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [TrackEvidenceDto] }) evidence!: TrackEvidenceDto[];
}

export class DeadlineMoveDto extends FootingDto {
  @ApiProperty({ example: 'deadline.changed:kr-us:2025-08-01T04:01:00.000Z' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-09T04:01:00.000Z' }) from!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Wednesday 9 July 2025, 00:01 EDT' })
  fromDisplay!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2025-08-01T04:01:00.000Z',
    description: 'null: an editor cleared the deadline',
  })
  to!: string | null;
  @ApiProperty({ example: 'Friday 1 August 2025, 00:01 EDT' }) toDisplay!: string;
  @ApiProperty({ example: '2025-07-08T12:00:00.000Z' }) at!: string;
  @ApiProperty({ type: [TrackEvidenceDto] }) evidence!: TrackEvidenceDto[];
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
