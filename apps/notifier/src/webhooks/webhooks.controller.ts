import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiTokenGuard } from '@dw/platform/http/api-token.guard';
import { WEBHOOK_PAYLOAD_MODELS } from './webhook-payload.dto';
import { WebhooksAdminService } from './webhooks-admin.service';
import {
  AttemptPageDto,
  CreateWebhookDto,
  type CreateWebhookInput,
  createWebhookSchema,
  DeliveryQueuedDto,
  deliveryPageSchema,
  RecoverDto,
  RecoveredDto,
  recoverSchema,
  RotateSecretDto,
  rotateSecretSchema,
  SecretRotatedDto,
  UpdateWebhookDto,
  type UpdateWebhookInput,
  updateWebhookSchema,
  WebhookCreatedDto,
  WebhookDto,
} from './webhooks.dto';
import {
  ApiErrors,
  ApiIdempotencyKey,
  ApiIdParam,
  ApiIdQuery,
  IdempotencyInterceptor,
  IdParamPipe,
  ZodPipe,
} from '@dw/platform';

const PAYLOAD_DOC =
  'Each delivery POSTs JSON {type, timestamp, data} (data: event id, trackId and the event fields; ' +
  `schemas: ${WEBHOOK_PAYLOAD_MODELS.map((m) => m.name).join(', ')}) signed per Standard Webhooks: ` +
  'webhook-id (the event id, the same on every retry), webhook-timestamp, webhook-signature ' +
  '("v1,<base64 HMAC-SHA256 of id.timestamp.body>"; two signatures during a secret rotation). ' +
  'A 2xx within 15 s is success; otherwise retries at about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h ' +
  '(jittered; Retry-After honoured on 429/503); 410 disables the endpoint, and so does failing continuously for 5 days.';

/** The documented example id; the OpenAPI test seeds a webhook under it. */
export const EXAMPLE_WEBHOOK_ID = 'wh_3f9c2a7d1e8b4c06';
const WebhookIdParam = () =>
  ApiParam({ name: 'id', description: 'The webhook id', example: EXAMPLE_WEBHOOK_ID });

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiExtraModels(...WEBHOOK_PAYLOAD_MODELS)
@ApiErrors(401)
@UseGuards(ApiTokenGuard)
@Controller('api/webhooks')
export class WebhooksController {
  constructor(private readonly admin: WebhooksAdminService) {}

  @Post()
  @ApiOperation({
    summary:
      'Register a webhook; the secret is shown once (and again to a retry with the same Idempotency-Key within 24 h)',
    description: PAYLOAD_DOC,
  })
  @ApiBody({
    type: CreateWebhookDto,
    examples: {
      desk: {
        summary: 'Status and deadline changes of the Korea–US track',
        value: {
          url: 'https://bots.example.com/deadline-watch',
          events: ['status.changed', 'deadline.changed'],
          tracks: ['kr-us'],
          description: 'trading desk bot',
        },
      },
      everything: {
        summary: 'The default events of every track',
        value: { url: 'https://bots.example.com/all' },
      },
    },
  })
  @ApiResponse({ status: 201, type: WebhookCreatedDto })
  @ApiErrors(
    { 400: 'invalid body, or a URL the network guard refuses' },
    { 409: 'an Idempotency-Key reused with another body, or its first request still running' },
    413,
    415,
  )
  @ApiIdempotencyKey()
  @UseInterceptors(IdempotencyInterceptor)
  create(@Body(new ZodPipe(createWebhookSchema)) body: CreateWebhookInput) {
    return this.admin.create(body);
  }

  @Get()
  @ApiOperation({ summary: 'Every webhook (no secrets)' })
  @ApiResponse({ status: 200, type: [WebhookDto] })
  list() {
    return this.admin.list();
  }

  @Get(':id')
  @WebhookIdParam()
  @ApiOperation({ summary: 'One webhook: state, failure streak, why it was disabled' })
  @ApiResponse({ status: 200, type: WebhookDto })
  @ApiErrors(400, 404)
  get(@Param('id') id: string) {
    return this.admin.get(id);
  }

