import { Module } from '@nestjs/common';
import { BounceService } from './bounces';
import { BouncesController } from './bounces.controller';
import { EmailChannel } from './email-channel';
import { EmailMessages } from './email-messages';
import { EmailOutbox } from './email-outbox';
import { EmailProcessor } from './email.processor';
import { EmailSender } from './email-sender';
import { LinkTokens } from './link-tokens';
import { MailTransport } from './mail-transport';
import { OperatorNotices } from './operator-notices';
import { SecretKeyProvider } from './secret-key.provider';
import { SentRecorder } from './sent-recorder';
import { StrandedEmails } from './stranded-emails';

@Module({
  controllers: [BouncesController],
  providers: [
    BounceService,
    SecretKeyProvider,
    LinkTokens,
    EmailMessages,
    MailTransport,
    EmailOutbox,
    SentRecorder,
    EmailSender,
    EmailProcessor,
    EmailChannel,
    OperatorNotices,
    StrandedEmails,
  ],
  exports: [
    StrandedEmails,
    OperatorNotices,
    EmailChannel,
    EmailOutbox,
    MailTransport,
    EmailMessages,
    LinkTokens,
    EmailSender,
  ],
})
export class EmailModule {}
