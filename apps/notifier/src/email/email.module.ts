import { Module } from '@nestjs/common';
import { EmailChannel } from './email-channel';
import { EmailProcessor } from './email.processor';
import { EmailSender } from './email-sender';
import { MailTransport } from './mail-transport';

@Module({
  providers: [MailTransport, EmailSender, EmailProcessor, EmailChannel],
  exports: [EmailChannel, MailTransport],
})
export class EmailModule {}
