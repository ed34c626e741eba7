import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { CountdownService } from './countdown.service';
import { DigestService } from './digest.service';
import { DigestSources } from './digest-sources';
import { ScheduleProcessor } from './schedule.processor';

@Module({
  imports: [EmailModule],
  providers: [CountdownService, DigestService, DigestSources, ScheduleProcessor],
  exports: [CountdownService, DigestService],
})
export class ScheduleModule {}
