import { poolSizeFor } from './database';

describe('poolSizeFor: connections for the workers sharing one pool', () => {
  it.each([
    [0, 10],
    [1, 10],
    [18, 10],
    [21, 11],
    [60, 24],
    [108, 40],
    // The all-in-one process: 64 webhook + 20 email + 8 poll + 4 notify + 1 classify + 1 schedule.
    [98, 37],
    [1000, 40],
  ])('%i jobs at once → %i connections', (concurrency, size) => {
    expect(poolSizeFor(concurrency)).toBe(size);
  });
});
