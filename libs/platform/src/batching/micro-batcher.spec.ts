import { MicroBatcher } from './micro-batcher';

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('MicroBatcher', () => {
  it('sends requests made in one turn as one batch and answers each in order', async () => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher<number, number>({
      run: async (items) => {
        calls.push(items);
        return items.map((n) => n * 10);
      },
      maxSize: 100,
    });
    const answers = await Promise.all([1, 2, 3].map((n) => batcher.add(n)));
    expect(answers).toEqual([10, 20, 30]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it.each([
    { maxSize: 2, items: 5, expected: [[0, 1], [2, 3], [4]] },
    { maxSize: 10, items: 3, expected: [[0, 1, 2]] },
    { maxSize: 1, items: 2, expected: [[0], [1]] },
  ])('splits at maxSize $maxSize', async ({ maxSize, items, expected }) => {
    const calls: number[][] = [];
    const batcher = new MicroBatcher<number, null>({
      run: async (batch) => {
        calls.push(batch);
        return batch.map(() => null);
      },
      maxSize,
      maxInFlight: 10,
    });
    await Promise.all(Array.from({ length: items }, (_, i) => batcher.add(i)));
    expect(calls).toEqual(expected);
  });

  it('holds requests while the in-flight limit is reached, then sends them together', async () => {
    const gate = deferred<void>();
    const calls: number[][] = [];
    const batcher = new MicroBatcher<number, number>({
      run: async (batch) => {
        calls.push(batch);
        if (calls.length === 1) await gate.promise;
        return batch;
      },
      maxSize: 100,
      maxInFlight: 1,
    });
    const first = batcher.add(1);
    await new Promise((r) => setImmediate(r));
    const later = [batcher.add(2), batcher.add(3)];
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual([[1]]);
    expect(batcher.pending).toBe(3);
    gate.resolve();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3]);
    expect(calls).toEqual([[1], [2, 3]]);
    await batcher.settled();
    expect(batcher.pending).toBe(0);
  });

  it('rejects every request of a failed batch, and keeps serving later ones', async () => {
    let fail = true;
    const batcher = new MicroBatcher<number, number>({
      run: async (batch) => {
        if (fail) throw new Error('database down');
        return batch;
      },
      maxSize: 10,
    });
    const failed = await Promise.allSettled([batcher.add(1), batcher.add(2)]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await batcher.add(3)).toBe(3);
  });

  it('rejects a batch whose answer has the wrong length', async () => {
    const batcher = new MicroBatcher<number, number>({ run: async () => [], maxSize: 10 });
    await expect(batcher.add(1)).rejects.toThrow(/answered 0 results/);
  });
});
