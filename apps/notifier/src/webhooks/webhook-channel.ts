import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@dw/domain';
import type { NotificationChannel } from '../notification-channel';

@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly name = 'webhook' as const;

  async fanOut(_event: DomainEvent): Promise<number> {
    return 0;
  }
}
