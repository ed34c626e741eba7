import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { z } from 'zod';

export const addFeedSchema = z.object({
  url: z.string().trim().min(1).max(2000),
  trackId: z.string().min(1).max(100).nullable().optional(),
  source: z.string().trim().min(1).max(200).nullable().optional(),
});
export type AddFeedInput = z.infer<typeof addFeedSchema>;

export const removeByUrlSchema = z.object({ url: z.string().trim().min(1).max(2000) });

// ---- OpenAPI documentation classes (validation is the zod schemas above) ----

export class AddFeedDto {
  @ApiProperty({
    example: 'https://www.yna.co.kr/rss/economy.xml',
    description:
      'http or https; loopback, private and metadata addresses are refused unless ALLOW_PRIVATE_NETWORK',
  })
  url!: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'kr-us',
    description: 'The track whose deadline sets the pace; absent: the most urgent track',
  })
  trackId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Yonhap' })
  source?: string | null;
}

export class WebSubHealthDto {
  @ApiProperty({ example: 'https://pubsubhubbub.appspot.com/' }) hubUrl!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['pending', 'subscribed', 'denied', 'failed', 'unsubscribing'],
  })
  state!: string | null;
  @ApiProperty({ type: String, nullable: true }) topic!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) leaseExpiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPushAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
}

export class FeedHealthDto {
  @ApiProperty() id!: number;
  @ApiProperty() url!: string;
  @ApiProperty({ type: String, nullable: true }) trackId!: string | null;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ enum: ['config', 'api'], description: 'config: from TRACKS_FILE (comes back on restart)' })
  origin!: string;
  @ApiProperty({
    enum: ['new', 'ok', 'failing'],
    description: 'new: not polled yet; failing: the last poll failed',
  })
  health!: 'new' | 'ok' | 'failing';
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastPolledAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastSuccessAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'the feed did not finish downloading within 30 s' })
  lastError!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastErrorAt!: string | null;
  @ApiProperty() consecutiveFailures!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'While failing: the last success (or when the feed was added)',
  })
  failingSince!: string | null;
  @ApiProperty({ description: 'Failing with no success for longer than the silence threshold (6 h)' })
  silent!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description:
      'Since when source.silent stands for this feed (failing, or nothing new for far longer than usual)',
  })
  silentSince!: string | null;
  @ApiProperty({ description: 'New articles taken from this feed so far' }) itemsSeen!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextPollAt!: string | null;
  @ApiProperty({ type: WebSubHealthDto, nullable: true }) webSub!: WebSubHealthDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export { ErrorDto } from '@dw/platform/http/error-body';
