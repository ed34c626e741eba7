import { ApiProperty } from '@nestjs/swagger';

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
}

class EventDataBase {
  @ApiProperty({
    example: 'status.changed:kr-us:2025-07-30T10:00:00.000Z',
    description: 'Event id = webhook-id',
  })
  id!: string;
  @ApiProperty({ example: 'kr-us' }) trackId!: string;
}

export class StatusChangedDataDto extends EventDataBase {
  @ApiProperty({ example: 'negotiating' }) from!: string;
  @ApiProperty({ example: 'deal_reached' }) to!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class DeadlineChangedDataDto extends EventDataBase {
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) from!: string | null;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
}

export class CountdownDataDto extends EventDataBase {
  @ApiProperty({ example: '24h', description: '7d, 3d, 24h, 6h, 1h or passed' }) milestone!: string;
  @ApiProperty({ format: 'date-time' }) deadline!: string;
  @ApiProperty({ example: 'negotiating' }) status!: string;
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
