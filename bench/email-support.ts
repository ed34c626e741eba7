import type { AddressInfo, Socket } from 'node:net';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { noDelaySocket } from '../apps/notifier/src/email/smtp-socket';
import { SMTP_POOL_CONNECTIONS } from '../apps/notifier/src/email/mail-transport';

/** Helpers of bench/email.bench.ts: the counting SMTP sink and the bare nodemailer pool. */

/** The same pool size MailTransport uses, so the comparison is pool against pool. */
export const POOL_CONNECTIONS = SMTP_POOL_CONNECTIONS;

export interface Sink {
  url: string;
  /** Resolves with the number received once `count` arrived or `limitMs` passed. */
  expect(count: number, limitMs: number): Promise<{ received: number; lastAt: number }>;
  close(): Promise<void>;
}

/** A local SMTP sink (smtp-server) that only counts what it accepts. */
export async function startSink(): Promise<Sink> {
  let received = 0;
  let lastAt = 0;
  let wanted = Infinity;
  let done: (() => void) | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true,
    maxClients: 100,
    onData(stream, _session, callback) {
      stream.resume();
      stream.on('end', () => {
        received += 1;
        lastAt = Date.now();
        if (received >= wanted) done?.();
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  // Replies go out at once: with Nagle on, delayed ACKs add ~40 ms to every SMTP round trip.
  server.server.on('connection', (socket: Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    expect: (count, limitMs) => {
      received = 0;
      wanted = count;
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve({ received, lastAt }), limitMs);
        done = () => {
          clearTimeout(timer);
          resolve({ received, lastAt });
        };
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Sent {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** The floor: the very same rendered messages handed straight to a nodemailer pool of the same size. */
export async function bareNodemailerPool(
  sink: Sink,
  messages: Sent[],
  limitMs: number,
  options: { noDelay: boolean; label: string },
): Promise<Record<string, number>> {
  const url = new URL(sink.url);
  const port = Number(url.port);
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: POOL_CONNECTIONS,
    host: url.hostname,
    port,
    secure: false,
    ...(options.noDelay ? { maxMessages: 1000, getSocket: noDelaySocket(url.hostname, port) } : {}),
  });
  try {
    const arrivals = sink.expect(messages.length, limitMs);
    const t0 = Date.now();
    const sends = messages.map((m, i) =>
      transporter
        .sendMail({
          from: 'alerts@localhost',
          to: m.to,
          subject: m.subject,
          html: m.html,
          text: m.text,
          headers: m.headers,
          messageId: `<bare.${i}@deadline-watch>`,
        })
        .catch(() => undefined),
    );
    const { received, lastAt } = await arrivals;
    progress(`${options.label}: ${received} received`);
    await Promise.race([Promise.all(sends), new Promise((resolve) => setTimeout(resolve, 1000))]);
    const seconds = ((received === messages.length ? lastAt : Date.now()) - t0) / 1000;
    return {
      [`${options.label}_received`]: received,
      [`${options.label}_seconds`]: round(seconds),
      [`${options.label}_messages_per_second`]: round(received / seconds),
    };
  } finally {
    transporter.close();
  }
}

const benchStart = Date.now();
/** Progress on stderr: the figures on stdout stay clean JSON. */
export function progress(step: string): void {
  process.stderr.write(`[email bench +${((Date.now() - benchStart) / 1000).toFixed(1)} s] ${step}\n`);
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
