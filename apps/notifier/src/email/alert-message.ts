import type { DomainEvent } from '@dw/domain';
import type { SubscriberRow } from '@dw/platform';

export interface RenderedMessage {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** Interim plain rendering for the walking skeleton; the templated renderer replaces it. */
export function renderAlert(
  event: DomainEvent,
  _subscriber: SubscriberRow,
  ctx: { publicUrl: string },
): RenderedMessage {
  const subject = `[${event.trackId}] ${event.type}`;
  const text = `${subject}\n\n${JSON.stringify(event.data, null, 2)}\n\nStatus page: ${ctx.publicUrl}/`;
  return { subject, text, html: `<pre>${escapeHtml(text)}</pre>`, headers: {} };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
