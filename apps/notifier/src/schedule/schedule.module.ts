import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { CountdownService } from './countdown.service';
import { DigestService } from './digest.service';
import { DigestSources } from './digest-sources';
import { ScheduleProcessor } from './schedule.processor';
import { ScheduleRegistrar } from './schedule-registrar';

@Module({
  imports: [EmailModule],
  providers: [CountdownService, DigestService, DigestSources, ScheduleProcessor, ScheduleRegistrar],
  exports: [CountdownService, DigestService],
})
export class ScheduleModule {}
