import type { SignalType } from '../model/signals';
import type { TrackPhase, TrackStatus } from '../model/track';
import type { LedgerEntry } from './ledger';

/** Each phase shows as one of the coarse statuses the API and events have always carried. */
export const PHASE_STATUS: Record<TrackPhase, TrackStatus> = {
  unknown: 'unknown',
  negotiating: 'negotiating',
  stalled: 'stalled',
  tariff_in_effect: 'tariff_in_effect',
  framework_deal: 'deal_reached',
  implementation_stalled: 'stalled',
  deal_finalised: 'deal_reached',
  deal_signed: 'deal_reached',
  deal_implemented: 'deal_reached',
  rethreatened: 'negotiating',
};

/** The phase a state stored before phases existed is in. */
export function phaseOfStatus(status: TrackStatus): TrackPhase {
  return status === 'deal_reached' ? 'framework_deal' : status;
}

export const PRE_DEAL: readonly TrackPhase[] = ['unknown', 'negotiating', 'stalled'];
export const DEAL_PHASES: readonly TrackPhase[] = [
  'framework_deal',
  'deal_finalised',
  'deal_signed',
  'deal_implemented',
];

/**
 * What the news can establish. `ongoing` is the weighed balance of talks against stalls before a
 * deal (not high-impact); every other observation is read from the reports since the current phase
 * began and needs corroboration (or an official statement) to be confirmed.
 */
export type Observation =
  | 'ongoing'
  | 'deal_framework'
  | 'deal_finalised'
  | 'deal_signed'
  | 'deal_implemented'
  | 'deal_stall'
  | 'tariff_imposed'
  | 'rethreat';

export interface Transition {
  from: readonly TrackPhase[];
  on: Observation;
  /** `ongoing` lands on negotiating or stalled, whichever the balance says. */
  to: TrackPhase | 'ongoing';
  /** Higher wins when several are confirmed by the same article. */
  priority: number;
}

/** Every change of phase the machine can make; README "Status and its life" draws the same table. */
export const TRANSITIONS: readonly Transition[] = [
  { from: PRE_DEAL, on: 'ongoing', to: 'ongoing', priority: 1 },
  { from: PRE_DEAL, on: 'tariff_imposed', to: 'tariff_in_effect', priority: 5 },
  { from: [...PRE_DEAL, 'tariff_in_effect'], on: 'deal_framework', to: 'framework_deal', priority: 6 },
  { from: [...PRE_DEAL, 'tariff_in_effect'], on: 'deal_finalised', to: 'deal_finalised', priority: 7 },
  { from: [...PRE_DEAL, 'tariff_in_effect'], on: 'deal_signed', to: 'deal_signed', priority: 8 },
  { from: ['framework_deal', 'deal_finalised'], on: 'deal_stall', to: 'implementation_stalled', priority: 4 },
  {
    from: ['framework_deal', 'implementation_stalled', 'rethreatened'],
    on: 'deal_finalised',
    to: 'deal_finalised',
    priority: 7,
  },
  {
    from: ['framework_deal', 'implementation_stalled', 'deal_finalised', 'rethreatened'],
    on: 'deal_signed',
    to: 'deal_signed',
    priority: 8,
  },
  { from: ['deal_finalised', 'deal_signed'], on: 'deal_implemented', to: 'deal_implemented', priority: 9 },
  {
    from: [...DEAL_PHASES, 'implementation_stalled'],
    on: 'rethreat',
    to: 'rethreatened',
    priority: 3,
  },
  { from: ['rethreatened'], on: 'tariff_imposed', to: 'tariff_in_effect', priority: 5 },
];

/** A confirmed denial of what defines the phase sends it back to the talks. */
export const DENIABLE: Partial<Record<TrackPhase, SignalType>> = {
  framework_deal: 'deal_reached',
  tariff_in_effect: 'tariff_imposed',
};

