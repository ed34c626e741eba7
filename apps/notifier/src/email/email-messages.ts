import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@dw/domain';
import type { DigestContent } from '@dw/domain/digest';
import type { SubscriptionRequest } from '@dw/domain/subscriptions';
import { DEFAULT_TOKEN_TTL_SECONDS } from '@dw/domain/tokens';
import { type AppConfig, InjectConfig, type SubscriberRow, type TrackRow } from '@dw/platform';
import { LinkTokens } from './link-tokens';
import { renderEmail, type RenderContext, type RenderedEmail, type TrackInfo } from './render';

/** What a delivery row keeps: the rendered message, so a send after a crash sends exactly this. */
export interface StoredMail {
  kind: 'confirmation' | 'alert' | 'digest';
  html: string;
  text: string;
  headers: Record<string, string>;
}

/**
 * Or a reference to a body shared by many recipients (email_bodies), rendered with stand-ins
 * for each recipient's links: the sender puts the recipient's own links in at sending time.
 */
export interface SharedMailRef {
  kind: 'alert';
  bodyId: number;
}

export function storedMail(kind: StoredMail['kind'], rendered: RenderedEmail): StoredMail {
  return { kind, html: rendered.html, text: rendered.text, headers: rendered.headers };
}

export function trackInfo(row: TrackRow): TrackInfo {
  return {
    id: row.id,
    name: row.name,
    deadline: row.deadline_at
      ? { at: row.deadline_at.toISOString(), timezone: row.deadline_timezone ?? 'UTC' }
      : null,
    status: row.status as TrackInfo['status'],
  };
}

const UNSUBSCRIBE_STAND_IN = 'DWSTANDINUNSUBSCRIBETOKEN';
const PREFERENCES_STAND_IN = 'DWSTANDINPREFERENCESTOKEN';

/** Renders each kind of message for one recipient: their zone, their signed links. */
@Injectable()
export class EmailMessages {
  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly tokens: LinkTokens,
  ) {}

  /** An alert for an event, or null for an event that email does not carry. */
  alert(event: DomainEvent, subscriber: SubscriberRow, track: TrackInfo): RenderedEmail | null {
    return this.renderAlert(event, track, this.contextFor(subscriber));
  }

  /**
   * Alerts for one event to many recipients. Recipients differ only by time zone and by their two
   * signed links, so each zone is rendered once with stand-in tokens (alertTemplate) and each
   * recipient's own tokens are put in place (personalize).
   */
  alertsFor(event: DomainEvent, track: TrackInfo): (subscriber: SubscriberRow) => RenderedEmail | null {
    const byZone = new Map<string, RenderedEmail | null>();
    return (subscriber) => {
      let template = byZone.get(subscriber.timezone);
      if (template === undefined) {
        template = this.alertTemplate(event, track, subscriber.timezone);
        byZone.set(subscriber.timezone, template);
      }
      return template ? this.personalize(template, subscriber.id) : null;
    };
  }

  /** An alert as every recipient in one zone gets it, with stand-ins for their links; null if email does not carry it. */
  alertTemplate(event: DomainEvent, track: TrackInfo, timezone: string): RenderedEmail | null {
    return this.renderAlert(event, track, {
      publicUrl: this.config.publicUrl,
      timezone,
      unsubscribeToken: UNSUBSCRIBE_STAND_IN,
      preferencesToken: PREFERENCES_STAND_IN,
    });
  }

  /** A template's stand-ins replaced by one recipient's signed links (URL-safe: unchanged by escaping). */
  personalize(template: RenderedEmail, subscriberId: number): RenderedEmail {
    const unsubscribe = this.tokens.sign('unsubscribe', subscriberId);
    const preferences = this.tokens.sign('preferences', subscriberId);
    const fill = (text: string) =>
      text.split(UNSUBSCRIBE_STAND_IN).join(unsubscribe).split(PREFERENCES_STAND_IN).join(preferences);
    return {
      subject: fill(template.subject),
      html: fill(template.html),
      text: fill(template.text),
      headers: Object.fromEntries(Object.entries(template.headers).map(([k, v]) => [k, fill(v)])),
    };
  }

  private renderAlert(event: DomainEvent, track: TrackInfo, ctx: RenderContext): RenderedEmail | null {
    switch (event.type) {
      case 'status.changed':
        return renderEmail('status.changed', { event, track }, ctx);
      case 'deadline.changed':
        return renderEmail('deadline.changed', { event, track }, ctx);
      case 'deadline.countdown':
        return renderEmail('deadline.countdown', { event, track }, ctx);
      default:
        return null;
    }
  }

  digest(content: DigestContent, subscriber: SubscriberRow): RenderedEmail {
    return renderEmail('digest', { content }, this.contextFor(subscriber));
  }

  confirmation(
    subscriberId: number,
    subscription: SubscriptionRequest,
    trackNames: string[],
    now: Date,
  ): RenderedEmail {
    const ttl = DEFAULT_TOKEN_TTL_SECONDS.confirm;
    return renderEmail(
      'confirmation',
      {
        subscription,
        trackNames,
        confirmToken: this.tokens.sign('confirm', subscriberId, ttl),
        expiresAt: new Date(now.getTime() + ttl * 1000),
      },
      { publicUrl: this.config.publicUrl, timezone: subscription.timezone },
    );
  }

  private contextFor(subscriber: SubscriberRow): RenderContext {
    return {
      publicUrl: this.config.publicUrl,
      timezone: subscriber.timezone,
      unsubscribeToken: this.tokens.sign('unsubscribe', subscriber.id),
      preferencesToken: this.tokens.sign('preferences', subscriber.id),
    };
  }
}
