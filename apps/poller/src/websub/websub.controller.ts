import { Controller, Get, Headers, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiErrors, ApiIdParam, BodyError, errorBody, IdParamPipe, readRawBody } from '@dw/platform';
import { ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { POLLER_SETTINGS, type PollerSettings } from '../poller-settings';
import { type CallbackAnswer, type Query as HubQuery, WebSubReceiver } from './websub-receiver';

const WRONG_FEED_TYPE = 'send the feed as application/atom+xml, application/rss+xml or application/feed+json';

function send(res: Response, answer: CallbackAnswer, type = 'text/plain; charset=utf-8'): void {
  // the challenge is echoed as given: never let a browser sniff it into HTML
  res.setHeader('x-content-type-options', 'nosniff');
  if (answer.status >= 400) {
    res.status(answer.status).json(errorBody(answer.status, answer.body));
    return;
  }
  res.status(answer.status).type(type).send(answer.body);
}

/** WebSub callbacks (https://www.w3.org/TR/websub/): for hubs, not people; no bearer token, the signature is the check. */
@ApiTags('websub')
@Controller('websub')
export class WebSubController {
  constructor(
    private readonly receiver: WebSubReceiver,
    @Inject(POLLER_SETTINGS) private readonly settings: PollerSettings,
  ) {}

  @Get(':feedId')
  @ApiOperation({
    summary: "A hub's verification of intent: answers hub.challenge for a (un)subscription we asked for",
  })
  @ApiIdParam('feedId')
  @ApiQuery({
    name: 'hub.mode',
    required: true,
    schema: { type: 'string', enum: ['subscribe', 'unsubscribe', 'denied'], example: 'subscribe' },
  })
  @ApiQuery({ name: 'hub.topic', required: true, example: 'https://www.yna.co.kr/rss/economy.xml' })
  @ApiQuery({ name: 'hub.challenge', required: false, example: 'challenge-7f3a' })
  @ApiQuery({
    name: 'hub.lease_seconds',
    required: false,
    schema: { type: 'integer', minimum: 0 },
    example: 864000,
  })
  @ApiResponse({ status: 200, description: 'the hub.challenge, as text' })
  @ApiErrors(400, { 404: 'not a topic or mode we asked for' })
  async verify(
    @Param('feedId', IdParamPipe) feedId: number,
    @Query() query: HubQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.receiver.verify(feedId, query));
  }

  @Post(':feedId')
  @ApiOperation({
    summary:
      'A content distribution: the feed body, signed with X-Hub-Signature (HMAC of the subscription secret)',
  })
  @ApiIdParam('feedId')
  @ApiResponse({ status: 202, description: 'taken: {items, newArticles}' })
  @ApiErrors(
    { 400: 'a bad feed id, or a body that is not a feed' },
    { 403: 'missing or wrong signature: ignored', 410: 'no subscription for this feed' },
    413,
    { 415: WRONG_FEED_TYPE },
  )
  async push(
    @Param('feedId', IdParamPipe) feedId: number,
    @Headers('x-hub-signature') signature: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    let body: Buffer;
    try {
      body = await readRawBody(req, { maxBytes: this.settings.maxBytes, wrongTypeMessage: WRONG_FEED_TYPE });
    } catch (error) {
      if (error instanceof BodyError) return send(res, { status: error.status, body: error.message });
      throw error;
    }
    const answer = await this.receiver.push(
      feedId,
      body,
      req.headers['content-type'] ?? null,
      signature ?? null,
    );
    send(res, answer, answer.status === 202 ? 'application/json' : 'text/plain; charset=utf-8');
  }
}
