import { SimulatedClock, type StatusChangedEvent } from '@dw/domain';
import type { AppConfig, SubscriberRow } from '@dw/platform';
import { EmailMessages } from './email-messages';
import { LinkTokens } from './link-tokens';
import { SecretKeyProvider } from './secret-key.provider';

const config = {
  publicUrl: 'https://dw.example',
  secretKey: 'spec-secret-0123456789abcdef',
  dataDir: '/x',
} as AppConfig;
const messages = new EmailMessages(
  config,
  new LinkTokens(new SecretKeyProvider(config), new SimulatedClock('2025-07-25T00:00:00Z')),
);
const event: StatusChangedEvent = {
  id: 'status.changed:kr-us:1',
  type: 'status.changed',
  trackId: 'kr-us',
  occurredAt: '2025-07-30T02:00:00.000Z',
  data: {
    from: 'negotiating',
    to: 'deal_reached',
    evidence: [
      {
        articleId: 'a',
        title: 'Deal <b>done</b> & signed',
        url: 'https://news.example/a?x=1&y=2',
        source: 'Yonhap',
        publishedAt: '2025-07-30T01:00:00Z',
        signal: 'deal_reached',
        sentence: 'They reached a deal.',
      },
    ],
  },
};
const track = {
  id: 'kr-us',
  name: 'South Korea – US',
  deadline: { at: '2025-08-01T04:01:00.000Z', timezone: 'America/New_York' },
};
const subscriber = (id: number, timezone: string) => ({ id, timezone }) as SubscriberRow;

describe('EmailMessages.alertsFor', () => {
  it('renders exactly what a per-recipient render gives, for each zone and recipient', () => {
    const render = messages.alertsFor(event, track);
    for (const s of [
      subscriber(1, 'Asia/Seoul'),
      subscriber(2, 'America/New_York'),
      subscriber(3, 'Asia/Seoul'),
    ]) {
      const fast = render(s);
      expect(fast).toEqual(messages.alert(event, s, track));
      expect(fast?.html).not.toContain('DWSTANDIN');
      expect(fast?.headers['List-Unsubscribe']).toContain('/api/unsubscribe?token=');
    }
  });
});
