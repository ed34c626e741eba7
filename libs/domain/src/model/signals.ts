export const SIGNAL_TYPES = [
  'talks_scheduled',
  'talks_held',
  'talks_cancelled',
  'proposal',
  'no_breakthrough',
  'deal_reached',
  'deadline_set',
  'deadline_extended',
  'tariff_threatened',
  'tariff_imposed',
  'tariff_reduced',
] as const;

export type SignalType = (typeof SIGNAL_TYPES)[number];

export function isSignalType(value: string): value is SignalType {
  return (SIGNAL_TYPES as readonly string[]).includes(value);
}
