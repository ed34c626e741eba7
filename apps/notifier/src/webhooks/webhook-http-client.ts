import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable } from '@nestjs/common';
import { assertPublicUrl, createGuardedAgents, type GuardedAgents } from '@dw/feeds';
import { type AppConfig, InjectConfig } from '@dw/platform';
import { WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';

export interface WebhookRequest {
  url: string;
  /** The bytes to send (or their text). */
  body: Buffer | string;
  headers: Record<string, string>;
}

/** What came back; `kind` matches the domain's AttemptResult so classifyAttempt can judge it. */
export type WebhookResponse =
  | {
      kind: 'response';
      status: number;
      retryAfter: string | null;
      excerpt: string;
      latencyMs: number;
    }
  | { kind: 'timeout'; error: string; latencyMs: number }
  | { kind: 'network_error'; error: string; latencyMs: number };

class RequestTimeout extends Error {}

/**
 * POSTs one signed delivery. The network guard runs twice: on the URL (IP literals, localhost
 * names) and in the agents' DNS lookup at connect time. Redirects are not followed (a 3xx is a
 * failed attempt). One hard timer covers connect, headers and the response excerpt.
 */
@Injectable()
export class WebhookHttpClient {
  private readonly agents: GuardedAgents;
  private readonly allowPrivateNetwork: boolean;

  constructor(
    @InjectConfig() config: AppConfig,
    @Inject(WEBHOOK_SETTINGS) private readonly settings: WebhookSettings,
  ) {
    this.allowPrivateNetwork = config.allowPrivateNetwork;
    this.agents = createGuardedAgents({
      allowPrivateNetwork: config.allowPrivateNetwork,
      maxSocketsPerHost: settings.maxSocketsPerHost,
      keepAlive: true,
    });
  }

  /** Called by the processor once its worker has finished the deliveries in flight. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  async post(request: WebhookRequest): Promise<WebhookResponse> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: URL;
    try {
      target = assertPublicUrl(request.url, { allowPrivateNetwork: this.allowPrivateNetwork });
    } catch (error) {
      return { kind: 'network_error', error: (error as Error).message, latencyMs: elapsed() };
    }
    const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
    const timeoutMs = this.settings.requestTimeoutMs;
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const finish = (result: WebhookResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const transport = target.protocol === 'https:' ? https : http;
      const req = transport.request(target, {
        method: 'POST',
        agent: target.protocol === 'https:' ? this.agents.https : this.agents.http,
        headers: {
          'content-type': 'application/json',
          'content-length': String(body.length),
          'user-agent': 'DeadlineWatch-Webhooks/0.1',
          ...request.headers,
        },
      });
      const timer = setTimeout(
        () => req.destroy(new RequestTimeout(`no complete answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const answer = (): void =>
          finish({
            kind: 'response',
            status: res.statusCode ?? 0,
            retryAfter: firstHeader(res.headers['retry-after']),
            excerpt: excerptOf(Buffer.concat(chunks), this.settings.responseExcerptBytes),
            latencyMs: elapsed(),
          });
        res.on('data', (chunk: Buffer) => {
          if (size >= this.settings.responseExcerptBytes) return;
          chunks.push(chunk);
          size += chunk.length;
          if (size >= this.settings.responseExcerptBytes) {
            answer();
            res.destroy();
          }
        });
        res.on('end', answer);
        res.on('error', answer);
        res.on('close', answer);
      });
      req.on('error', (error) => {
        const message = error instanceof RequestTimeout ? error.message : describeNetworkError(error);
        finish(
          error instanceof RequestTimeout
            ? { kind: 'timeout', error: message, latencyMs: elapsed() }
            : { kind: 'network_error', error: message, latencyMs: elapsed() },
        );
      });
      req.end(body);
    });
  }
}

function firstHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function excerptOf(bytes: Buffer, max: number): string {
  // Postgres text cannot hold NUL
  return bytes.subarray(0, max).toString('utf8').replaceAll('\u0000', '');
}

function describeNetworkError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
