import { Module } from '@nestjs/common';
import { WebhookChannel } from './webhook-channel';

@Module({
  providers: [WebhookChannel],
  exports: [WebhookChannel],
})
export class WebhooksModule {}
