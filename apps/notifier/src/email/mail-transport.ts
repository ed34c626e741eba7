import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { type AppConfig, InjectConfig } from '@dw/platform';
import { noDelaySocket } from './smtp-socket';

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  /** Stable per delivery: lets a receiving system spot a resend. */
  messageId: string;
  /** The Date header: the injected clock's now, so simulated runs date their mail consistently. */
  date?: Date;
}

export interface SentMail {
  messageId: string;
  /** Where it went: an SMTP response or the .eml path. */
  accepted: string;
}

/** A failure the sender should not retry (the address or the message is refused for good). */
export class PermanentMailError extends Error {
  constructor(
    message: string,
    /** The server refused the recipient (e.g. 550 at RCPT TO), not just this message. */
    readonly recipientRefused: boolean,
  ) {
    super(message);
  }
}

interface SmtpFailure {
  responseCode?: number;
  code?: string;
  command?: string;
  message: string;
}

const MAILBOX_CODES = new Set([550, 551, 553]);

/**
 * 5xx is permanent, except a refused login (a setting to fix, not an address to drop); it marks
 * the address only when the recipient itself was refused. 4xx and network errors are temporary.
 */
export function classifySmtpFailure(error: unknown): PermanentMailError | null {
  const smtp = error as SmtpFailure;
  const code = smtp.responseCode;
  if (!code || code < 500 || code >= 600 || smtp.code === 'EAUTH') return null;
  const recipient = smtp.command === 'RCPT TO' || smtp.code === 'EENVELOPE' || MAILBOX_CODES.has(code);
  return new PermanentMailError(`${code} ${smtp.message}`, recipient);
}

/** Connections kept open to the SMTP server; most providers allow about this many per client. */
export const SMTP_POOL_CONNECTIONS = 5;

/** nodemailer's pooled SMTP transport when SMTP_URL is set; otherwise .eml files in DATA_DIR/outbox. */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;
  private readonly outbox: string | null;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    if (config.smtpUrl) {
      const url = new URL(config.smtpUrl);
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587));
      this.transporter = nodemailer.createTransport({
        pool: true,
        maxConnections: SMTP_POOL_CONNECTIONS,
        maxMessages: 1000,
        getSocket: noDelaySocket(host, port, 10_000),
        host,
        port,
        secure: url.protocol === 'smtps:',
        ...(url.username
          ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
          : {}),
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        tls: { rejectUnauthorized: !['localhost', '127.0.0.1', '::1'].includes(url.hostname) },
      });
      this.outbox = null;
    } else {
      this.transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outbox = path.join(config.dataDir, 'outbox');
    }
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const message = {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: mail.messageId,
      ...(mail.date ? { date: mail.date } : {}),
    };
    try {
      const info = (await this.transporter.sendMail(message)) as {
        message?: Buffer;
        response?: string;
        messageId: string;
      };
      if (this.outbox && info.message) {
        await fs.mkdir(this.outbox, { recursive: true });
        const file = path.join(this.outbox, `${mail.messageId.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`);
        await fs.writeFile(file, info.message);
        this.logger.log({ to: mail.to, subject: mail.subject, file }, 'mail written to the outbox');
        return { messageId: info.messageId, accepted: file };
      }
      return { messageId: info.messageId, accepted: info.response ?? 'accepted' };
    } catch (error) {
      throw classifySmtpFailure(error) ?? error;
    }
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
