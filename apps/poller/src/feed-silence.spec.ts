import { failingSince, isSilent } from './feed-silence';

const H = 3600_000;
const created = new Date('2025-07-20T00:00:00Z');
const at = (hours: number): Date => new Date(created.getTime() + hours * H);

describe('feed silence', () => {
  it.each([
    [
      'working',
      { consecutive_failures: 0, last_success_at: at(1), created_at: created },
      at(20),
      null,
      false,
    ],
    [
      'failing briefly',
      { consecutive_failures: 2, last_success_at: at(1), created_at: created },
      at(5),
      at(1),
      false,
    ],
    [
      'failing for 6 h exactly',
      { consecutive_failures: 5, last_success_at: at(1), created_at: created },
      at(7),
      at(1),
      false,
    ],
    [
      'failing for longer',
      { consecutive_failures: 9, last_success_at: at(1), created_at: created },
      at(8),
      at(1),
      true,
    ],
    [
      'never worked since it was added',
      { consecutive_failures: 3, last_success_at: null, created_at: created },
      at(7),
      created,
      true,
    ],
  ])('%s', (_label, feed, now, since, silent) => {
    expect(failingSince(feed)).toEqual(since);
    expect(isSilent(feed, now, 6 * H)).toBe(silent);
  });
});
