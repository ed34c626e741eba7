import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTRIBUTIONS, TRACK_PHASES } from '@dw/domain';

/**
 * What a webhook POST carries (OpenAPI documentation). The body is the DomainEvent in the
 * Standard Webhooks envelope: {type, timestamp, data}, where data holds the event id (also the
 * webhook-id header, the same on every retry), the track and the event's own fields.
 */
export class EvidenceDto {
  @ApiProperty() articleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) publishedAt!: string | null;
  @ApiProperty({ example: 'deal_reached' }) signal!: string;
  @ApiProperty({ description: 'The sentence behind the change' }) sentence!: string;
  @ApiPropertyOptional({ enum: ATTRIBUTIONS, description: 'Who backs the sentence' }) attribution?: string;
}

/** How well a status or deadline change stands (see README "Status and its life"). */
class ChangeFootingDto {
  @ApiPropertyOptional({ description: 'false: one outlet or unnamed/hedged sources, not yet confirmed' })
  confirmed?: boolean;
  @ApiPropertyOptional({ description: 'Independent outlets behind the change; syndicated copies count once' })
  outlets?: number;
  @ApiPropertyOptional({ description: 'Id of the unconfirmed event this one confirms' }) confirms?: string;
  @ApiPropertyOptional({ description: 'Id of the unconfirmed event this one withdraws' }) withdraws?: string;
  @ApiPropertyOptional({ enum: ['denied', 'not_confirmed_in_time', 'superseded'] }) reason?: string;
}

class EventDataBase {
  @ApiProperty({
    example: 'status.changed:kr-us:2025-07-30T10:00:00.000Z',
    description: 'Event id = webhook-id',
  })
  id!: string;
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
}

export class StatusChangedDataDto extends ChangeFootingDto {
  @ApiProperty({
    example: 'status.changed:kr-us:2025-07-30T10:00:00.000Z',
    description: 'Event id = webhook-id',
  })
  id!: string;
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
  @ApiProperty({ example: 'negotiating' }) from!: string;
  @ApiProperty({ example: 'deal_reached' }) to!: string;
  @ApiPropertyOptional({ enum: TRACK_PHASES }) fromPhase?: string;
  @ApiPropertyOptional({ enum: TRACK_PHASES, example: 'framework_deal' }) phase?: string;
  @ApiPropertyOptional({ enum: ['stopped', 'held'] }) countdown?: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class DeadlineChangedDataDto extends ChangeFootingDto {
  @ApiProperty({
    example: 'deadline.changed:kr-us:2025-07-08T03:01:00.000Z',
    description: 'Event id = webhook-id',
  })
  id!: string;
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) from!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'null: an editor cleared the deadline (its countdown stops)',
  })
  to!: string | null;
  @ApiPropertyOptional({
    enum: ['held'],
    description: "held: the old date's countdown waits for confirmation",
  })
  countdown?: string;
  @ApiPropertyOptional({ description: 'Set by an editor' }) manual?: boolean;
  @ApiPropertyOptional({ example: 'America/New_York' }) timezone?: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class CountdownDataDto extends EventDataBase {
  @ApiProperty({ example: '24h', description: '7d, 3d, 24h, 6h, 1h or passed' }) milestone!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ example: 'negotiating' }) status!: string;
  @ApiPropertyOptional({ enum: TRACK_PHASES }) phase?: string;
}

class SignalDto {
  @ApiProperty() type!: string;
  @ApiProperty() confidence!: number;
  @ApiProperty() evidence!: string;
}

export class ArticleClassifiedDataDto extends EventDataBase {
  @ApiProperty() articleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() url!: string;
  @ApiProperty() source!: string;
  @ApiProperty({ type: [SignalDto] }) signals!: SignalDto[];
}

export class TestDataDto {
  @ApiProperty({ example: 'webhook.test:wh_3f9c2a7d1e8b4c06:1753869600000' }) id!: string;
  @ApiProperty() webhookId!: string;
  @ApiProperty() message!: string;
}

abstract class Envelope {
  @ApiProperty({ format: 'date-time', description: 'When the event happened' }) timestamp!: string;
}

export class StatusChangedWebhookDto extends Envelope {
  @ApiProperty({ enum: ['status.changed'] }) type!: string;
  @ApiProperty({ type: StatusChangedDataDto }) data!: StatusChangedDataDto;
}
export class DeadlineChangedWebhookDto extends Envelope {
  @ApiProperty({ enum: ['deadline.changed'] }) type!: string;
  @ApiProperty({ type: DeadlineChangedDataDto }) data!: DeadlineChangedDataDto;
}
export class CountdownWebhookDto extends Envelope {
  @ApiProperty({ enum: ['deadline.countdown'] }) type!: string;
  @ApiProperty({ type: CountdownDataDto }) data!: CountdownDataDto;
}
export class ArticleClassifiedWebhookDto extends Envelope {
  @ApiProperty({ enum: ['article.classified'] }) type!: string;
  @ApiProperty({ type: ArticleClassifiedDataDto }) data!: ArticleClassifiedDataDto;
}
export class TestWebhookDto extends Envelope {
  @ApiProperty({ enum: ['webhook.test'] }) type!: string;
  @ApiProperty({ type: TestDataDto }) data!: TestDataDto;
}

export const WEBHOOK_PAYLOAD_MODELS = [
  StatusChangedWebhookDto,
  DeadlineChangedWebhookDto,
  CountdownWebhookDto,
  ArticleClassifiedWebhookDto,
  TestWebhookDto,
];
