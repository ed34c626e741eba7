import { Module } from '@nestjs/common';
import { EmailChannel } from './email-channel';
import { EmailMessages } from './email-messages';
import { EmailProcessor } from './email.processor';
import { EmailSender } from './email-sender';
import { LinkTokens } from './link-tokens';
import { MailTransport } from './mail-transport';
import { SecretKeyProvider } from './secret-key.provider';

@Module({
  providers: [
    SecretKeyProvider,
    LinkTokens,
    EmailMessages,
    MailTransport,
    EmailSender,
    EmailProcessor,
    EmailChannel,
  ],
  exports: [EmailChannel, MailTransport, EmailMessages, LinkTokens, EmailSender],
})
export class EmailModule {}
