export { applyArticle, type StatusStep } from './machine';
export { initialTrackState, type ClassifiedArticle, type LedgerEntry, type TrackState } from './ledger';
export { DEFAULT_STATUS_POLICY, withPolicy, type StatusPolicy } from './policy';
export { stableEventId } from './ids';
