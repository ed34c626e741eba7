import type { DomainEvent } from '../model/events';

/** The Standard Webhooks payload shape: {type, timestamp, data}; data carries the event id and track. */
export interface WebhookPayload {
  type: DomainEvent['type'];
  timestamp: string;
  data: { id: string; trackId: string } & DomainEvent['data'];
}

export function webhookPayload(event: DomainEvent): WebhookPayload {
  return {
    type: event.type,
    timestamp: event.occurredAt,
    data: { id: event.id, trackId: event.trackId, ...event.data },
  };
}

/** The exact body bytes that are signed and sent. */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify(webhookPayload(event));
}
