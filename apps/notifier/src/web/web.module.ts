import { Module } from '@nestjs/common';
import { SubscribersAdminRepository } from '@dw/platform';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { SubscribersController } from './api/subscribers.controller';
import { TracksAdminService } from './api/tracks-admin.service';
import { TracksController } from './api/tracks.controller';
import { FeedsController } from './feeds/feeds.controller';
import { StatusPageController } from './page/status-page.controller';
import { StatusPageService } from './page/status-page.service';
import { SubscribeFormController } from './page/subscribe-form.controller';
import { TrackViewService } from './track-view/track-view.service';

/** The public face: status page, track API, Atom feed and calendar. */
@Module({
  imports: [SubscriptionsModule],
  controllers: [
    StatusPageController,
    SubscribeFormController,
    TracksController,
    FeedsController,
    SubscribersController,
  ],
  providers: [TrackViewService, StatusPageService, TracksAdminService, SubscribersAdminRepository],
  exports: [TrackViewService],
})
export class WebModule {}
