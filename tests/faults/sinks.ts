import * as http from 'node:http';
import * as net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Webhook } from 'standardwebhooks';
import { freePort } from '../support/ports';

/** One accepted message or request, reduced to what the tally needs. */
export interface Receipt {
  /** Who got it: an email address or an endpoint number. */
  recipient: string;
  /** The alert it carried (the event id). */
  eventId: string;
  /** Message-ID or webhook-id: what a deduping receiver keys on. */
  deliveryId: string;
}

export type SmtpMode = 'ok' | 'down' | '451';

export interface FaultySmtp {
  url: string;
  receipts: Receipt[];
  setMode(mode: SmtpMode): Promise<void>;
  close(): Promise<void>;
}

const EVENT_TOKEN = /fltev-[a-z0-9]+-\d+/;

/**
 * An SMTP sink (smtp-server) behind a TCP front door the suite controls: `down` closes the port and
 * cuts every open connection (a crashed relay), `451` answers every recipient with a temporary
 * refusal (a greylisting or overloaded relay), `ok` accepts.
 */
export async function startFaultySmtp(): Promise<FaultySmtp> {
  const receipts: Receipt[] = [];
  let mode: SmtpMode = 'ok';
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (mode !== '451') return callback();
      const error = new Error('4.3.2 try again later') as Error & { responseCode: number };
      error.responseCode = 451;
      callback(error);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const head = raw.split(/\r?\n\r?\n/)[0] ?? '';
        const messageId = /^message-id:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? '';
        const eventId = EVENT_TOKEN.exec(raw)?.[0] ?? '';
        for (const rcpt of session.envelope.rcptTo) {
          receipts.push({ recipient: rcpt.address, eventId, deliveryId: messageId });
        }
        callback();
      });
    },
  });
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const backendPort = (smtp.server.address() as net.AddressInfo).port;
  const port = await freePort();
  const sockets = new Set<net.Socket>();
  let front: net.Server | undefined;
  const open = () =>
    new Promise<void>((resolve, reject) => {
      front = net.createServer((client) => {
        const backend = net.connect(backendPort, '127.0.0.1');
        for (const s of [client, backend]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => undefined);
        }
        client.pipe(backend).pipe(client);
        client.on('close', () => backend.destroy());
        backend.on('close', () => client.destroy());
      });
      front.once('error', reject);
      front.listen(port, '127.0.0.1', () => resolve());
    });
  const shut = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (!front) return resolve();
      front.close(() => resolve());
      front = undefined;
    });
  await open();
  return {
    url: `smtp://127.0.0.1:${port}`,
    receipts,
    async setMode(next) {
      if (next === 'down' && mode !== 'down') await shut();
      if (next !== 'down' && mode === 'down') await open();
      mode = next;
    },
    async close() {
      await shut();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

export type ReceiverMode = 'ok' | '500' | 'hang' | '410';

export interface FaultyReceiver {
  url: string;
  /** Every request answered 2xx with a valid signature. */
  receipts: Receipt[];
  /** Requests whose signature did not verify (must stay 0). */
  badSignatures: number;
  setSecret(endpoint: string, secret: string): void;
  setMode(mode: ReceiverMode): void;
  close(): Promise<void>;
}

/**
 * A webhook receiver on loopback that verifies every request with the official `standardwebhooks`
 * library, keyed by endpoint number in the path (/hook/N), and can be told to answer 500, hang or 410.
 */
export async function startFaultyReceiver(): Promise<FaultyReceiver> {
  const secrets = new Map<string, Webhook>();
  const receipts: Receipt[] = [];
  const state = { mode: 'ok' as ReceiverMode, badSignatures: 0 };
  const hanging = new Set<http.ServerResponse>();
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const endpoint = /^\/hook\/(\d+)$/.exec(req.url ?? '')?.[1];
      const verifier = endpoint ? secrets.get(endpoint) : undefined;
      if (!endpoint || !verifier) return res.writeHead(404).end();
      if (state.mode === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      if (state.mode !== 'ok') return res.writeHead(Number(state.mode)).end();
      const body = Buffer.concat(chunks).toString('utf8');
      let payload: { data?: { id?: string } };
      try {
        payload = verifier.verify(body, req.headers as Record<string, string>) as typeof payload;
      } catch {
        state.badSignatures++;
        return res.writeHead(400).end('bad signature');
      }
      receipts.push({
        recipient: endpoint,
        eventId: payload.data?.id ?? '',
        deliveryId: String(req.headers['webhook-id'] ?? ''),
      });
      res.writeHead(204).end();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    receipts,
    get badSignatures() {
      return state.badSignatures;
    },
    setSecret: (endpoint, secret) => secrets.set(endpoint, new Webhook(secret)),
    setMode(next) {
      state.mode = next;
      if (next !== 'hang') for (const res of hanging) res.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
