import type { ChangeFooting, DeadlineChangedData, StatusChangedData } from '../model/events';
import type { TrackPhase } from '../model/track';

export const PHASE_LABELS: Record<TrackPhase, string> = {
  unknown: 'Unknown',
  negotiating: 'Negotiating',
  stalled: 'Stalled',
  tariff_in_effect: 'Tariff in effect',
  framework_deal: 'Deal reached (framework)',
  implementation_stalled: 'Deal stalled in implementation',
  deal_finalised: 'Deal finalised',
  deal_signed: 'Deal signed',
  deal_implemented: 'Deal implemented',
  rethreatened: 'Deal threatened again',
};

export function phaseLabel(phase: TrackPhase): string {
  return PHASE_LABELS[phase] ?? phase;
}

function outletWords(outlets: number): string {
  return outlets === 1 ? 'one outlet' : `${outlets} outlets`;
}

const WITHDRAWN: Record<NonNullable<StatusChangedData['reason']>, string> = {
  denied: 'Withdrawn: the earlier report was denied.',
  not_confirmed_in_time:
    'Withdrawn: no second outlet or official statement confirmed the earlier report in time.',
  superseded: 'This replaces an earlier unconfirmed report.',
};

/**
 * One line on how well a status or deadline change stands, for mails, webhooks' readers and the
 * page: "Reported by one outlet, not yet confirmed.", "Confirmed: reported by 4 outlets.", ...
 */
export function footingLine(data: StatusChangedData | DeadlineChangedData): string | null {
  const parts: string[] = [];
  if ('manual' in data && data.manual) parts.push('Set by an editor.');
  else if (data.withdraws && data.reason && data.reason !== 'superseded') parts.push(WITHDRAWN[data.reason]);
  else if (data.confirmed === false) {
    const unnamed = data.evidence.every((e) => e.attribution === 'anonymous' || e.attribution === 'hedged');
    parts.push(
      `Reported by ${outletWords(data.outlets ?? 1)}, not yet confirmed${unnamed ? ' (it cites unnamed sources or hedges)' : ''}.`,
    );
  } else if (data.outlets !== undefined && data.outlets > 0)
    parts.push(`${data.confirms ? 'Confirmed: now reported' : 'Reported'} by ${outletWords(data.outlets)}.`);
  if (data.withdraws && data.reason === 'superseded') parts.push(WITHDRAWN.superseded);
  if (data.countdown === 'held')
    parts.push(
      'Countdown alerts for the current deadline are held until this move is confirmed or withdrawn.',
    );
  if (data.countdown === 'stopped')
    parts.push('The deadline no longer binds after this deal: countdown alerts stop.');
  return parts.length > 0 ? parts.join(' ') : null;
}

/** "Unconfirmed: " or "Withdrawn: " before a subject line, when it applies. */
export function footingPrefix(data: StatusChangedData | DeadlineChangedData): string {
  if (data.withdraws && data.reason !== 'superseded') return 'Withdrawn: ';
  if (data.confirmed === false) return 'Unconfirmed: ';
  return '';
}

/** What a history row keeps of a change's footing (everything but the from/to and evidence). */
export type StatusFooting = ChangeFooting & {
  fromPhase?: TrackPhase;
  phase?: TrackPhase;
  countdown?: 'stopped' | 'held';
  manual?: boolean;
  /** The footing line, as mails say it. */
  line?: string | null;
};

export function footingOf(data: StatusChangedData | DeadlineChangedData): StatusFooting {
  const { from: _from, to: _to, evidence: _evidence, ...rest } = data;
  return { ...(rest as StatusFooting), line: footingLine(data) };
}
