import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Clock } from '@dw/domain';
import { hubSubscriptionForm } from '@dw/feeds';
import { type AppConfig, type FeedRow, FeedsRepository, InjectClock, InjectConfig } from '@dw/platform';
import { POLLER_SETTINGS, type PollerSettings } from '../poller-settings';
import { HubClient } from './hub-client';

export type SubscribeOutcome = 'requested' | 'not-due' | 'failed';

const USER_AGENT = 'DeadlineWatch-WebSub/0.1';

/** Asks hubs for pushes: subscribes when a feed advertises a hub, renews before the lease ends, unsubscribes on removal. */
@Injectable()
export class WebSubSubscriber {
  private readonly logger = new Logger('WebSub');

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectClock() private readonly clock: Clock,
    @Inject(POLLER_SETTINGS) private readonly settings: PollerSettings,
    private readonly feeds: FeedsRepository,
    private readonly hub: HubClient,
  ) {}

  callbackUrl(feedId: number): string {
    return `${this.config.publicUrl}/websub/${feedId}`;
  }

  /** Sends a subscription request when none is live or pending for this topic; at most one poller does. */
  async ensureSubscribed(feed: FeedRow, topic: string): Promise<SubscribeOutcome> {
    if (!feed.hub_url) return 'not-due';
    const now = this.clock.now();
    const claimed = await this.feeds.claimWebSubRequest(feed.id, {
      topic,
      secret: randomBytes(24).toString('base64url'),
      now,
      renewBy: new Date(now.getTime() + this.settings.webSubRenewBeforeMs),
      staleBefore: new Date(now.getTime() - this.settings.webSubPendingTimeoutMs),
    });
    if (!claimed?.websub_secret) return 'not-due';
    const form = hubSubscriptionForm({
      mode: 'subscribe',
      topic,
      callback: this.callbackUrl(feed.id),
      secret: claimed.websub_secret,
      leaseSeconds: this.settings.webSubLeaseSeconds,
    });
    const answer = await this.hub.postForm(feed.hub_url, form, USER_AGENT);
    if (answer.ok) {
      this.logger.log({ feedId: feed.id, hub: feed.hub_url, topic }, 'websub subscription requested');
      return 'requested';
    }
    await this.feeds.recordWebSub(feed.id, { state: 'failed', error: answer.reason });
    this.logger.warn({ feedId: feed.id, hub: feed.hub_url, error: answer.reason }, 'websub subscribe failed');
    return 'failed';
  }

  /** Renews leases that end soon and retries requests the hub never verified. */
  async renewDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.feeds.webSubRenewalsDue(
      new Date(now.getTime() + this.settings.webSubRenewBeforeMs),
      new Date(now.getTime() - this.settings.webSubPendingTimeoutMs),
    );
    let requested = 0;
    for (const feed of due) {
      if ((await this.ensureSubscribed(feed, feed.websub_topic ?? feed.url)) === 'requested') requested++;
    }
    return requested;
  }

  /** Best effort, before a feed is removed: the hub stops pushing (a push for a gone feed gets 410 anyway). */
  async unsubscribe(feed: FeedRow): Promise<void> {
    if (!feed.hub_url || !feed.websub_state || feed.websub_state === 'failed') return;
    await this.feeds.recordWebSub(feed.id, { state: 'unsubscribing' });
    const form = hubSubscriptionForm({
      mode: 'unsubscribe',
      topic: feed.websub_topic ?? feed.url,
      callback: this.callbackUrl(feed.id),
    });
    const answer = await this.hub.postForm(feed.hub_url, form, USER_AGENT);
    if (!answer.ok) this.logger.warn({ feedId: feed.id, error: answer.reason }, 'websub unsubscribe failed');
  }
}
