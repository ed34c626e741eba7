import type { SignalType } from '../model/signals';
import type { TrackStatus } from '../model/track';

export const TRACK_STATUS_LABELS: Record<TrackStatus, string> = {
  unknown: 'Unknown',
  negotiating: 'Negotiating',
  stalled: 'Stalled',
  deal_reached: 'Deal reached',
  tariff_in_effect: 'Tariff in effect',
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  talks_scheduled: 'Talks scheduled',
  talks_held: 'Talks held',
  talks_cancelled: 'Talks cancelled',
  proposal: 'Proposal',
  no_breakthrough: 'No breakthrough',
  deal_reached: 'Deal reached',
  deadline_set: 'Deadline set',
  deadline_extended: 'Deadline extended',
  tariff_threatened: 'Tariff threatened',
  tariff_imposed: 'Tariff imposed',
  tariff_reduced: 'Tariff reduced',
};

export function statusLabel(status: TrackStatus): string {
  return TRACK_STATUS_LABELS[status] ?? status;
}

export function signalLabel(signal: SignalType): string {
  return SIGNAL_LABELS[signal] ?? signal;
}
