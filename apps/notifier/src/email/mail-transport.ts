import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
import { type AppConfig, InjectConfig } from '@dw/platform';
import { classifySmtpFailure, TemporaryMailError } from './smtp-failures';
import { noDelaySocket } from './smtp-socket';

export { classifySmtpFailure, PermanentMailError, TemporaryMailError } from './smtp-failures';

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

/** Out of the box, before SMTP_POOL_SIZE: most providers allow about this many connections per client. */
export const SMTP_POOL_CONNECTIONS = 5;

/**
 * How long each stage may take. A silent server fails at the greeting, a stalled session at the
 * socket timeout; the send timeout bounds everything, waiting for a free pooled connection
 * included, so no send job stays active past it (BullMQ's lock is renewed while a job runs, so a
 * job that never ends would hold its deliveries forever).
 */
export const SMTP_TIMEOUTS = {
  connectionMs: 10_000,
  greetingMs: 10_000,
  socketMs: 30_000,
  sendMs: 60_000,
};

/** Header fields the DKIM signature covers: nodemailer's defaults miss List-Unsubscribe-Post (RFC 8058 asks for it). */
export const DKIM_SIGNED_HEADERS = [
  'From',
  'Sender',
  'Reply-To',
  'Subject',
  'Date',
  'Message-ID',
  'To',
  'Cc',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'List-Id',
].join(':');

/**
 * nodemailer's pooled SMTP transport when SMTP_URL is set; otherwise .eml files in DATA_DIR/outbox.
 * A pool that stops answering is thrown away and built again: a send that outlives
 * SMTP_TIMEOUTS.sendMs fails as temporary (the job retries it with backoff) and the next send
 * gets a fresh pool, so no connection state can wedge mail until a restart.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private transporter: Transporter;
  private readonly outbox: string | null;
  private readonly from: { name: string; address: string } | string;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    this.from = config.mailFromName
      ? { name: config.mailFromName, address: config.mailFrom }
      : config.mailFrom;
    this.outbox = config.smtpUrl ? null : path.join(config.dataDir, 'outbox');
    this.transporter = this.build();
  }

  /** The pool's size, for the workers that feed it. */
  get poolSize(): number {
    return this.config.smtpPoolSize;
  }

  private build(): Transporter {
    const dkim = this.config.dkim
      ? {
          dkim: {
            domainName: this.config.dkim.domain,
            keySelector: this.config.dkim.selector,
            privateKey: this.config.dkim.privateKey,
            headerFieldNames: DKIM_SIGNED_HEADERS,
          },
        }
      : {};
    if (!this.config.smtpUrl) {
      return nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix', ...dkim });
    }
    const url = new URL(this.config.smtpUrl);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 587));
    const options: SMTPPool.Options & { maxRequeues: number } = {
      pool: true,
      maxConnections: this.config.smtpPoolSize,
      maxMessages: 1000,
      // A message whose connection closed mid-send comes back to the job (which counts a resend
      // of unknown outcome) instead of being silently sent again, possibly forever, by the pool.
      maxRequeues: 0,
      getSocket: noDelaySocket(host, port),
      host,
      port,
      secure: url.protocol === 'smtps:',
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
      connectionTimeout: SMTP_TIMEOUTS.connectionMs,
      greetingTimeout: SMTP_TIMEOUTS.greetingMs,
      socketTimeout: SMTP_TIMEOUTS.socketMs,
      tls: { rejectUnauthorized: !['localhost', '127.0.0.1', '::1'].includes(url.hostname) },
      ...dkim,
    };
    const transporter = nodemailer.createTransport(options);
    // The pool reports connection failures as events too; each send reports its own, so these are
    // only logged (without a listener an 'error' event would throw).
    transporter.on('error', (error: Error) =>
      this.logger.warn({ err: error.message }, 'SMTP pool connection failed'),
    );
    return transporter;
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const message = {
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      headers: mail.headers,
      messageId: mail.messageId,
      ...(this.config.bounceAddress ? { envelope: { from: this.config.bounceAddress, to: mail.to } } : {}),
      ...(mail.date ? { date: mail.date } : {}),
    };
    const transporter = this.transporter;
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        this.rebuild(transporter);
        reject(new TemporaryMailError(`SMTP send gave no answer within ${SMTP_TIMEOUTS.sendMs} ms`, true));
      }, SMTP_TIMEOUTS.sendMs);
    });
    try {
      const info = (await Promise.race([transporter.sendMail(message), watchdog])) as {
        message?: Buffer;
        response?: string;
        messageId: string;
      };
      if (this.outbox && info.message) {
        // Written beside the outbox, then renamed into it: whoever lists the outbox sees whole mails only.
        const staging = `${this.outbox}.partial`;
        await Promise.all([
          fs.mkdir(this.outbox, { recursive: true }),
          fs.mkdir(staging, { recursive: true }),
        ]);
        const name = `${mail.messageId.replace(/[^A-Za-z0-9._-]/g, '_')}.eml`;
        const file = path.join(this.outbox, name);
        await fs.writeFile(path.join(staging, name), info.message);
        await fs.rename(path.join(staging, name), file);
        this.logger.log({ to: mail.to, subject: mail.subject, file }, 'mail written to the outbox');
        return { messageId: info.messageId, accepted: file };
      }
      return { messageId: info.messageId, accepted: info.response ?? 'accepted' };
    } catch (error) {
      throw classifySmtpFailure(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Swaps in a fresh pool once per wedged pool (many sends may time out on the same one). */
  private rebuild(wedged: Transporter): void {
    if (this.transporter !== wedged) return;
    this.logger.warn({ timeoutMs: SMTP_TIMEOUTS.sendMs }, 'SMTP pool stopped answering: rebuilt');
    this.transporter = this.build();
    wedged.close();
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
