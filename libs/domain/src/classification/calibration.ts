import { CALIBRATION_WEIGHTS } from './calibration-weights';

/**
 * Per-signal Platt scaling: a rule's raw confidence r becomes sigmoid(a·logit(r) + b), fitted so that of the
 * signals tagged at about p, about p are right on the development data (scripts/calibrate.ts). A signal
 * without weights keeps its raw confidence.
 */
export const CALIBRATION = CALIBRATION_WEIGHTS;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function calibrate(signal: string, raw: number): number {
  const weights = CALIBRATION[signal];
  if (!weights) return raw;
  const clipped = Math.min(0.99, Math.max(0.01, raw));
  return sigmoid(weights.a * logit(clipped) + weights.b);
}
