import { ApiProperty } from '@nestjs/swagger';
import { z } from 'zod';
import { EMAIL_ALERT_EVENTS } from '@dw/domain/subscriptions';
import { pgIdText, SUBSCRIBER_STATES, type SubscriberRow, subscriberState } from '@dw/platform';

export const subscriberQuerySchema = z
  .object({
    state: z.enum(SUBSCRIBER_STATES).optional(),
    track: z.string().min(1).max(40).optional(),
    q: z.string().trim().min(1).max(254).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: pgIdText().optional(),
  })
  .strict();
export type SubscriberQueryInput = z.infer<typeof subscriberQuerySchema>;

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

export class SubscriberDto {
  @ApiProperty({ example: 42 }) id!: number;
  @ApiProperty({ example: 'desk@example.org' }) email!: string;
  @ApiProperty({ enum: SUBSCRIBER_STATES, example: 'active' }) state!: string;
  @ApiProperty({ type: [String], example: ['kr-us'], description: 'Empty: every track' }) tracks!: string[];
  @ApiProperty({ enum: EMAIL_ALERT_EVENTS, isArray: true, description: 'Empty: every alert' })
  events!: string[];
  @ApiProperty({ enum: ['off', 'daily', 'weekly'], example: 'weekly' }) digest!: string;
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'ISO weekday, weekly digests' })
  digestWeekday!: number | null;
  @ApiProperty({ example: '08:00' }) digestTime!: string;
  @ApiProperty({ example: 'Asia/Seoul' }) timezone!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) confirmedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) unsubscribedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) bouncedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) bounceReason!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastDigestAt!: string | null;
}

export class SubscriberDetailDto extends SubscriberDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { sent: 12, pending: 1, skipped: 0, failed: 0 },
    description: 'Alert and digest mails to this address, by status',
  })
  deliveries!: Record<string, number>;
}

export class SubscriberPageDto {
  @ApiProperty({ type: [SubscriberDto] }) items!: SubscriberDto[];
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 42,
    description: 'Pass as ?cursor= for the next page; null on the last page',
  })
  nextCursor!: number | null;
}

export function subscriberView(row: SubscriberRow): SubscriberDto {
  return {
    id: row.id,
    email: row.email,
    state: subscriberState(row),
    tracks: row.tracks,
    events: row.events,
    digest: row.digest,
    digestWeekday: row.digest_weekday,
    digestTime: row.digest_time,
    timezone: row.timezone,
    createdAt: row.created_at.toISOString(),
    confirmedAt: iso(row.confirmed_at),
    unsubscribedAt: iso(row.unsubscribed_at),
    bouncedAt: iso(row.bounced_at),
    bounceReason: row.bounce_reason,
    lastDigestAt: iso(row.last_digest_at),
  };
}
