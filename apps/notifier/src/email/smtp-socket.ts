import * as net from 'node:net';

type GetSocket = (
  options: unknown,
  callback: (err: Error | null, socketOptions?: { connection: net.Socket }) => void,
) => void;

/**
 * Hands nodemailer a TCP connection with Nagle's algorithm off. SMTP is a chatty request-reply
 * protocol of small writes: with Nagle on, each message waited on the peer's delayed ACK (about
 * 40 ms on Linux), capping a connection near 20 messages a second.
 *
 * The socket is returned while it is still connecting and never as an error: nodemailer's pool
 * only drops a connection whose failure comes through the connection itself (an `error` event
 * on the socket, a greeting timeout). A failure reported through this callback's error argument
 * left the pool slot taken forever, so after as many refused connects as pool connections every
 * later send waited for good (issue 15). nodemailer attaches its handlers in the same tick, so a
 * refused connect, a reset or a silent server all end in its own error and timeout paths.
 */
export function noDelaySocket(host: string, port: number): GetSocket {
  return (_options, callback) => {
    callback(null, { connection: net.connect({ host, port, noDelay: true }) });
  };
}
