import { Body, Controller, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SUBSCRIPTION_FIELDS } from '../../subscriptions/subscriptions.api-docs';
import { RateLimitedError } from '../../subscriptions/subscription-rate-limiter';
import { InvalidSubscriptionError, SubscriptionsService } from '../../subscriptions/subscriptions.service';
import { sendStatusPage } from './status-page.controller';
import { StatusPageService } from './status-page.service';

function formEmail(body: unknown): string {
  const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
  return typeof email === 'string' ? email.slice(0, 320) : '';
}

/**
 * The status page's subscribe form without JavaScript: a form-encoded POST that goes through the
 * same service as POST /api/subscriptions, then back to the page (303) with the notice.
 */
@ApiTags('subscriptions')
@Controller()
export class SubscribeFormController {
  constructor(
    private readonly subscriptions: SubscriptionsService,
    private readonly page: StatusPageService,
  ) {}

  @Post('subscribe')
  @ApiOperation({
    summary: 'Subscribe from the status page form (form-encoded; same rules as POST /api/subscriptions)',
  })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['email'],
      properties: {
        email: SUBSCRIPTION_FIELDS.email,
        tracks: SUBSCRIPTION_FIELDS.tracks,
        digest: SUBSCRIPTION_FIELDS.digest,
        timezone: SUBSCRIPTION_FIELDS.timezone,
      },
    },
    examples: {
      form: {
        summary: 'What the status page form sends',
        value: { email: 'desk@example.org', tracks: ['kr-us'], digest: 'weekly', timezone: 'Asia/Seoul' },
      },
    },
  })
  @ApiProduces('text/html')
  @ApiResponse({
    status: 303,
    description: 'accepted: back to the status page, which says to confirm by email',
  })
  @ApiResponse({ status: 400, description: 'the status page with what to correct' })
  @ApiResponse({ status: 429, description: 'the status page saying to try again later' })
  async subscribe(@Body() body: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    try {
      await this.subscriptions.subscribe(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
    } catch (error) {
      if (error instanceof InvalidSubscriptionError) {
        const text = `Not subscribed: ${error.details.map((d) => `${d.field}: ${d.message}`).join('; ')}.`;
        const html = await this.page.render({ notice: { kind: 'error', text }, email: formEmail(body) });
        return sendStatusPage(res, 400, html);
      }
      if (error instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        const text = `Not subscribed: too many requests. Please try again in ${Math.ceil(error.retryAfterSeconds / 60)} minutes.`;
        const html = await this.page.render({ notice: { kind: 'error', text }, email: formEmail(body) });
        return sendStatusPage(res, 429, html);
      }
      throw error;
    }
    res.redirect(303, '/?subscribed=1#subscribe');
  }
}
