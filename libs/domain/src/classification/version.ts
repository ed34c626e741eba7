import { createHash } from 'node:crypto';
import { DEFAULT_TRACKS } from '../parties/default-tracks';
import { DEFAULT_FORBID } from './rules/signal-defaults';
import { SIGNAL_RULES } from './rules';
import { CALIBRATION } from './calibration';
import { CLASSIFIER_CODE_HASH } from './code-hash';
import { nlpPackageVersions } from './nlp/annotate';

/**
 * The classifier version is the content hash of everything that decides a result: the rule tables, the
 * polarities each signal forbids, the calibration weights, the default partner tracks, the code that reads
 * them (CLASSIFIER_CODE_HASH, kept true by code-hash.spec.ts) and the NLP packages' versions. Any change to them
 * gives a new version, so a backfill can tell every stored result apart without anyone remembering to bump it.
 */
export function contentVersion(parts: unknown): string {
  return `rules-${createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12)}`;
}

export const CLASSIFIER_VERSION = contentVersion({
  rules: SIGNAL_RULES,
  forbid: DEFAULT_FORBID,
  calibration: CALIBRATION,
  tracks: DEFAULT_TRACKS,
  code: CLASSIFIER_CODE_HASH,
  nlp: nlpPackageVersions(),
});