  @Patch(':id')
  @WebhookIdParam()
  @ApiOperation({
    summary: 'Change URL, events, tracks or description; enable or disable (send only the fields to change)',
  })
  @ApiBody({
    type: UpdateWebhookDto,
    examples: {
      rename: { summary: 'Only the description changes', value: { description: 'desk bot (Seoul)' } },
      enable: { summary: 'Enable again after a disable', value: { enabled: true } },
    },
  })
  @ApiResponse({ status: 200, type: WebhookDto })
  @ApiErrors(400, 404, 413, 415)
  update(@Param('id') id: string, @Body(new ZodPipe(updateWebhookSchema)) body: UpdateWebhookInput) {
    return this.admin.update(id, body);
  }

  @Delete(':id')
  @WebhookIdParam()
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a webhook and its attempt log' })
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 404)
  async remove(@Param('id') id: string): Promise<void> {
    await this.admin.remove(id);
  }

  @Post(':id/test')
  @WebhookIdParam()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a webhook.test event (retried like any delivery)' })
  @ApiResponse({ status: 202, type: DeliveryQueuedDto })
  @ApiErrors(400, 404, { 409: 'the webhook is disabled' })
  test(@Param('id') id: string) {
    return this.admin.sendTest(id);
  }

  @Post(':id/rotate-secret')
  @WebhookIdParam()
  @HttpCode(200)
  @ApiOperation({ summary: 'New secret; the old one keeps signing for the grace period (default 24 h)' })
  @ApiBody({
    type: RotateSecretDto,
    required: false,
    examples: {
      hour: { summary: 'The old secret signs for one more hour', value: { gracePeriodSeconds: 3600 } },
    },
  })
  @ApiResponse({ status: 200, type: SecretRotatedDto })
  @ApiErrors(400, 404, 413, 415)
  rotate(@Param('id') id: string, @Body(new ZodPipe(rotateSecretSchema)) body: RotateSecretDto | undefined) {
    return this.admin.rotateSecret(id, body?.gracePeriodSeconds);
  }

  @Get(':id/deliveries')
  @WebhookIdParam()
  @ApiOperation({
    summary: 'Delivery attempts, newest first: time, status code, latency, response start, error',
  })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    example: 50,
  })
  @ApiIdQuery('cursor', 'nextCursor of the previous page')
  @ApiResponse({ status: 200, type: AttemptPageDto })
  @ApiErrors(400, 404)
  deliveries(
    @Param('id') id: string,
    @Query(new ZodPipe(deliveryPageSchema)) query: { limit: number; cursor?: number },
  ) {
    return this.admin.attempts(id, query.limit, query.cursor);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @WebhookIdParam()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send a delivery now, once, with the same event id',
    description:
      'A failed or skipped delivery is sent again; a pending one is sent ahead of its next scheduled attempt (the schedule goes on if this send fails).',
  })
  @ApiIdParam('deliveryId')
  @ApiResponse({ status: 202, type: DeliveryQueuedDto })
  @ApiErrors(400, 404, { 409: 'already sent, or the webhook is disabled' })
  retry(@Param('id') id: string, @Param('deliveryId', IdParamPipe) deliveryId: number) {
    return this.admin.retry(id, deliveryId);
  }

  @Post(':id/recover')
  @WebhookIdParam()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Send again what the endpoint missed since a time',
    description:
      'Deliveries that failed and events that occurred while the endpoint was disabled, created at or after `since`, are queued again with their original event ids (as Svix recover). Enable the endpoint first.',
  })
  @ApiBody({
    type: RecoverDto,
    examples: {
      since: { summary: 'Everything missed since 30 July', value: { since: '2025-07-30T00:00:00Z' } },
    },
  })
  @ApiResponse({ status: 202, type: RecoveredDto })
  @ApiErrors(
    { 400: 'since missing, malformed or in the future' },
    404,
    { 409: 'the webhook is disabled' },
    413,
    415,
  )
  recover(@Param('id') id: string, @Body(new ZodPipe(recoverSchema)) body: { since: string }) {
    return this.admin.recover(id, new Date(body.since));
  }
}
