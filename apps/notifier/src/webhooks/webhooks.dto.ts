import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { z } from 'zod';
import { pgIdText } from '@dw/platform/http/input-rules';

/** Event types a webhook may ask for (digest is email only). */
export const WEBHOOK_EVENT_TYPES = [
  'status.changed',
  'deadline.changed',
  'deadline.countdown',
  'article.classified',
  // opt-in, for operators' monitoring: a feed or track gone silent, and back
  'source.silent',
  'source.recovered',
] as const;

const eventList = z.array(z.enum(WEBHOOK_EVENT_TYPES)).max(WEBHOOK_EVENT_TYPES.length);
const trackList = z.array(z.string().min(1).max(100)).max(100);
const description = z.string().max(500).nullable();

export const createWebhookSchema = z.object({
  url: z.string().min(1).max(2000),
  events: eventList.optional(),
  tracks: trackList.optional(),
  description: description.optional(),
});
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .object({
    url: z.string().min(1).max(2000).optional(),
    events: eventList.optional(),
    tracks: trackList.optional(),
    description: description.optional(),
    enabled: z.boolean().optional(),
  })
  .refine((value) => Object.keys(value).length > 0, { message: 'nothing to change' });
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const rotateSecretSchema = z
  .object({
    gracePeriodSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .optional(),
  })
  .optional();

export const deliveryPageSchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: pgIdText().optional(),
});

// ---- OpenAPI documentation classes (validation is the zod schemas above) ----

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://bots.example.com/deadline-watch',
    description: 'https (http only with ALLOW_PRIVATE_NETWORK)',
  })
  url!: string;
  @ApiPropertyOptional({
    enum: WEBHOOK_EVENT_TYPES,
    isArray: true,
    description:
      'Empty or absent: status.changed, deadline.changed, deadline.countdown (article.classified is opt-in)',
  })
  events?: string[];
  @ApiPropertyOptional({
    type: [String],
    example: ['kr-us'],
    description: 'Track ids; empty or absent: every track',
  })
  tracks?: string[];
  @ApiPropertyOptional({ type: String, nullable: true, example: 'trading desk bot' })
  description?: string | null;
}

/** Partial: only the fields sent change. */
export class UpdateWebhookDto extends PartialType(CreateWebhookDto) {
  @ApiPropertyOptional({ description: 'false disables; true enables again and clears the failure streak' })
  enabled?: boolean;
}

export class RotateSecretDto {
  @ApiPropertyOptional({
    description: 'How long the old secret keeps signing (default 24 h)',
    example: 86400,
    type: 'integer',
    minimum: 0,
    maximum: 7 * 86_400,
  })
  gracePeriodSeconds?: number;
}

export class WebhookDto {
  @ApiProperty({ example: 'wh_3f9c2a7d1e8b4c06' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, isArray: true }) events!: string[];
  @ApiProperty({ type: [String] }) tracks!: string[];
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'endpoint answered 410 Gone' }) disabledReason!:
    string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) disabledAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'First failure since the last success',
  })
  failingSince!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Until when the previous secret also signs',
  })
  previousSecretExpiresAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class WebhookCreatedDto extends WebhookDto {
  @ApiProperty({
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    description: 'Shown once: keep it to verify signatures',
  })
  secret!: string;
}

export class SecretRotatedDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'whsec_...' }) secret!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) previousSecretExpiresAt!: string | null;
}

export class DeliveryQueuedDto {
  @ApiProperty() deliveryId!: number;
  @ApiProperty({ description: 'Sent as webhook-id; the same on every retry' }) eventId!: string;
}

export class AttemptDto {
  @ApiProperty() attemptId!: number;
  @ApiProperty() deliveryId!: number;
  @ApiProperty({ description: 'The webhook-id header of the delivery' }) eventId!: string;
  @ApiProperty({ description: '0-based place in the retry schedule' }) attempt!: number;
  @ApiProperty({
    enum: ['scheduled', 'manual', 'redelivery', 'recovery'],
    description: 'redelivery: sent again after an earlier send whose outcome is unknown (same webhook-id)',
  })
  trigger!: string;
  @ApiProperty({
    enum: ['in_flight', 'success', 'retry', 'failed', 'disabled', 'interrupted'],
    description:
      'disabled: this attempt disabled the endpoint (410, or failing too long); interrupted: the worker stopped before recording the outcome, which is unknown',
  })
  outcome!: string;
  @ApiProperty({ format: 'date-time' }) attemptedAt!: string;
  @ApiProperty({ type: Number, nullable: true }) statusCode!: number | null;
  @ApiProperty() latencyMs!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Start of the response body' }) responseExcerpt!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({
    enum: ['pending', 'sent', 'failed', 'skipped'],
    description: 'skipped: the event occurred while the endpoint was disabled (see recover)',
  })
  deliveryStatus!: string;
}

export class AttemptPageDto {
  @ApiProperty({ type: [AttemptDto] }) items!: AttemptDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Pass as ?cursor= for the next (older) page' })
  nextCursor!: number | null;
}

export const recoverSchema = z.object({ since: z.iso.datetime({ offset: true }) }).strict();

export class RecoverDto {
  @ApiProperty({
    format: 'date-time',
    example: '2025-07-30T00:00:00Z',
    description: 'Failed deliveries and events recorded while disabled, created at or after this time',
  })
  since!: string;
}

export class RecoveredDto {
  @ApiProperty() webhookId!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
  @ApiProperty({ description: 'Deliveries queued again, each on a fresh retry schedule' })
  deliveries!: number;
}

export { ErrorDto } from '@dw/platform/http/error-body';
