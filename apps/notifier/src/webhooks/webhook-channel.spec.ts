import type { DomainEvent } from '@dw/domain';
import { wants } from './webhook-channel';

const event = (type: DomainEvent['type'], trackId = 'kr-us') => ({ type, trackId }) as DomainEvent;

describe('which endpoints an event goes to', () => {
  it.each([
    [[], [], 'status.changed', 'kr-us', true],
    [[], [], 'deadline.countdown', 'jp-us', true],
    [[], [], 'article.classified', 'kr-us', false],
    [['article.classified'], [], 'article.classified', 'kr-us', true],
    [['article.classified'], [], 'status.changed', 'kr-us', false],
    [[], ['kr-us'], 'status.changed', 'kr-us', true],
    [[], ['kr-us'], 'status.changed', 'jp-us', false],
    [['deadline.changed'], ['jp-us', 'kr-us'], 'deadline.changed', 'kr-us', true],
  ] as const)('events %p tracks %p: %s on %s -> %p', (events, tracks, type, trackId, expected) => {
    expect(wants({ events: [...events], tracks: [...tracks] }, event(type, trackId))).toBe(expected);
  });
});
