import { Module } from '@nestjs/common';
import { ArticleArchive } from './article-archive';
import { FeedReader } from './feed-reader';
import { FeedsAdminService } from './feeds-api/feeds-admin.service';
import { FeedsController } from './feeds-api/feeds.controller';
import { HttpFeedReader } from './http-feed-reader';
import { PollPlanner } from './poll-planner';
import { PollService } from './poll.service';
import { SourceWatch } from './source-watch';
import { PollProcessor } from './poll.processor';
import {
  POLLER_SETTINGS,
  POLLER_SETTINGS_OVERRIDE,
  type PollerSettings,
  resolvePollerSettings,
} from './poller-settings';
import { StoryLinker } from './story-linker';
import { HubClient } from './websub/hub-client';
import { WebSubController } from './websub/websub.controller';
import { WebSubReceiver } from './websub/websub-receiver';
import { WebSubSubscriber } from './websub/websub-subscriber';

@Module({
  controllers: [FeedsController, WebSubController],
  providers: [
    {
      provide: POLLER_SETTINGS,
      useFactory: (override?: Partial<PollerSettings>) => resolvePollerSettings(override),
      inject: [{ token: POLLER_SETTINGS_OVERRIDE, optional: true }],
    },
    { provide: FeedReader, useClass: HttpFeedReader },
    PollPlanner,
    PollService,
    SourceWatch,
    PollProcessor,
    StoryLinker,
    ArticleArchive,
    HubClient,
    WebSubSubscriber,
    WebSubReceiver,
    FeedsAdminService,
  ],
  exports: [PollService, PollPlanner, WebSubSubscriber, POLLER_SETTINGS],
})
export class PollerModule {}
