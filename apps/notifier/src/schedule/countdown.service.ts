import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock, CountdownEvent, TrackStatus } from '@dw/domain';
import {
  countdownEventId,
  DEFAULT_MILESTONES,
  dueMilestones,
  type Milestone,
  milestoneKey,
  type PlannedMilestone,
} from '@dw/domain/countdown';
import { countdownHold, phaseOf } from '@dw/domain/status';
import {
  type Database,
  EventsRepository,
  InjectClock,
  InjectDatabase,
  readTrackState,
  TrackStateService,
  TracksRepository,
} from '@dw/platform';

/** Override to change the milestones (e.g. parseMilestones('14d,7d,24h,passed')). */
export const COUNTDOWN_MILESTONES = Symbol('COUNTDOWN_MILESTONES');

/** A milestone reported this late reads "now" rather than the exact mark (downtime, a late tick). */
const ON_TIME_WINDOW_MS = 5 * 60_000;

export interface FiredMilestone {
  trackId: string;
  milestone: string;
  deadline: string;
  eventId: string;
}

/**
 * Decides which countdown milestones are due on the injected clock and hands each to composition,
 * once per track, milestone and deadline instant, whatever replicas or restarts do:
 * - the event id carries the deadline, so recording it is idempotent and a moved deadline gets a
 *   fresh plan (the old deadline's keys no longer match);
 * - compose is enqueued with a stable job id and composition itself is idempotent per recipient;
 * - countdown_fired is written last (insert-on-conflict-do-nothing), so a crash before it only
 *   means the next check repeats the idempotent steps instead of losing the milestone.
 */
@Injectable()
export class CountdownService {
  private readonly logger = new Logger('Countdown');
  private readonly milestones: readonly Milestone[];

  constructor(
    @InjectQueue(QUEUE_NAMES.notify) private readonly notifyQueue: Queue,
    @InjectClock() private readonly clock: Clock,
    @InjectDatabase() private readonly db: Database,
    private readonly tracks: TracksRepository,
    private readonly events: EventsRepository,
    private readonly trackState: TrackStateService,
    @Optional() @Inject(COUNTDOWN_MILESTONES) milestones?: readonly Milestone[],
  ) {
    this.milestones = milestones ?? DEFAULT_MILESTONES;
  }

  async check(): Promise<FiredMilestone[]> {
    // Unconfirmed reports that timed out are withdrawn first: a withdrawn deadline move releases its hold.
    await this.trackState.sweep();
    const now = this.clock.now();
    const fired: FiredMilestone[] = [];
    for (const track of await this.tracks.list()) {
      if (!track.deadline_at) continue;
      const state = readTrackState(track);
      // Held while a reported move of this deadline awaits confirmation; stopped once a deal makes it moot.
      if (countdownHold(state)) continue;
      const deadline = track.deadline_at;
      const already = await this.firedKeys(track.id, deadline);
      for (const planned of dueMilestones(deadline, now, already, this.milestones)) {
        const event = this.eventFor(track.id, track.status as TrackStatus, planned, deadline, now);
        event.data.phase = phaseOf(state);
        await this.events.record(event);
        await enqueue(this.notifyQueue, 'composeNotification', { eventId: event.id });
        if (await this.markFired(track.id, planned, deadline, now)) {
          this.logger.log({ track: track.id, milestone: planned.milestone.id }, 'countdown milestone');
          fired.push({
            trackId: track.id,
            milestone: planned.milestone.id,
            deadline: deadline.toISOString(),
            eventId: event.id,
          });
        }
      }
    }
    return fired;
  }

  private eventFor(
    trackId: string,
    status: TrackStatus,
    planned: PlannedMilestone,
    deadline: Date,
    now: Date,
  ): CountdownEvent {
    const late = now.getTime() - planned.at.getTime() > ON_TIME_WINDOW_MS;
    return {
      id: countdownEventId(trackId, planned.milestone.id, deadline),
      type: 'deadline.countdown',
      trackId,
      occurredAt: (late ? now : planned.at).toISOString(),
      data: { milestone: planned.milestone.id, deadline: deadline.toISOString(), status },
    };
  }

  private async firedKeys(trackId: string, deadline: Date): Promise<Set<string>> {
    const rows = await this.db
      .selectFrom('countdown_fired')
      .select('milestone')
      .where('track_id', '=', trackId)
      .where('deadline_at', '=', deadline)
      .execute();
    return new Set(rows.map((row) => milestoneKey(row.milestone, deadline)));
  }

  private async markFired(
    trackId: string,
    planned: PlannedMilestone,
    deadline: Date,
    now: Date,
  ): Promise<boolean> {
    const inserted = await this.db
      .insertInto('countdown_fired')
      .values({
        milestone_key: `${trackId}:${planned.key}`,
        track_id: trackId,
        milestone: planned.milestone.id,
        deadline_at: deadline,
        fired_at: now,
      })
      .onConflict((oc) => oc.column('milestone_key').doNothing())
      .returning('milestone_key')
      .executeTakeFirst();
    return inserted !== undefined;
  }
}
