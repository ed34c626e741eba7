import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@dw/platform';
import { EmailModule } from '../email/email.module';
import { AttemptConclusion } from './attempt-conclusion';
import { AttemptRecorder } from './attempt-recorder';
import { EndpointSemaphore } from './endpoint-semaphore';
import { WebhookChannel } from './webhook-channel';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookGroupService } from './webhook-group.service';
import { WebhookHttpClient } from './webhook-http-client';
import { StrandedWebhooks } from './stranded-webhooks';
import { WebhookNotices } from './webhook-notices';
import { WebhookProcessor } from './webhook.processor';
import {
  resolveWebhookSettings,
  webhookSettingsFromConfig,
  WEBHOOK_SETTINGS,
  WEBHOOK_SETTINGS_OVERRIDE,
  type WebhookSettings,
} from './webhook-settings';
import { WebhooksAdminService } from './webhooks-admin.service';
import { WebhooksController } from './webhooks.controller';

@Module({
  imports: [EmailModule],
  controllers: [WebhooksController],
  providers: [
    {
      provide: WEBHOOK_SETTINGS,
      useFactory: (config: AppConfig, override?: Partial<WebhookSettings>) =>
        resolveWebhookSettings(webhookSettingsFromConfig(config), override),
      inject: [APP_CONFIG, { token: WEBHOOK_SETTINGS_OVERRIDE, optional: true }],
    },
    WebhookHttpClient,
    EndpointSemaphore,
    AttemptRecorder,
    WebhookNotices,
    AttemptConclusion,
    WebhookDeliveryService,
    WebhookGroupService,
    WebhookProcessor,
    WebhookChannel,
    WebhooksAdminService,
    StrandedWebhooks,
  ],
  exports: [WebhookChannel, WebhookDeliveryService, StrandedWebhooks, WEBHOOK_SETTINGS],
})
export class WebhooksModule {}
