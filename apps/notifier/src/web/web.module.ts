import { Module } from '@nestjs/common';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
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
  controllers: [StatusPageController, SubscribeFormController, TracksController, FeedsController],
  providers: [TrackViewService, StatusPageService, TracksAdminService],
  exports: [TrackViewService],
})
export class WebModule {}
