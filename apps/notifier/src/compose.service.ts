import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventsRepository } from '@dw/platform';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notification-channel';

@Injectable()
export class ComposeService {
  private readonly logger = new Logger('Compose');

  constructor(
    private readonly events: EventsRepository,
    @Inject(NOTIFICATION_CHANNELS) private readonly channels: NotificationChannel[],
  ) {}

  async compose(eventId: string): Promise<Record<string, number>> {
    const event = await this.events.find(eventId);
    if (!event) throw new Error(`event ${eventId} is not recorded`);
    const counts: Record<string, number> = {};
    for (const channel of this.channels) {
      counts[channel.name] = await channel.fanOut(event);
    }
    this.logger.log(
      { eventId, type: event.type, track: event.trackId, recipients: counts },
      'notification composed',
    );
    return counts;
  }
}
