import { Module } from '@nestjs/common';
import { ComposeService } from './compose.service';
import { DeliverySweep } from './delivery-sweep';
import { EmailChannel } from './email/email-channel';
import { EmailModule } from './email/email.module';
import { NOTIFICATION_CHANNELS } from './notification-channel';
import { NotifyProcessor } from './notify.processor';
import { ScheduleModule } from './schedule/schedule.module';
import { SubscriptionsModule } from './subscriptions/subscriptions.module';
import { WebhookChannel } from './webhooks/webhook-channel';
import { WebModule } from './web/web.module';
import { WebhooksModule } from './webhooks/webhooks.module';

@Module({
  imports: [EmailModule, WebhooksModule, SubscriptionsModule, WebModule, ScheduleModule],
  providers: [
    {
      provide: NOTIFICATION_CHANNELS,
      useFactory: (email: EmailChannel, webhook: WebhookChannel) => [email, webhook],
      inject: [EmailChannel, WebhookChannel],
    },
    ComposeService,
    DeliverySweep,
    NotifyProcessor,
  ],
  exports: [ComposeService, DeliverySweep],
})
export class NotifierModule {}
