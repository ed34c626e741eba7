/**
 * The part of the labeled news kept out of sight while rules are written and weights fitted: every id whose
 * last number ends in 0, 1 or 2 (n010, d1-002, d3-011 ...). `evaluate --holdout` and scripts/calibrate.ts share it.
 */
export const DEFAULT_HOLDOUT = /(?:^|\D)\d*[012]$/;

export function isHoldoutId(id: string, pattern: RegExp = DEFAULT_HOLDOUT): boolean {
  return pattern.test(id);
}
