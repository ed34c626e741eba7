import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiTokenGuard } from '@dw/platform/http/api-token.guard';
import { FeedsAdminService } from './feeds-admin.service';
import { AddFeedDto, type AddFeedInput, addFeedSchema, FeedHealthDto, removeByUrlSchema } from './feeds.dto';
import { ApiErrors, ApiIdParam, IdParamPipe, ZodPipe } from '@dw/platform';

@ApiTags('feeds')
@ApiBearerAuth()
@ApiErrors(401)
@UseGuards(ApiTokenGuard)
@Controller('api/feeds')
export class FeedsController {
  constructor(private readonly admin: FeedsAdminService) {}

  @Get()
  @ApiOperation({
    summary:
      'Every feed watched, with its health: last success, last error and why, failures in a row, items seen, next poll',
  })
  @ApiResponse({ status: 200, type: [FeedHealthDto] })
  list(): Promise<FeedHealthDto[]> {
    return this.admin.list();
  }

  @Get(':id')
  @ApiOperation({ summary: "One feed's health" })
  @ApiIdParam('id')
  @ApiResponse({ status: 200, type: FeedHealthDto })
  @ApiErrors(400, 404)
  get(@Param('id', IdParamPipe) id: number): Promise<FeedHealthDto> {
    return this.admin.get(id);
  }

  @Post()
  @ApiOperation({ summary: 'Watch a feed (polled at once, then on the cadence of its track)' })
  @ApiBody({
    type: AddFeedDto,
    examples: {
      yonhap: {
        summary: 'A feed for the Korea–US track',
        value: { url: 'https://www.yna.co.kr/rss/economy.xml', trackId: 'kr-us', source: 'Yonhap' },
      },
    },
  })
  @ApiResponse({ status: 201, type: FeedHealthDto, description: 'added' })
  @ApiResponse({ status: 200, type: FeedHealthDto, description: 'already watched for this track' })
  @ApiErrors({ 400: 'invalid body, unknown track, or a URL the network guard refuses' }, 413, 415)
  async add(
    @Body(new ZodPipe(addFeedSchema)) body: AddFeedInput,
    @Res({ passthrough: true }) res: Response,
  ): Promise<FeedHealthDto> {
    const { feed, created } = await this.admin.add(body);
    res.status(created ? 201 : 200);
    return feed;
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop watching the feed at ?url= (for every track)' })
  @ApiQuery({ name: 'url', required: true, example: 'https://www.yna.co.kr/rss/economy.xml' })
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 404)
  async removeByUrl(@Query(new ZodPipe(removeByUrlSchema)) query: { url: string }): Promise<void> {
    await this.admin.removeByUrl(query.url);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Stop watching a feed; config feeds come back at restart unless removed from TRACKS_FILE',
  })
  @ApiIdParam('id')
  @ApiResponse({ status: 204 })
  @ApiErrors(400, 404)
  async remove(@Param('id', IdParamPipe) id: number): Promise<void> {
    await this.admin.remove(id);
  }
}
