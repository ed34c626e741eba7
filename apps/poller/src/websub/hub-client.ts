import http from 'node:http';
import https from 'node:https';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { assertPublicUrl, createGuardedAgents, type GuardedAgents } from '@dw/feeds';
import { type AppConfig, InjectConfig } from '@dw/platform';
import { POLLER_SETTINGS, type PollerSettings } from '../poller-settings';

export type HubResponse = { ok: true; status: number } | { ok: false; reason: string };

const EXCERPT_BYTES = 300;

/**
 * Sends subscription requests to WebSub hubs through the network guard (URL literals, then the DNS
 * answer at connect time), with one hard timeout; redirects are not followed.
 */
@Injectable()
export class HubClient implements OnApplicationShutdown {
  private readonly agents: GuardedAgents;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @Inject(POLLER_SETTINGS) private readonly settings: PollerSettings,
  ) {
    this.agents = createGuardedAgents({
      allowPrivateNetwork: config.allowPrivateNetwork,
      keepAlive: false,
      ...(settings.lookup ? { lookup: settings.lookup } : {}),
    });
  }

  onApplicationShutdown(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  async postForm(hubUrl: string, form: string, userAgent: string): Promise<HubResponse> {
    let target: URL;
    try {
      target = assertPublicUrl(hubUrl, { allowPrivateNetwork: this.config.allowPrivateNetwork });
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
    const body = Buffer.from(form, 'utf8');
    const secure = target.protocol === 'https:';
    return new Promise<HubResponse>((resolve) => {
      let settled = false;
      const finish = (result: HubResponse): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const req = (secure ? https : http).request(target, {
        method: 'POST',
        agent: secure ? this.agents.https : this.agents.http,
        lookup: this.agents.lookup,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(body.length),
          'user-agent': userAgent,
        },
      });
      const timer = setTimeout(
        () => req.destroy(new Error(`the hub did not answer within ${this.settings.totalTimeoutMs} ms`)),
        this.settings.totalTimeoutMs,
      );
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const answer = (): void => {
          if (status >= 200 && status < 300) {
            finish({ ok: true, status });
            return;
          }
          const excerpt = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8').trim();
          finish({ ok: false, reason: `the hub answered ${status}${excerpt ? `: ${excerpt}` : ''}` });
        };
        res.on('data', (chunk: Buffer) => {
          if (size < EXCERPT_BYTES) chunks.push(chunk);
          size += chunk.length;
          if (size >= EXCERPT_BYTES) res.destroy();
        });
        res.on('end', answer);
        res.on('close', answer);
        res.on('error', answer);
      });
      req.on('error', (error) => finish({ ok: false, reason: error.message }));
      req.end(body);
    });
  }
}
