import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { FeedsRepository, InjectClock } from '@dw/platform';

/** One tick enqueues one poll job per due feed; job ids carry the due time, so two replicas' ticks coincide. */
@Injectable()
export class PollPlanner {
  constructor(
    @InjectQueue(QUEUE_NAMES.poll) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    private readonly feeds: FeedsRepository,
  ) {}

  async enqueueDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.feeds.due(now);
    for (const feed of due) {
      const dueAt = feed.next_poll_at ?? feed.created_at;
      // a poll that threw (the database was away) leaves next_poll_at as it was: a kept failed
      // job with the same id would silence the feed, so failures make way for the next tick's job
      await enqueue(
        this.queue,
        'pollFeed',
        { feedId: feed.id, dueAt: dueAt.toISOString() },
        { removeOnFail: true },
      );
    }
    return due.length;
  }
}
