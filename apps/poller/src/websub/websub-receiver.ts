import { Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { verifyHubChallenge, verifyHubSignature } from '@dw/feeds';
import { FeedsRepository, InjectClock } from '@dw/platform';
import { FeedReader } from '../feed-reader';
import { PollService } from '../poll.service';

export type Query = Record<string, string | string[] | undefined>;

export interface CallbackAnswer {
  status: number;
  body: string;
}

function param(query: Query, name: string): string | null {
  const value = query[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/** The callback side of WebSub: answers the hub's intent verification and takes signed pushes. */
@Injectable()
export class WebSubReceiver {
  private readonly logger = new Logger('WebSub');

  constructor(
    @InjectClock() private readonly clock: Clock,
    private readonly feeds: FeedsRepository,
    private readonly reader: FeedReader,
    private readonly polls: PollService,
  ) {}

  /** GET callback: echo hub.challenge only for a (un)subscription we asked for, on our topic. */
  async verify(feedId: number, query: Query): Promise<CallbackAnswer> {
    const feed = await this.feeds.find(feedId);
    const mode = param(query, 'hub.mode');
    const challenge = param(query, 'hub.challenge');
    if (!feed) {
      // a removed feed: confirming that we want nothing more is always true
      if (mode === 'unsubscribe' && challenge) return { status: 200, body: challenge };
      return { status: 404, body: 'no such feed' };
    }
    const unsubscribing = feed.websub_state === 'unsubscribing';
    const verdict = verifyHubChallenge(query, {
      topic: feed.websub_topic ?? feed.url,
      mode: unsubscribing ? 'unsubscribe' : 'subscribe',
      pending: feed.websub_state !== null && feed.websub_state !== 'failed',
    });
    if (!verdict.ok) {
      if (verdict.denied) {
        await this.feeds.recordWebSub(feedId, { state: 'denied', error: verdict.reason });
        this.logger.warn({ feedId, reason: verdict.reason }, 'websub subscription denied');
        return { status: 200, body: 'noted' };
      }
      return { status: verdict.status, body: verdict.reason };
    }
    if (verdict.mode === 'subscribe') {
      const lease = verdict.leaseSeconds;
      await this.feeds.recordWebSub(feedId, {
        state: 'subscribed',
        leaseExpiresAt: lease === null ? null : new Date(this.clock.now().getTime() + lease * 1000),
      });
      this.logger.log({ feedId, leaseSeconds: lease }, 'websub subscription verified');
    }
    return { status: 200, body: verdict.challenge };
  }

  /** POST callback: a content distribution, taken only with a valid X-Hub-Signature. */
  async push(
    feedId: number,
    body: Buffer,
    contentType: string | null,
    signature: string | null,
  ): Promise<CallbackAnswer> {
    const feed = await this.feeds.find(feedId);
    if (!feed) return { status: 410, body: 'no such feed: unsubscribe' };
    const secret = feed.websub_secret;
    if (!secret || feed.websub_state === null || feed.websub_state === 'unsubscribing')
      return { status: 410, body: 'no subscription for this feed' };
    if (!verifyHubSignature(body, signature, secret)) {
      this.logger.warn({ feedId }, 'websub push refused: bad or missing X-Hub-Signature');
      return { status: 403, body: 'X-Hub-Signature is missing or does not match' };
    }
    const read = await this.reader.readBody(body, contentType, {
      feedId,
      url: feed.websub_topic ?? feed.url,
      source: feed.source,
    });
    if (read.status === 'error') return { status: 400, body: read.reason };
    const now = this.clock.now();
    const fresh = await this.polls.takeAll(read.articles, feed, now);
    await this.feeds.recordPush(feedId, now, fresh);
    this.logger.log({ feedId, items: read.articles.length, new: fresh }, 'websub push taken');
    return { status: 202, body: JSON.stringify({ items: read.articles.length, newArticles: fresh }) };
  }
}
