/**
 * The part of the labeled news kept out of sight while rules are written and weights fitted: every id whose
 * last number ends in 0, 1 or 2 (n010, d1-002, d3-011 ...). `evaluate --holdout` and scripts/calibrate.ts share it.
 */
export const DEFAULT_HOLDOUT = /(?:^|\D)\d*[012]$/;

/**
 * A `--holdout` option as written: "default" is DEFAULT_HOLDOUT, anything else a regular expression over ids. Every
 * command that keeps a part apart reads the option here, so "default" never becomes a pattern that matches nothing.
 */
export function holdoutPattern(option: string): RegExp {
  if (option === 'default') return DEFAULT_HOLDOUT;
  try {
    return new RegExp(option);
  } catch {
    throw new Error(`--holdout ${option}: not a regular expression over ids; give one, or "default"`);
  }
}

export function isHoldoutId(id: string, pattern: RegExp = DEFAULT_HOLDOUT): boolean {
  return pattern.test(id);
}
