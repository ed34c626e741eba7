import type { DomainEvent } from '@dw/domain';

/**
 * One way out to recipients (email, webhooks). Composition calls each channel once per event; the
 * channel records one delivery per recipient (unique per event and recipient) and enqueues send
 * jobs with stable ids (one per delivery or per group of them), so a retry of composition never
 * renders or sends twice.
 */
export interface NotificationChannel {
  readonly name: 'email' | 'webhook';
  fanOut(event: DomainEvent): Promise<number>;
}

export const NOTIFICATION_CHANNELS = Symbol('NOTIFICATION_CHANNELS');
