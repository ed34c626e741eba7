import { SimulatedClock } from '../clock/clock';
import { checkDigestDue, latestDigestSlot, nextDigestAt, type DigestSchedule } from './schedule';

const seoulDaily: DigestSchedule = { cadence: 'daily', time: '08:00', timezone: 'Asia/Seoul' };
const newYorkDaily: DigestSchedule = { cadence: 'daily', time: '08:00', timezone: 'America/New_York' };
const iso = (d: Date | null) => d?.toISOString() ?? null;

function walk(schedule: DigestSchedule, from: string, to: string, stepMinutes = 15): string[] {
  const clock = new SimulatedClock(from);
  let last = clock.now();
  const sent: string[] = [];
  while (clock.now() < new Date(to)) {
    if (checkDigestDue(schedule, last, clock.now()).due) {
      last = clock.now();
      sent.push(last.toISOString());
    }
    clock.advance(stepMinutes * 60_000);
  }
  return sent;
}

describe('digest schedule', () => {
  it.each([
    [seoulDaily, '2025-07-29T23:01:00Z', '2025-07-30T22:59:00Z', false, null, '2025-07-30T23:00:00.000Z'],
    [
      seoulDaily,
      '2025-07-29T23:01:00Z',
      '2025-07-30T23:00:00Z',
      true,
      '2025-07-30T23:00:00.000Z',
      '2025-07-31T23:00:00.000Z',
    ],
    [
      seoulDaily,
      '2025-07-29T23:01:00Z',
      '2025-07-31T10:00:00Z',
      true,
      '2025-07-30T23:00:00.000Z',
      '2025-07-31T23:00:00.000Z',
    ],
    [newYorkDaily, '2025-07-30T12:00:00Z', '2025-07-31T11:59:00Z', false, null, '2025-07-31T12:00:00.000Z'],
    [
      newYorkDaily,
      '2025-07-30T12:00:00Z',
      '2025-07-31T12:00:00Z',
      true,
      '2025-07-31T12:00:00.000Z',
      '2025-08-01T12:00:00.000Z',
    ],
  ])('%j, last %s, at %s: due %p, slot %p, next %p', (schedule, last, now, due, slot, next) => {
    const result = checkDigestDue(schedule, new Date(last), new Date(now));
    expect([result.due, iso(result.slot), iso(result.nextAt)]).toEqual([due, slot, next]);
  });

  it('is not due again once sent for the slot', () => {
    const sentAt = new Date('2025-07-30T23:05:00Z');
    expect(checkDigestDue(seoulDaily, sentAt, new Date('2025-07-31T22:59:00Z')).due).toBe(false);
    expect(checkDigestDue(seoulDaily, sentAt, new Date('2025-07-31T23:00:00Z')).due).toBe(true);
  });

  it('sends one digest after downtime spanning several slots', () => {
    const result = checkDigestDue(
      seoulDaily,
      new Date('2025-07-20T23:00:00Z'),
      new Date('2025-07-25T03:00:00Z'),
    );
    expect([result.due, iso(result.slot)]).toEqual([true, '2025-07-24T23:00:00.000Z']);
  });

  it('does not serve a slot that passed before the subscriber confirmed', () => {
    const confirmedAt = new Date('2025-07-31T01:00:00Z');
    expect(checkDigestDue(seoulDaily, confirmedAt, new Date('2025-07-31T02:00:00Z')).due).toBe(false);
  });

  it('keeps 08:00 New York local across spring forward (EST to EDT)', () => {
    expect(walk(newYorkDaily, '2025-03-07T14:00:00Z', '2025-03-11T14:00:00Z')).toEqual([
      '2025-03-08T13:00:00.000Z',
      '2025-03-09T12:00:00.000Z',
      '2025-03-10T12:00:00.000Z',
      '2025-03-11T12:00:00.000Z',
    ]);
  });

  it('keeps 08:00 New York local across fall back (EDT to EST)', () => {
    expect(walk(newYorkDaily, '2025-10-31T14:00:00Z', '2025-11-04T00:00:00Z')).toEqual([
      '2025-11-01T12:00:00.000Z',
      '2025-11-02T13:00:00.000Z',
      '2025-11-03T13:00:00.000Z',
    ]);
  });

  it('sends once on a day whose local time is skipped or repeated', () => {
    const skipped: DigestSchedule = { cadence: 'daily', time: '02:30', timezone: 'America/New_York' };
    expect(walk(skipped, '2025-03-08T12:00:00Z', '2025-03-10T12:00:00Z', 5)).toEqual([
      '2025-03-09T07:30:00.000Z',
      '2025-03-10T06:30:00.000Z',
    ]);
    const repeated: DigestSchedule = { cadence: 'daily', time: '01:30', timezone: 'America/New_York' };
    expect(walk(repeated, '2025-11-01T12:00:00Z', '2025-11-03T12:00:00Z', 5)).toHaveLength(2);
  });

  it('sends weekly on the chosen weekday at local time', () => {
    const mondaySeoul: DigestSchedule = {
      cadence: 'weekly',
      weekday: 1,
      time: '08:00',
      timezone: 'Asia/Seoul',
    };
    expect(walk(mondaySeoul, '2025-07-01T00:00:00Z', '2025-07-29T00:00:00Z', 60)).toEqual([
      '2025-07-06T23:00:00.000Z',
      '2025-07-13T23:00:00.000Z',
      '2025-07-20T23:00:00.000Z',
      '2025-07-27T23:00:00.000Z',
    ]);
    const fridayNewYork: DigestSchedule = {
      cadence: 'weekly',
      weekday: 5,
      time: '17:45',
      timezone: 'America/New_York',
    };
    expect(iso(nextDigestAt(fridayNewYork, new Date('2025-11-01T00:00:00Z')))).toBe(
      '2025-11-07T22:45:00.000Z',
    );
    expect(iso(latestDigestSlot(fridayNewYork, new Date('2025-11-01T00:00:00Z')))).toBe(
      '2025-10-31T21:45:00.000Z',
    );
  });

  it('never fires when off', () => {
    const off: DigestSchedule = { cadence: 'off', time: '08:00', timezone: 'UTC' };
    expect(checkDigestDue(off, new Date(0), new Date('2025-07-31T00:00:00Z'))).toEqual({
      due: false,
      slot: null,
      nextAt: null,
    });
  });

  it('refuses a broken schedule', () => {
    expect(() => nextDigestAt({ ...seoulDaily, time: '8am' }, new Date())).toThrow();
    expect(() => nextDigestAt({ ...seoulDaily, timezone: 'Nowhere/City' }, new Date())).toThrow();
  });
});
