import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { SubscriptionRateLimiter } from './subscription-rate-limiter';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';

@Module({
  imports: [EmailModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, SubscriptionRateLimiter],
  exports: [SubscriptionsService],
})
export class SubscriptionsModule {}
