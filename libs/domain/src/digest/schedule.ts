import { DateTime } from 'luxon';
import type { DigestCadence, Weekday } from '../subscriptions/subscription';

/** When a subscriber wants digests: local time of day in their IANA zone, daily or on one weekday. */
export interface DigestSchedule {
  cadence: DigestCadence;
  /** ISO weekday 1 (Monday) to 7 (Sunday); used for weekly only. */
  weekday?: Weekday | null;
  /** "HH:mm" local time. */
  time: string;
  timezone: string;
}

export interface DigestDueCheck {
  due: boolean;
  /** The slot being served when due (the latest slot at or before now), else null. */
  slot: Date | null;
  /** The first slot strictly after now; null when digests are off. */
  nextAt: Date | null;
}

/** Local days to look either side: a weekly slot is within 7 days, plus one for zone-offset edges. */
const WEEKLY_SEARCH_DAYS = 8;
const DAILY_SEARCH_DAYS = 2;

function parseTime(time: string): { hour: number; minute: number } {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59))
    throw new Error(`Invalid digest time "${time}"`);
  return { hour, minute };
}

/** Slot instants (ms) on the local days around `instant`, ascending. */
function slotsAround(schedule: DigestSchedule, instant: Date): number[] {
  if (schedule.cadence === 'off') return [];
  const { hour, minute } = parseTime(schedule.time);
  const local = DateTime.fromJSDate(instant, { zone: schedule.timezone });
  if (!local.isValid) throw new Error(`Invalid time zone "${schedule.timezone}"`);
  // Calendar stepping in UTC is cheap and exact for dates; only real candidates touch the zone.
  const today = DateTime.utc(local.year, local.month, local.day);
  const weekday = schedule.cadence === 'weekly' ? (schedule.weekday ?? 1) : null;
  const span = weekday === null ? DAILY_SEARCH_DAYS : WEEKLY_SEARCH_DAYS;
  const slots: number[] = [];
  for (let offset = -span; offset <= span; offset++) {
    const day = today.plus({ days: offset });
    if (weekday !== null && day.weekday !== weekday) continue;
    // A local time that does not exist (spring forward) is moved forward by luxon; an ambiguous
    // one (fall back) resolves to a single instant. Either way each local day yields one slot.
    const slot = DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, hour, minute },
      { zone: schedule.timezone },
    );
    slots.push(slot.toMillis());
  }
  return slots.sort((a, b) => a - b);
}

function latestOf(slots: number[], instant: Date): Date | null {
  const found = slots.filter((slot) => slot <= instant.getTime()).at(-1);
  return found === undefined ? null : new Date(found);
}

function nextOf(slots: number[], instant: Date): Date | null {
  const found = slots.find((slot) => slot > instant.getTime());
  return found === undefined ? null : new Date(found);
}

/** The latest slot at or before `instant`, or null when digests are off. */
export function latestDigestSlot(schedule: DigestSchedule, instant: Date): Date | null {
  return latestOf(slotsAround(schedule, instant), instant);
}

/** The first slot strictly after `instant`, or null when digests are off. */
export function nextDigestAt(schedule: DigestSchedule, instant: Date): Date | null {
  return nextOf(slotsAround(schedule, instant), instant);
}

/**
 * Whether a digest is due at `now`: the latest slot at or before now is later than the last
 * digest. `lastDigestAt` is the last digest instant, or the confirmation instant before the first
 * digest (so a new subscriber does not get one for a slot that passed before they confirmed).
 * After downtime spanning several slots, one digest is due, not one per missed slot.
 */
export function checkDigestDue(schedule: DigestSchedule, lastDigestAt: Date, now: Date): DigestDueCheck {
  if (schedule.cadence === 'off') return { due: false, slot: null, nextAt: null };
  const slots = slotsAround(schedule, now);
  const slot = latestOf(slots, now);
  const due = slot !== null && slot.getTime() > lastDigestAt.getTime();
  return { due, slot: due ? slot : null, nextAt: nextOf(slots, now) };
}
