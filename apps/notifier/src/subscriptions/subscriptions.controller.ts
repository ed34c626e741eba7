import {
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
import { ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { FieldError } from '@dw/domain/subscriptions';
import {
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
import { ApiLinkPageResponses, ApiSubscribeDocs, TOKEN_QUERY } from './subscriptions.api-docs';
import { RateLimitedError } from './subscription-rate-limiter';
import {
  InvalidSubscriptionError,
  type LinkOutcome,
  requestOf,
  SubscriptionsService,
} from './subscriptions.service';

const route = (path: string) => path.replace(/^\//, '');

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
  @ApiSubscribeDocs()
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