/** How far a deal has come, read from the sentence that reports it. */
export type DealStage = 'framework' | 'finalised' | 'signed';
const SIGNED =
  /\bsign(?:ed|s|ing)? (?:off on )?(?:the |a |an |their |its )?(?:\w+ ){0,3}(?:deal|agreement|pact|accord|memorandum|mou)\b|\b(?:deal|agreement|pact|accord|memorandum|mou) (?:was |were |is |has been )?(?:signed|inked)\b|\bfact ?sheet\b|\bmemorandum of understanding\b|\bMOU\b|\binked\b/i;
const FINALISED =
  /\bfinali[sz](?:e|ed|es|ing|ation)\b|\bfinal (?:trade )?(?:deal|agreement|accord|pact)\b|\bseal(?:ed|s|ing)?\b|\bformali[sz](?:e|ed|es|ing)\b/i;

/** Background: the deal named as the framework one, or an act dated to an earlier month. */
const BACKGROUND =
  /\bframework (?:deal|agreement|accord|pact)\b|\b(?:in|since|back in|earlier in|last) (?:January|February|March|April|May|June|July|August|September|October|November|December|month|year)\b|\bearlier this (?:month|year)\b|\bmonths? ago\b/i;

export function dealStageOf(sentence: string): DealStage {
  if (BACKGROUND.test(sentence)) return 'framework';
  if (SIGNED.test(sentence)) return 'signed';
  if (FINALISED.test(sentence)) return 'finalised';
  return 'framework';
}

const STAGE_RANK: Record<DealStage, number> = { framework: 1, finalised: 2, signed: 3 };
const OBSERVED_STAGE: Partial<Record<Observation, DealStage>> = {
  deal_framework: 'framework',
  deal_finalised: 'finalised',
  deal_signed: 'signed',
};

/** Words that a tariff is raised again, not merely mentioned. */
const RAISE =
  /\b(?:rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|ris(?:e|es|ing)|back to|restor(?:e|ed|es|ing)|reinstat(?:e|ed|es|ing)|snap ?back|revert(?:ed|s|ing)?|return(?:ed|s|ing)? to)\b/i;
/** Words that a tariff cut or order has taken effect. */
const IN_FORCE =
  /\bFederal Register\b|\bretroactive(?:ly)?\b|\b(?:took|takes|take|went|go(?:es)?|come|came|comes) (?:into )?effect\b|\binto force\b|\bimplement(?:ed|ing|s)?\b|\beffective (?:from|as of)\b/i;

/** A deal named as the goal of the talks is not a deal reported. */
const GOAL =
  /\b(?:goal|aim|target|bid|hopes?|push|efforts?|race|seek\w*|pursu\w*|work(?:ing)? toward)\b[^.;]{0,40}\b(?:deal|agreement|package|accord)\b/i;

/** The ledger entries that show an observation (undenied reports only). */
export function showsObservation(observation: Observation, entry: LedgerEntry): boolean {
  if (entry.denied) return false;
  const stage = OBSERVED_STAGE[observation];
  if (stage)
    return (
      entry.signal === 'deal_reached' &&
      !GOAL.test(entry.sentence) &&
      STAGE_RANK[dealStageOf(entry.sentence)] >= STAGE_RANK[stage]
    );
  switch (observation) {
    case 'deal_stall':
      return entry.signal === 'no_breakthrough' || entry.signal === 'talks_cancelled';
    case 'tariff_imposed':
      return entry.signal === 'tariff_imposed';
    case 'rethreat':
      return entry.signal === 'tariff_threatened' && RAISE.test(entry.sentence);
    case 'deal_implemented':
      return (
        (entry.signal === 'tariff_reduced' || entry.signal === 'tariff_imposed') &&
        IN_FORCE.test(entry.sentence)
      );
    default:
      return false;
  }
}

/** The signals whose denial withdraws an unconfirmed change towards a phase. */
export function definingSignals(phase: TrackPhase): SignalType[] {
  if (DEAL_PHASES.includes(phase)) return ['deal_reached'];
  if (phase === 'tariff_in_effect') return ['tariff_imposed'];
  if (phase === 'implementation_stalled' || phase === 'stalled')
    return ['no_breakthrough', 'talks_cancelled'];
  if (phase === 'rethreatened') return ['tariff_threatened'];
  return [];
}
