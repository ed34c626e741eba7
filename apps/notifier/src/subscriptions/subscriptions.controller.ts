import {
  applyDecorators,
  Body,
  Controller,
  Get,
  HttpCode,
  HttpException,
  Post,
  Query,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { FieldError } from '@dw/domain/subscriptions';
import {
  ApiErrors,
  ApiIdempotencyKey,
  type AppConfig,
  IdempotencyInterceptor,
  InjectConfig,
  invalidInput,
  type SubscriberRow,
  TracksRepository,
} from '@dw/platform';
import { LinkTokens } from '../email/link-tokens';
import {
  EMAIL_LINK_PATHS,
  type PageContext,
  type PageKind,
  type PageModels,
  renderPage,
  tokenLink,
} from '../email/render';
import { unsubscribePage } from './pages';
import { RateLimitedError } from './subscription-rate-limiter';
import {
  InvalidSubscriptionError,
  type LinkOutcome,
  requestOf,
  SubscriptionsService,
} from './subscriptions.service';

const route = (path: string) => path.replace(/^\//, '');

const TOKEN_QUERY = {
  name: 'token',
  required: true,
  description: 'The signed token of the link in the email',
  example: 'eyJzIjoxLCJwIjoidW5zdWJzY3JpYmUifQ.bm90LWEtcmVhbC1zaWduYXR1cmU',
};

/** The pages behind email links: the page, or a page saying why the link does not work. */
const ApiLinkPageResponses = () =>
  applyDecorators(
    ApiResponse({ status: 200, description: 'the page (text/html)' }),
    ApiResponse({ status: 400, description: 'a broken or forged link (text/html page)' }),
    ApiResponse({ status: 404, description: 'the subscriber is gone (text/html page)' }),
    ApiResponse({ status: 410, description: 'an expired link (text/html page)' }),
  );

@ApiTags('subscriptions')
@Controller()
export class SubscriptionsController {
  constructor(
    private readonly service: SubscriptionsService,
    private readonly tracks: TracksRepository,
    private readonly tokens: LinkTokens,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Post('api/subscriptions')
  @ApiOperation({
    summary: 'Subscribe an address (double opt-in)',
    description:
      'Sends a confirmation email (at most one per 10 minutes per address); nothing else is sent before its link is followed. Re-subscribing an active address changes its preferences only once the new confirmation link is followed. Rate-limited per client and per address.',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['email'],
      properties: {
        email: { type: 'string', example: 'desk@example.org' },
        tracks: { type: 'array', items: { type: 'string' }, example: ['kr-us'] },
        events: {
          type: 'array',
          items: {
            type: 'string',
            enum: ['status.changed', 'deadline.changed', 'deadline.countdown', 'digest'],
          },
        },
        digest: { type: 'string', enum: ['off', 'daily', 'weekly'] },
        digestTime: { type: 'string', example: '08:00' },
        digestWeekday: { type: 'integer', minimum: 1, maximum: 7 },
        timezone: { type: 'string', example: 'Asia/Seoul' },
      },
    },
    examples: {
      weekly: {
        summary: 'Alerts of the Korea–US track and a weekly digest on Monday 08:00 Seoul time',
        value: {
          email: 'desk@example.org',
          tracks: ['kr-us'],
          digest: 'weekly',
          digestWeekday: 1,
          digestTime: '08:00',
          timezone: 'Asia/Seoul',
        },
      },
      minimal: { summary: 'Every alert of every track', value: { email: 'analyst@example.org' } },
    },
  })
  @ApiResponse({
    status: 202,
    description: 'accepted; a confirmation email is on its way',
    schema: {
      type: 'object',
      required: ['status', 'message'],
      properties: {
        status: { type: 'string', enum: ['pending_confirmation'] },
        message: { type: 'string' },
      },
    },
  })
  @ApiErrors(
    400,
    { 409: 'an Idempotency-Key reused with another body, or its first request still running' },
    413,
    415,
    { 429: 'too many requests for this client or address; see Retry-After' },
  )
  @ApiIdempotencyKey()
  @HttpCode(202)
  @UseInterceptors(IdempotencyInterceptor)
  async subscribe(
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'pending_confirmation'; message: string }> {
    try {
      await this.service.subscribe(body, req.ip ?? req.socket.remoteAddress ?? 'unknown');
    } catch (error) {
      if (error instanceof InvalidSubscriptionError) throw invalidInput(error.details);
      if (error instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        throw new HttpException({ message: error.message }, 429);
      }
      throw error;
    }
    // The same answer whether or not the address was known: the route does not reveal subscribers.
    return {
      status: 'pending_confirmation',
      message: 'Check your inbox: follow the link in the confirmation email to start receiving alerts.',
    };
  }

  @Get(route(EMAIL_LINK_PATHS.confirm))
  @ApiOperation({ summary: 'Confirm a subscription (link in the confirmation email)' })
  @ApiQuery(TOKEN_QUERY)
  @ApiLinkPageResponses()
  @ApiProduces('text/html')
  async confirm(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const outcome = await this.service.confirm(token ?? '');
    if (!outcome.ok) return this.linkProblem(outcome.reason, res);
    this.page(res, 'subscription-confirmed', { email: outcome.subscriber.email }, outcome.subscriber);
  }

  @Get(route(EMAIL_LINK_PATHS.unsubscribe))
  @ApiOperation({ summary: 'Unsubscribe page (link in every email): a button that POSTs' })
  @ApiQuery(TOKEN_QUERY)
  @ApiLinkPageResponses()
  @ApiProduces('text/html')
  async unsubscribeForm(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const outcome = await this.service.subscriberFor(token ?? '', 'unsubscribe');
    if (!outcome.ok) return this.linkProblem(outcome.reason, res);
    const ctx = this.context(outcome.subscriber);
    const html = unsubscribePage({
      email: outcome.subscriber.email,
      action: tokenLink('', EMAIL_LINK_PATHS.unsubscribe, token ?? ''),
      preferencesUrl: tokenLink(
        this.config.publicUrl,
        EMAIL_LINK_PATHS.preferences,
        ctx.preferencesToken ?? '',
      ),
      statusPageUrl: `${this.config.publicUrl}/`,
    });
    this.send(res, 200, html);
  }

  @Post(route(EMAIL_LINK_PATHS.unsubscribe))
  @HttpCode(200)
  @ApiOperation({
    summary: 'Unsubscribe at once (RFC 8058 one-click, and the page button)',
    description:
      'Body `List-Unsubscribe=One-Click` (form-encoded) as mail providers send it; takes effect at once.',
  })
  @ApiQuery(TOKEN_QUERY)
  @ApiLinkPageResponses()
  @ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data')
  @ApiProduces('text/html')
  async unsubscribe(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const outcome = await this.service.unsubscribe(token ?? '');
    if (!outcome.ok) return this.linkProblem(outcome.reason, res);
    this.page(res, 'unsubscribed', { email: outcome.subscriber.email }, null);
  }

  @Get(route(EMAIL_LINK_PATHS.preferences))
  @ApiOperation({ summary: 'Email preferences page (signed link in every email)' })
  @ApiQuery(TOKEN_QUERY)
  @ApiLinkPageResponses()
  @ApiProduces('text/html')
  async preferences(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const outcome = await this.service.subscriberFor(token ?? '', 'preferences');
    if (!outcome.ok) return this.linkProblem(outcome.reason, res);
    await this.preferencesPage(res, outcome.subscriber, {});
  }

  @Post(route(EMAIL_LINK_PATHS.preferences))
  @HttpCode(200)
  @ApiOperation({ summary: 'Save email preferences (the form on the preferences page)' })
  @ApiQuery(TOKEN_QUERY)
  @ApiLinkPageResponses()
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiProduces('text/html')
  async savePreferences(
    @Query('token') token: string | undefined,
    @Body() body: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const form = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    let outcome: LinkOutcome;
    try {
      outcome = await this.service.savePreferences(token ?? '', form);
    } catch (error) {
      if (!(error instanceof InvalidSubscriptionError)) throw error;
      const current = await this.service.subscriberFor(token ?? '', 'preferences');
      if (!current.ok) return this.linkProblem(current.reason, res);
      return this.preferencesPage(res, current.subscriber, { errors: error.details });
    }
    if (!outcome.ok) return this.linkProblem(outcome.reason, res);
    await this.preferencesPage(res, outcome.subscriber, { saved: true });
  }

  private async preferencesPage(
    res: Response,
    subscriber: SubscriberRow,
    extra: { saved?: boolean; errors?: FieldError[] },
  ): Promise<void> {
    const tracks = (await this.tracks.list()).map((t) => ({ id: t.id, name: t.name }));
    this.page(
      res,
      'preferences',
      { email: subscriber.email, current: requestOf(subscriber), tracks, ...extra },
      subscriber,
    );
  }

  private linkProblem(reason: Exclude<LinkOutcome, { ok: true }>['reason'], res: Response): void {
    this.page(res, 'link-invalid', { reason: reason === 'stale' ? 'expired' : reason }, null);
  }

  private page<K extends PageKind>(
    res: Response,
    kind: K,
    model: PageModels[K],
    subscriber: SubscriberRow | null,
  ): void {
    const rendered = renderPage(kind, model, subscriber ? this.context(subscriber) : this.context(null));
    this.send(res, rendered.status, rendered.html);
  }

  private context(subscriber: SubscriberRow | null): PageContext {
    if (!subscriber) return { publicUrl: this.config.publicUrl };
    return {
      publicUrl: this.config.publicUrl,
      unsubscribeToken: this.tokens.sign('unsubscribe', subscriber.id),
      preferencesToken: this.tokens.sign('preferences', subscriber.id),
    };
  }

  private send(res: Response, status: number, html: string): void {
    res
      .status(status)
      .set({
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
        'X-Robots-Tag': 'noindex',
      })
      .type('html')
      .send(html);
  }
}
