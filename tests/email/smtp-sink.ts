import type { AddressInfo, Socket } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  /** The envelope sender (MAIL FROM). */
  from: string;
  raw: string;
  parsed: ParsedMail;
}

/** Decides, per recipient, what the server answers at RCPT TO: null accepts. */
export type RcptPolicy = (address: string) => { code: number; message: string } | null;

export interface SmtpSink {
  url: string;
  port: number;
  mails: ReceivedMail[];
  /** Mails to one address, in arrival order. */
  to(address: string): ReceivedMail[];
  setRcptPolicy(policy: RcptPolicy | null): void;
  /** Stops listening and drops every open connection at once (an SMTP server going down). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback (smtp-server) that keeps and parses (mailparser) what it accepts. */
export async function startSmtpSink(options: { parse?: boolean } = {}): Promise<SmtpSink> {
  const parse = options.parse ?? true;
  const mails: ReceivedMail[] = [];
  let policy: RcptPolicy | null = null;
  const sockets = new Set<Socket>();
  const create = () => {
    const server = new SMTPServer({
      closeTimeout: 50,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onRcptTo(
        address: SMTPServerAddress,
        _session: SMTPServerSession,
        callback: (err?: Error | null) => void,
      ) {
        const refusal = policy?.(address.address) ?? null;
        if (!refusal) return callback();
        const error = new Error(refusal.message) as Error & { responseCode: number };
        error.responseCode = refusal.code;
        callback(error);
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          const to = session.envelope.rcptTo.map((r) => r.address);
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          if (!parse) {
            mails.push({ to, from, raw: '', parsed: undefined as unknown as ParsedMail });
            return callback();
          }
          simpleParser(raw)
            .then((parsed) => {
              mails.push({ to, from, raw: raw.toString('utf8'), parsed });
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    server.on('error', () => undefined);
    server.server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    return server;
  };
  let server = create();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  let listening = true;
  const down = async () => {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    mails,
    to: (address) => mails.filter((m) => m.to.includes(address)),
    setRcptPolicy: (next) => {
      policy = next;
    },
    down,
    up: async () => {
      if (listening) return;
      server = create();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      listening = true;
    },
    close: down,
  };
}
