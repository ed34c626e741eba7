import type { Request } from 'express';

/** How much past the limit a body is still read (and dropped) so that its sender gets the 413. */
const DRAIN_FACTOR = 8;

export class BodyError extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export interface RawBodyOptions {
  maxBytes: number;
  /** The 415 answer when a body parser already consumed the body (its type was JSON or a form). */
  wrongTypeMessage: string;
}

/**
 * The exact bytes of a request body (what a signature covers, or a message to parse as it came).
 * Types no body parser takes reach a route unread; a body the JSON or form parser already consumed
 * cannot be had any more: that is a 415. Over `maxBytes` is a 413, answered after the body is read.
 */
export function readRawBody(req: Request, { maxBytes, wrongTypeMessage }: RawBodyOptions): Promise<Buffer> {
  const captured = (req as Request & { rawBody?: unknown }).rawBody;
  if (Buffer.isBuffer(captured)) return Promise.resolve(captured);
  if ((req as Request & { _body?: boolean })._body || req.readableEnded) {
    return Promise.reject(new BodyError(415, wrongTypeMessage));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      if (!tooLarge) {
        tooLarge = true;
        chunks.length = 0;
      }
      // Read the rest and drop it, so the 413 reaches a client that is still sending (closing the socket
      // under it makes its request fail with a reset instead); a sender that never stops is cut off.
      if (size > maxBytes * DRAIN_FACTOR) {
        req.destroy();
        reject(new BodyError(413, `the body is over ${maxBytes} bytes`));
      }
    });
    req.on('end', () =>
      tooLarge
        ? reject(new BodyError(413, `the body is over ${maxBytes} bytes`))
        : resolve(Buffer.concat(chunks)),
    );
    req.on('error', reject);
  });
}
