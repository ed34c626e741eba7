import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { STATUS_PAGE_CSP } from './assets';
import type { PageNotice } from './page-model';
import { StatusPageService } from './status-page.service';

export const SUBSCRIBED_NOTICE =
  'Almost done: check your inbox and follow the link in the confirmation email. Nothing else is sent to your address until you do.';

export function sendStatusPage(res: Response, status: number, html: string): void {
  res
    .status(status)
    .set({
      'Content-Security-Policy': STATUS_PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': 'no-cache',
    })
    .type('html')
    .send(html);
}

@ApiTags('status page')
@Controller()
export class StatusPageController {
  constructor(private readonly statusPage: StatusPageService) {}

  @Get()
  @ApiOperation({
    summary: 'The status page: countdowns, status, deadline moves, evidence, latest articles, subscribe form',
  })
  @ApiProduces('text/html')
  @ApiQuery({ name: 'subscribed', required: false, description: '1: show the "check your inbox" notice' })
  @ApiOkResponse({ description: 'Server-rendered HTML; works without JavaScript' })
  async page(@Query('subscribed') subscribed: string | undefined, @Res() res: Response): Promise<void> {
    const notice: PageNotice | null = subscribed === '1' ? { kind: 'ok', text: SUBSCRIBED_NOTICE } : null;
    sendStatusPage(res, 200, await this.statusPage.render({ notice }));
  }
}
