import { SimulatedClock } from '@dw/domain/clock/clock';

describe('SimulatedClock', () => {
  it.each([
    ['2025-07-01T00:00:00Z', 60_000, '2025-07-01T00:01:00.000Z'],
    ['2025-07-31T23:00:00Z', 3_600_000, '2025-08-01T00:00:00.000Z'],
  ])('from %s advanced by %d ms reads %s', (start, ms, expected) => {
    const clock = new SimulatedClock(start);
    clock.advance(ms);
    expect(clock.now().toISOString()).toBe(expected);
  });
});
