import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate, gunzipSync } from 'node:zlib';
import type { Transform } from 'node:stream';
import { FeedFetchError } from '../errors';

function decompressorFor(encoding: string | undefined, url: string): Transform | null {
  const value = (encoding ?? '').trim().toLowerCase();
  if (value === '' || value === 'identity') return null;
  if (value === 'gzip' || value === 'x-gzip') return createGunzip();
  if (value === 'deflate') return createInflate();
  if (value === 'br') return createBrotliDecompress();
  throw new FeedFetchError(
    'decompression',
    `the server sent the feed with an unsupported content encoding "${value}"`,
    { url },
  );
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1048576) * 10) / 10} MB`;
}

/**
 * Reads a response body into memory, decompressing on the fly, and stops reading (destroying
 * the socket) as soon as either the wire bytes or the decompressed bytes pass `maxBytes`.
 */
export function readCappedBody(res: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.destroy();
      reject(
        new FeedFetchError(
          'too-large',
          `the feed is ${megabytes(declared)}, over the ${megabytes(maxBytes)} limit`,
          { url },
        ),
      );
      return;
    }
    let decoder: Transform | null;
    try {
      decoder = decompressorFor(res.headers['content-encoding'], url);
    } catch (error) {
      res.destroy();
      reject(asNetworkError(error, url));
      return;
    }
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let outBytes = 0;
    let settled = false;
    const fail = (error: FeedFetchError): void => {
      if (settled) return;
      settled = true;
      res.destroy();
      decoder?.destroy();
      reject(error);
    };
    const tooLarge = (): FeedFetchError =>
      new FeedFetchError(
        'too-large',
        `the feed is larger than the ${megabytes(maxBytes)} limit${decoder ? ' once decompressed' : ''}`,
        { url },
      );
    const collect = (chunk: Buffer): void => {
      outBytes += chunk.length;
      if (outBytes > maxBytes) fail(tooLarge());
      else chunks.push(chunk);
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    };
    res.on('data', (chunk: Buffer) => {
      if (settled) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) {
        fail(tooLarge());
        return;
      }
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    res.on('error', (error) => fail(asNetworkError(error, url)));
    res.on('aborted', () =>
      fail(
        new FeedFetchError('network', 'the server closed the connection before the feed was complete', {
          url,
        }),
      ),
    );
    if (decoder) {
      decoder.on('data', (chunk: Buffer) => !settled && collect(chunk));
      decoder.on('error', () =>
        fail(
          new FeedFetchError(
            'decompression',
            'the feed could not be decompressed: the compressed data is corrupt',
            { url },
          ),
        ),
      );
      decoder.on('end', finish);
      res.on('end', () => decoder.end());
    } else {
      res.on('end', finish);
    }
  });
}

/** Some servers gzip the body without saying so; undo that within the same size cap. */
export function gunzipIfSniffed(body: Buffer, maxBytes: number): Buffer {
  if (body.length < 3 || body[0] !== 0x1f || body[1] !== 0x8b || body[2] !== 0x08) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch {
    return body;
  }
}

export function asNetworkError(error: unknown, url: string): FeedFetchError {
  if (error instanceof FeedFetchError) return error;
  const code = (error as { code?: string } | null)?.code;
  const words: Record<string, string> = {
    ENOTFOUND: 'the host name does not exist',
    EAI_AGAIN: 'the host name could not be resolved right now',
    ECONNREFUSED: 'the server refused the connection',
    ECONNRESET: 'the connection was reset by the server',
    EHOSTUNREACH: 'the host cannot be reached',
    ENETUNREACH: 'the network cannot be reached',
    ETIMEDOUT: 'the connection timed out',
    CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: 'the server uses a self-signed TLS certificate',
    ERR_TLS_CERT_ALTNAME_INVALID: "the server's TLS certificate does not match its name",
  };
  const message = (code && words[code]) ?? (error instanceof Error ? error.message : String(error));
  return new FeedFetchError('network', `could not fetch the feed: ${message}`, { url, cause: error });
}
