import type { DomainEvent } from '@dw/domain';
import type { SubscriberRow } from '@dw/platform';
import { wants } from './email-channel';

const subscriber = (tracks: string[], events: string[]) => ({ tracks, events }) as unknown as SubscriberRow;
const event = (type: DomainEvent['type'], trackId = 'kr-us') => ({ type, trackId }) as DomainEvent;

describe('wants', () => {
  it.each([
    [[], [], 'status.changed', 'kr-us', true],
    [[], [], 'deadline.countdown', 'jp-us', true],
    [['kr-us'], [], 'status.changed', 'jp-us', false],
    [['kr-us'], ['deadline.countdown'], 'status.changed', 'kr-us', false],
    [['kr-us'], ['deadline.countdown'], 'deadline.countdown', 'kr-us', true],
    [[], [], 'article.classified', 'kr-us', false],
  ] as const)('tracks %j events %j gets %s on %s: %p', (tracks, events, type, trackId, expected) => {
    expect(wants(subscriber([...tracks], [...events]), event(type, trackId))).toBe(expected);
  });
});
