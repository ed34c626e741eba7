import * as net from 'node:net';

/**
 * Opens the TCP connection for nodemailer with Nagle's algorithm off. SMTP is a chatty
 * request-reply protocol of small writes: with Nagle on, each message waited on the peer's
 * delayed ACK (about 40 ms on Linux), capping a connection near 20 messages a second. nodemailer
 * still does TLS on top (implicit for smtps, STARTTLS otherwise) and its own timeouts after this.
 */
export function noDelaySocket(
  host: string,
  port: number,
  connectTimeoutMs: number,
): (
  options: unknown,
  callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void,
) => void {
  return (_options, callback) => {
    const socket = net.connect({ host, port });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      socket.setTimeout(0);
      if (error) {
        socket.destroy();
        callback(error);
      } else {
        callback(null, { connection: socket });
      }
    };
    socket.setNoDelay(true);
    socket.setTimeout(connectTimeoutMs, () =>
      settle(Object.assign(new Error(`SMTP connection to ${host}:${port} timed out`), { code: 'ETIMEDOUT' })),
    );
    socket.once('connect', () => settle(null));
    socket.once('error', (error) => settle(error));
  };
}
