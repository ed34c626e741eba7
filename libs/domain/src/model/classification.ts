import type { SignalType } from './signals';

export interface TaggedSignal {
  type: SignalType;
  /** 0..1 */
  confidence: number;
  /** The sentence that shows it. */
  evidence: string;
  /**
   * Who says so, when the classifier can tell: an on-record official act or statement, a named
   * but unofficial source, anonymous sources ("people familiar with the matter"), or hedged wording
   * ("reportedly", "is expected to"). When absent, the status machine reads it from the sentence.
   */
  attribution?: Attribution;
}

export const ATTRIBUTIONS = ['official', 'reported', 'anonymous', 'hedged'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

export interface Official {
  name: string;
  role?: string;
}

/** The classifier's verdict on one article (the `classify` output line, plus extras). */
export interface Classification {
  id: string;
  relevant: boolean;
  /** Main track first. */
  tracks: string[];
  signals: TaggedSignal[];
  /** YYYY-MM-DD for the main track, or null. */
  deadline: string | null;
  /** The sentence the deadline was read from. */
  deadline_evidence?: string;
  tariff_rates: number[];
  investments_usd?: number[];
  sectors?: string[];
  officials?: Official[];
  classifier_version?: string;
  /** Signals the article explicitly denies or retracts ("denied reports of a deal"). */
  denied?: TaggedSignal[];
}
