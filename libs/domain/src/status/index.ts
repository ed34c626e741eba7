export {
  applyArticle,
  applyManualDeadline,
  countdownHold,
  expireUnconfirmed,
  phaseOf,
  type ManualDeadline,
  type StatusEvent,
  type StatusStep,
} from './machine';
export {
  initialTrackState,
  type ClassifiedArticle,
  type LedgerEntry,
  type PendingChange,
  type PendingDeadline,
  type TrackState,
} from './ledger';
export { DEFAULT_STATUS_POLICY, withPolicy, type StatusPolicy } from './policy';
export { stableEventId } from './ids';
export { attributionOf } from './attribution';
export {
  dealStageOf,
  PHASE_STATUS,
  phaseOfStatus,
  TRANSITIONS,
  type Observation,
  type Transition,
} from './lifecycle';
export {
  footingLine,
  footingOf,
  footingPrefix,
  phaseLabel,
  PHASE_LABELS,
  type StatusFooting,
} from './wording';
