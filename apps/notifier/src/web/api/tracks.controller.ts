import { Controller, Get, Header, NotFoundException, Param } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '@dw/platform';
import { TrackViewService } from '../track-view/track-view.service';
import type { TimelineView, TrackDetailView, TrackSummaryView } from '../track-view/views';
import {
  DeadlineTimelineEntryDto,
  StatusTimelineEntryDto,
  TimelineDto,
  TrackDetailDto,
  TrackSummaryDto,
} from './dto';

const TRACK_ID = { name: 'id', description: 'Track id from TRACKS_FILE', example: 'kr-us' };

@ApiTags('tracks')
@ApiExtraModels(StatusTimelineEntryDto, DeadlineTimelineEntryDto)
@Controller('api/tracks')
export class TracksController {
  constructor(private readonly views: TrackViewService) {}

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
