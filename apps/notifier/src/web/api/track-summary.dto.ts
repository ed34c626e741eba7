import { ApiProperty } from '@nestjs/swagger';
import { TRACK_PHASES, TRACK_STATUSES, type TrackPhase, type TrackStatus } from '@dw/domain';
import { PartyDto } from './track-input.dto';

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

export class TrackDefinitionDto {
  @ApiProperty({ type: [PartyDto] }) parties!: PartyDto[];
  @ApiProperty({ type: [String], example: ['South Korea', 'Seoul'] }) keywords!: string[];
  @ApiProperty({ enum: ['config', 'api'], example: 'config' }) origin!: string;
}

export class PendingChangeDto {
  @ApiProperty({ enum: TRACK_PHASES, example: 'framework_deal' }) phase!: TrackPhase;
  @ApiProperty({ example: 'Deal reached (framework)' }) phaseLabel!: string;
  @ApiProperty({ example: '2025-07-30T01:30:00.000Z' }) since!: string;
  @ApiProperty() eventId!: string;
}

export class PendingDeadlineDto {
  @ApiProperty({ example: '2025-08-01T04:01:00.000Z' }) to!: string;
  @ApiProperty({ example: '2025-07-08T03:01:00.000Z' }) since!: string;
  @ApiProperty() eventId!: string;
}

export class TrackSummaryDto {
  @ApiProperty({ example: 'kr-us' }) id!: string;
  @ApiProperty({ example: 'South Korea – United States tariff negotiations' }) name!: string;
  @ApiProperty({ type: [String], example: ['South Korea', 'United States'] }) parties!: string[];
  @ApiProperty({ type: TrackDefinitionDto }) definition!: TrackDefinitionDto;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'negotiating' }) status!: TrackStatus;
  @ApiProperty({ example: 'Negotiating' }) statusLabel!: string;
  @ApiProperty({ enum: TRACK_PHASES, example: 'negotiating' }) phase!: TrackPhase;
  @ApiProperty({ example: 'Negotiating' }) phaseLabel!: string;
  @ApiProperty({ type: PendingChangeDto, nullable: true }) pending!: PendingChangeDto | null;
  @ApiProperty({ type: PendingDeadlineDto, nullable: true }) pendingDeadline!: PendingDeadlineDto | null;
  @ApiProperty({ enum: ['held', 'not_binding'], nullable: true, example: null }) countdownHold!:
    'held' | 'not_binding' | null;
  @ApiProperty({ nullable: true, type: String, example: '2025-07-26T03:00:00.000Z' }) statusSince!:
    string | null;
  @ApiProperty({ type: DeadlineDto, nullable: true }) deadline!: DeadlineDto | null;
  @ApiProperty({ type: CountdownDto, nullable: true }) countdown!: CountdownDto | null;
  @ApiProperty({ type: [MilestoneDto] }) milestones!: MilestoneDto[];
  @ApiProperty({ example: '2025-07-26T03:00:00.000Z' }) updatedAt!: string;
}
