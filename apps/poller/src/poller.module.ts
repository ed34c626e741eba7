import { Module } from '@nestjs/common';
import { FeedReader } from './feed-reader';
import { HttpFeedReader } from './http-feed-reader';
import { PollPlanner } from './poll-planner';
import { PollScheduler } from './poll-scheduler';
import { PollService } from './poll.service';
import { PollProcessor } from './poll.processor';
import { StoryLinker } from './story-linker';

@Module({
  providers: [
    { provide: FeedReader, useClass: HttpFeedReader },
    PollPlanner,
    PollScheduler,
    PollService,
    PollProcessor,
    StoryLinker,
  ],
  exports: [PollService, PollPlanner],
})
export class PollerModule {}
