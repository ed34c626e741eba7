import type { StatusChangedEvent } from '@dw/domain';

/** The status change both delivery benches send, with an id of its own per run. */
export function sampleStatusEvent(id: string): StatusChangedEvent {
  return {
    id,
    type: 'status.changed',
    trackId: 'kr-us',
    occurredAt: new Date().toISOString(),
    data: {
      from: 'negotiating',
      to: 'deal_reached',
      evidence: [
        {
          articleId: 'a',
          title: 'Seoul and Washington reach a deal',
          url: 'https://news.example/a',
          source: 'Local Daily',
          publishedAt: new Date().toISOString(),
          signal: 'deal_reached',
          sentence: 'The two sides reached a deal on Wednesday.',
        },
      ],
    },
  };
}
