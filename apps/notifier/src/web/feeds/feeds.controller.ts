import { Controller, Get, NotFoundException, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { DomainEvent } from '@dw/domain';
import { type AppConfig, EventsRepository, InjectConfig, TracksRepository } from '@dw/platform';
import { TrackViewService } from '../track-view/track-view.service';
import { buildAtomFeed, type FeedEvent } from './atom';
import { buildCalendar } from './calendar';

const FEED_ENTRIES = 100;

function isFeedEvent(event: DomainEvent): event is FeedEvent {
  return event.type === 'status.changed' || event.type === 'deadline.changed';
}

const TRACK_QUERY = {
  name: 'track',
  required: false,
  example: 'kr-us',
  description: 'One track only (absent: every track)',
} as const;

function unknownTrack(track: string): NotFoundException {
  return new NotFoundException({ message: `No track "${track.slice(0, 64)}"` });
}

@ApiTags('feeds')
@Controller()
export class FeedsController {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly events: EventsRepository,
    private readonly tracks: TracksRepository,
    private readonly views: TrackViewService,
  ) {}

  @Get('feed.atom')
  @ApiOperation({ summary: 'Status changes and deadline moves of every track, as an Atom 1.0 feed' })
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 document, newest entries first' })
  @ApiQuery(TRACK_QUERY)
  async atom(@Res() res: Response, @Query('track') track?: string): Promise<void> {
    const known = await this.tracks.list();
    const tracks = track === undefined ? known : known.filter((t) => t.id === track);
    if (tracks.length === 0 && track !== undefined) throw unknownTrack(track);
    const events = await this.events.listByTypes(
      ['status.changed', 'deadline.changed'],
      track === undefined ? FEED_ENTRIES : FEED_ENTRIES * 10,
    );
    const body = buildAtomFeed({
      events: events
        .filter(isFeedEvent)
        .filter((e) => track === undefined || e.trackId === track)
        .slice(0, FEED_ENTRIES),
      tracks: tracks.map((t) => ({
        id: t.id,
        name: t.name,
        deadlineTimezone: t.deadline_timezone,
        updatedAt: t.updated_at,
      })),
      publicUrl: this.config.publicUrl,
    });
    res.type('application/atom+xml; charset=utf-8').set('Cache-Control', 'no-cache').send(body);
  }

  @Get('calendar.ics')
  @ApiOperation({
    summary: "Each track's deadline, its countdown milestones and scheduled talks, as an iCalendar feed",
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545); event UIDs stay the same when a deadline moves' })
  @ApiQuery(TRACK_QUERY)
  async calendar(@Res() res: Response, @Query('track') track?: string): Promise<void> {
    const all = await this.views.details();
    const tracks = track === undefined ? all : all.filter((t) => t.id === track);
    if (tracks.length === 0 && track !== undefined) throw unknownTrack(track);
    const body = buildCalendar({
      tracks,
      publicUrl: this.config.publicUrl,
    });
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', 'inline; filename="deadline-watch.ics"')
      .set('Cache-Control', 'no-cache')
      .send(body);
  }
}
