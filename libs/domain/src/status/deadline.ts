import { DateTime } from 'luxon';
import type { TrackDeadline } from '../model/track';
import { assess, type Verdict } from './confirmation';
import type { LedgerEntry, TrackState } from './ledger';
import { DEAL_PHASES, phaseOfStatus } from './lifecycle';
import type { StatusPolicy } from './policy';

const DAY_MS = 24 * 3_600_000;

function deadlineInstant(date: string, current: TrackDeadline | null, policy: StatusPolicy): TrackDeadline {
  const zone = current?.timezone ?? policy.defaultDeadlineZone;
  const time = current
    ? DateTime.fromISO(current.at, { zone }).toFormat('HH:mm')
    : policy.defaultDeadlineTime;
  const at = DateTime.fromISO(`${date}T${time}`, { zone });
  return { at: at.toUTC().toISO() ?? `${date}T00:00:00.000Z`, timezone: zone };
}

/**
 * The deadline the reports now point to, if it differs from the current one: the most recently
 * reported future date, unless the current date was restated after it. After a deal only a date
 * that comes with a threat or an extension (a new pause, a new ultimatum) counts.
 */
export function nextDeadline(
  state: TrackState,
  now: number,
  policy: StatusPolicy,
): { deadline: TrackDeadline; date: string; verdict: Verdict } | null {
  const ledger: LedgerEntry[] = state.ledger;
  const currentDate = state.deadline
    ? DateTime.fromISO(state.deadline.at, { zone: state.deadline.timezone }).toISODate()
    : null;
  const afterDeal = DEAL_PHASES.includes(state.phase ?? phaseOfStatus(state.status));
  const needsThreat = afterDeal || state.deadlineBinding === false;
  // Dates a day apart are one deadline told in two time zones (8 July in Washington is 9 July in Seoul).
  const sameDeadline = (a: string, b: string) =>
    Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) <= DAY_MS;
  const restatesCurrent = (date: string) => currentDate !== null && sameDeadline(date, currentDate);
  const latestForCurrent = Math.max(
    -Infinity,
    ...ledger.filter((entry) => entry.deadline && restatesCurrent(entry.deadline)).map((entry) => entry.at),
  );
  const isFormer = (date: string) =>
    (state.formerDeadlines ?? []).some((former) => sameDeadline(date, former));
  const byDate = new Map<string, LedgerEntry[]>();
  for (const entry of ledger) {
    if (!entry.deadline || entry.denied || restatesCurrent(entry.deadline)) continue;
    // A deadline already moved away from (give or take a day of time zones) is mentioned as background.
    if (isFormer(entry.deadline)) continue;
    if (entry.at <= (state.dismissedDeadlines?.[entry.deadline] ?? -Infinity)) continue;
    if (entry.at < latestForCurrent) continue;
    if (needsThreat && !entry.withThreat) continue;
    if (Date.parse(`${entry.deadline}T23:59:59Z`) < now) continue;
    byDate.set(entry.deadline, [...(byDate.get(entry.deadline) ?? []), entry]);
  }
  const highImpact = policy.deadlineMoveIsHighImpact && state.deadline !== null;
  const pending = state.pendingDeadline;
  let best: { date: string; verdict: Verdict } | null = null;
  for (const [date, entries] of byDate) {
    const verdict = assess(
      entries,
      policy,
      highImpact,
      pending?.date === date ? pending.since : undefined,
      policy.provisionalDeadlineMinConfidence,
    );
    if (!verdict) continue;
    const better =
      !best ||
      (verdict.confirmed && !best.verdict.confirmed) ||
      (verdict.confirmed === best.verdict.confirmed && verdict.at > best.verdict.at);
    if (better) best = { date, verdict };
  }
  return best ? { deadline: deadlineInstant(best.date, state.deadline, policy), ...best } : null;
}
