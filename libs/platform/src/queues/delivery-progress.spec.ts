import { DeliveryProgress } from './delivery-progress';

describe('DeliveryProgress: a channel that retries and delivers nothing is failing', () => {
  type Step = [at: number, delivered: number, retry: number, failing: string | null];
  it.each<[string, Step[]]>([
    [
      'delivering normally',
      [
        [0, 0, 0, null],
        [10_000, 5, 0, null],
        [30_000, 9, 2, null],
      ],
    ],
    [
      'relay down: retries only, failing once the window has passed',
      [
        [0, 3, 0, null],
        [5_000, 3, 4, null],
        [24_000, 3, 9, null],
        [25_000, 3, 9, 'email: 9 retries since 5000'],
      ],
    ],
    [
      'one delivery clears it',
      [
        [0, 3, 0, null],
        [5_000, 3, 4, null],
        [30_000, 3, 8, 'email: 8 retries since 5000'],
        [31_000, 4, 8, null],
        [60_000, 4, 8, null],
      ],
    ],
    [
      'retries and a delivery in the same interval are progress',
      [
        [5_000, 0, 4, null],
        [30_000, 1, 9, null],
        [60_000, 1, 9, null],
      ],
    ],
    [
      'an hour without a retry forgets it',
      [
        [5_000, 0, 4, null],
        [30_000, 0, 4, 'email: 4 retries since 5000'],
        [3_605_000, 0, 4, null],
      ],
    ],
  ])('%s', (_name, steps) => {
    const progress = new DeliveryProgress(20_000);
    for (const [at, delivered, retry, expected] of steps) {
      const failing = progress.update({ email: { delivered, retry } }, at);
      const said =
        failing.map((f) => `${f.channel}: ${f.retries} retries since ${f.failingSince}`)[0] ?? null;
      expect([at, said]).toEqual([at, expected]);
    }
  });
});
