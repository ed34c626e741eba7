import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  NotFoundException,
  Param,
  Patch,
  Post,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import {
  type CreateTrackInput,
  createTrackSchema,
  type UpdateTrackInput,
  updateTrackSchema,
} from '@dw/domain/tracks/track-input';
import { ApiErrors, ApiTokenGuard, ZodPipe } from '@dw/platform';
import { TrackViewService } from '../track-view/track-view.service';
import type { TimelineView, TrackDetailView, TrackSummaryView } from '../track-view/views';
import { TracksAdminService } from './tracks-admin.service';
import {
  CreateTrackDto,
  OfficialDto,
  UpdateTrackDto,
  DeadlineTimelineEntryDto,
  StatusTimelineEntryDto,
  TimelineDto,
  TrackDetailDto,
  TrackSummaryDto,
} from './dto';

const TRACK_ID = { name: 'id', description: 'Track id (TRACKS_FILE or POST /api/tracks)', example: 'kr-us' };

@ApiTags('tracks')
@ApiExtraModels(StatusTimelineEntryDto, DeadlineTimelineEntryDto, OfficialDto)
@Controller('api/tracks')
export class TracksController {
  constructor(
    private readonly views: TrackViewService,
    private readonly admin: TracksAdminService,
  ) {}

  @Post()
  @UseGuards(ApiTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Watch a new negotiation: every service picks it up within seconds (its feeds polled, articles classified, countdown planned)',
  })
  @ApiBody({
    type: CreateTrackDto,
    examples: {
      ukUs: {
        summary: 'A new negotiation with its deadline',
        value: {
          id: 'uk-us',
          name: 'United Kingdom – United States trade talks',
          parties: [
            { name: 'United Kingdom', aliases: ['UK', 'Britain'] },
            { name: 'United States', aliases: ['U.S.', 'Washington'] },
          ],
          deadline: { at: '2026-07-09T04:01:00Z', timezone: 'America/New_York' },
        },
      },
    },
  })
  @ApiCreatedResponse({ type: TrackDetailDto })
  @ApiErrors(400, 401, { 409: 'a track with that id exists' })
  async create(@Body(new ZodPipe(createTrackSchema)) body: CreateTrackInput): Promise<TrackDetailView> {
    await this.admin.create(body);
    return (await this.views.detail(body.id)) ?? this.notFound(body.id);
  }

  @Patch(':id')
  @UseGuards(ApiTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Change a track: name, parties, keywords, feeds, or its deadline (a deadline.changed event with the operator as evidence; countdowns re-plan; null clears it and stops them)',
  })
  @ApiParam(TRACK_ID)
  @ApiBody({
    type: UpdateTrackDto,
    examples: {
      rename: { summary: 'Only the name changes', value: { name: 'Korea – U.S. tariff negotiations' } },
    },
  })
  @ApiOkResponse({ type: TrackDetailDto })
  @ApiErrors(400, 401, { 404: 'No track with that id' })
  async update(
    @Param('id') id: string,
    @Body(new ZodPipe(updateTrackSchema)) body: UpdateTrackInput,
  ): Promise<TrackDetailView> {
    await this.admin.update(id, body);
    return (await this.views.detail(id)) ?? this.notFound(id);
  }

  @Delete(':id')
  @HttpCode(204)
  @UseGuards(ApiTokenGuard)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Stop watching a track: its feeds stop, it leaves the page and the API; its history is kept',
  })
  @ApiParam(TRACK_ID)
  @ApiNoContentResponse()
  @ApiErrors(401, { 404: 'No track with that id' })
  async remove(@Param('id') id: string): Promise<void> {
    await this.admin.remove(id);
  }

  @Get()
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: 'Every track: status, deadline, countdown and milestone plan' })
  @ApiOkResponse({ type: TrackSummaryDto, isArray: true })
  list(): Promise<TrackSummaryView[]> {
    return this.views.summaries();
  }

  @Get(':id')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({
    summary:
      'One track: status, deadline and countdown, how the deadline moved, status history with evidence',
  })
  @ApiParam(TRACK_ID)
  @ApiOkResponse({ type: TrackDetailDto })
  @ApiErrors(400, { 404: 'No track with that id' })
  async detail(@Param('id') id: string): Promise<TrackDetailView> {
    return (await this.views.detail(id)) ?? this.notFound(id);
  }

  @Get(':id/timeline')
  @Header('Cache-Control', 'no-cache')
  @ApiOperation({ summary: "A track's status changes and deadline moves with their evidence, newest first" })
  @ApiParam(TRACK_ID)
  @ApiOkResponse({ type: TimelineDto })
  @ApiErrors(400, { 404: 'No track with that id' })
  async timeline(@Param('id') id: string): Promise<TimelineView> {
    return (await this.views.timeline(id)) ?? this.notFound(id);
  }

  private async notFound(id: string): Promise<never> {
    const knownTracks = await this.views.trackIds();
    throw new NotFoundException({
      message: `No track "${id.slice(0, 64)}". Known tracks: ${knownTracks.join(', ')}`,
      details: [{ field: 'id', message: `known tracks: ${knownTracks.join(', ')}` }],
    });
  }
}
