import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { enqueue, QUEUE_NAMES } from '@dw/contracts';
import type { Clock } from '@dw/domain';
import { EventsRepository, InjectClock, MetricsService } from '@dw/platform';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel';

@Injectable()
export class ComposeService {
  private readonly logger = new Logger('Compose');

  constructor(
    private readonly events: EventsRepository,
    @InjectQueue(QUEUE_NAMES.notify) private readonly queue: Queue,
    @InjectClock() private readonly clock: Clock,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
    private readonly metrics: MetricsService,
  ) {}

  async compose(eventId: string): Promise<Record<string, number>> {
    const event = await this.events.find(eventId);
    if (!event) throw new Error(`event ${eventId} is not recorded`);
    const counts: Record<string, number> = {};
    for (const channel of this.channels) {
      counts[channel.name] = await channel.fanOut(event);
    }
    await this.events.markComposed(eventId, this.clock.now());
    this.metrics.observeAlertLag(event, this.clock.now());
    this.logger.log(
      { eventId, type: event.type, track: event.trackId, recipients: counts },
      'notification composed',
    );
    return counts;
  }

  /** The outbox sweep: events recorded a while ago but never composed get their compose job now. */
  async sweep(graceMs = 30_000): Promise<number> {
    const pending = await this.events.uncomposed(new Date(this.clock.now().getTime() - graceMs));
    for (const eventId of pending) await enqueue(this.queue, 'composeNotification', { eventId });
    return pending.length;
  }
}
