import http, { type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { SystemClock, type Clock } from '@dw/domain';
import { FeedFetchError } from '../errors';
import { assertPublicUrl } from '../net/guard';
import { createGuardedAgents, type GuardedAgents } from './agents';
import { asNetworkError, gunzipIfSniffed, readCappedBody } from './body';
import { KeyedLimiter } from './limiter';
import { parseRetryAfter } from './retry-after';

export interface FeedFetcherOptions {
  allowPrivateNetwork?: boolean;
  /** Until the TCP (and TLS) connection is up. */
  connectTimeoutMs?: number;
  /** The whole fetch, redirects and body included: a slow-drip server cannot hold us longer. */
  totalTimeoutMs?: number;
  /** Cap on the body, on the wire and after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  perHostConcurrency?: number;
  /** Base of the User-Agent's contact link, e.g. the PUBLIC_URL setting. */
  publicUrl?: string;
  userAgent?: string;
  clock?: Clock;
  /** Replaces the guarded DNS lookup (tests); the guard still checks IP literals. */
  lookup?: LookupFunction;
}

export interface FetchFeedRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

interface FetchMeta {
  /** Final URL after redirects. */
  url: string;
  redirects: string[];
  elapsedMs: number;
}

export type FetchFeedResult =
  | (FetchMeta & {
      status: 'ok';
      statusCode: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    })
  | (FetchMeta & {
      status: 'not-modified';
      statusCode: 304;
      etag: string | null;
      lastModified: string | null;
    })
  | (FetchMeta & { status: 'retry-later'; statusCode: number; retryAfterMs: number | null });

const DEFAULTS = {
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  perHostConcurrency: 2,
};
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

function header(res: IncomingMessage, name: string): string | null {
  const value = res.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** Fetches feeds over http(s) with the network guard, hard timeouts, a size cap and conditional GET. */
export class FeedFetcher {
  private readonly settings: typeof DEFAULTS & { allowPrivateNetwork: boolean; userAgent: string };
  private readonly agents: GuardedAgents;
  private readonly limiter: KeyedLimiter;
  private readonly clock: Clock;

  constructor(options: FeedFetcherOptions = {}) {
    this.settings = {
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      totalTimeoutMs: options.totalTimeoutMs ?? DEFAULTS.totalTimeoutMs,
      maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
      perHostConcurrency: options.perHostConcurrency ?? DEFAULTS.perHostConcurrency,
      allowPrivateNetwork: options.allowPrivateNetwork ?? false,
      userAgent: options.userAgent ?? `DeadlineWatch/0.1 (+${options.publicUrl ?? 'http://localhost:3000'})`,
    };
    this.clock = options.clock ?? new SystemClock();
    this.limiter = new KeyedLimiter(this.settings.perHostConcurrency);
    this.agents = createGuardedAgents({
      allowPrivateNetwork: this.settings.allowPrivateNetwork,
      maxSocketsPerHost: this.settings.perHostConcurrency,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    });
  }

  get userAgent(): string {
    return this.settings.userAgent;
  }

  async fetch(request: FetchFeedRequest): Promise<FetchFeedResult> {
    const guard = { allowPrivateNetwork: this.settings.allowPrivateNetwork };
    const first = assertPublicUrl(request.url, guard);
    return this.limiter.run(first.host, () => this.fetchWithDeadline(first, request));
  }

  /** Closes idle keep-alive sockets. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async fetchWithDeadline(first: URL, request: FetchFeedRequest): Promise<FetchFeedResult> {
    const started = performance.now();
    const controller = new AbortController();
    const seconds = Math.round(this.settings.totalTimeoutMs / 100) / 10;
    const timer = setTimeout(
      () =>
        controller.abort(
          new FeedFetchError('timeout', `the feed did not finish downloading within ${seconds} s`, {
            url: first.href,
          }),
        ),
      this.settings.totalTimeoutMs,
    );
    const onOuterAbort = (): void =>
      controller.abort(new FeedFetchError('aborted', 'the fetch was cancelled', { url: first.href }));
    request.signal?.addEventListener('abort', onOuterAbort, { once: true });
    try {
      return await this.followRedirects(first, request, controller.signal, started);
    } catch (error) {
      const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
      throw reason instanceof FeedFetchError ? reason : asNetworkError(reason, first.href);
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  private async followRedirects(
    first: URL,
    request: FetchFeedRequest,
    signal: AbortSignal,
    started: number,
  ): Promise<FetchFeedResult> {
    const guard = { allowPrivateNetwork: this.settings.allowPrivateNetwork };
    const redirects: string[] = [];
    let url = first;
    for (;;) {
      const res = await this.requestOnce(url, request, signal);
      const status = res.statusCode ?? 0;
      const location = header(res, 'location');
      if (REDIRECTS.has(status) && location) {
        res.resume();
        if (redirects.length >= this.settings.maxRedirects) {
          throw new FeedFetchError(
            'too-many-redirects',
            `the feed redirected more than ${this.settings.maxRedirects} times`,
            { url: url.href },
          );
        }
        // every hop passes the guard again: literals here, resolved names in the lookup
        url = assertPublicUrl(new URL(location, url), guard);
        redirects.push(url.href);
        continue;
      }
      const meta = { url: url.href, redirects, elapsedMs: 0 };
      const done = <T extends FetchFeedResult>(result: T): T => ({
        ...result,
        elapsedMs: Math.round(performance.now() - started),
      });
      if (status === 304) {
        res.resume();
        return done({
          ...meta,
          status: 'not-modified',
          statusCode: 304,
          etag: header(res, 'etag'),
          lastModified: header(res, 'last-modified'),
        });
      }
      if (status === 429 || status === 503) {
        res.resume();
        const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.clock.now());
        return done({ ...meta, status: 'retry-later', statusCode: status, retryAfterMs });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FeedFetchError(
          'http-status',
          `the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
          {
            url: url.href,
            statusCode: status,
          },
        );
      }
      const body = gunzipIfSniffed(
        await readCappedBody(res, url.href, this.settings.maxBytes),
        this.settings.maxBytes,
      );
      return done({
        ...meta,
        status: 'ok',
        statusCode: status,
        body,
        contentType: header(res, 'content-type'),
        etag: header(res, 'etag'),
        lastModified: header(res, 'last-modified'),
      });
    }
  }

  private requestOnce(url: URL, request: FetchFeedRequest, signal: AbortSignal): Promise<IncomingMessage> {
    const headers: OutgoingHttpHeaders = {
      'user-agent': this.settings.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    const secure = url.protocol === 'https:';
    const send = secure ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const req = send(url, {
        method: 'GET',
        headers,
        agent: secure ? this.agents.https : this.agents.http,
        lookup: this.agents.lookup,
        signal,
      });
      req.on('socket', (socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => {
          const seconds = Math.round(this.settings.connectTimeoutMs / 100) / 10;
          req.destroy(
            new FeedFetchError('timeout', `could not connect to ${url.host} within ${seconds} s`, {
              url: url.href,
            }),
          );
        }, this.settings.connectTimeoutMs);
        socket.once(secure ? 'secureConnect' : 'connect', () => clearTimeout(timer));
        socket.once('close', () => clearTimeout(timer));
      });
      req.on('response', resolve);
      req.on('error', (error) => reject(asNetworkError(error, url.href)));
      req.end();
    });
  }
}
