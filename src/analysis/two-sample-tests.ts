import { normalCdf, studentTCritical, studentTTwoSided } from './distributions.ts';
import type { Interval } from './interval.ts';

export interface SampleMoments {
  readonly mean: number;
  readonly sd: number;
  readonly n: number;
}

/**
 * Welch's t-test for a difference of two means with unequal variances (Welch 1947, Biometrika
 * 34:28), degrees of freedom by Welch–Satterthwaite, and the matching 95% interval of
 * mean_a − mean_b. Reach is far from normal (bimodal near a tipping point), so the test rests
 * on the central limit theorem for the means: fine from about 30 runs each, shaky below.
 */
export function welchTest(a: SampleMoments, b: SampleMoments): { difference: number; ci: Interval; pValue: number } {
  const difference = a.mean - b.mean;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) return { difference, ci: { low: difference, high: difference }, pValue: difference === 0 ? 1 : 0 };
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = studentTCritical(0.05, df) * se;
  return { difference, ci: { low: difference - half, high: difference + half }, pValue: studentTTwoSided(difference / se, df) };
}

/**
 * Two-proportion z-test with the pooled proportion (e.g. Agresti 2013, Categorical Data
 * Analysis, §3.1.3): for P(global) of two strategies. Normal approximation, good when each
 * group has a few global and a few non-global runs; with none in either group both shares
 * are equal and p = 1.
 */
export function twoProportionTest(successesA: number, nA: number, successesB: number, nB: number): { difference: number; pValue: number } {
  const difference = successesA / nA - successesB / nB;
  const pooled = (successesA + successesB) / (nA + nB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  return { difference, pValue: se > 0 ? 2 * normalCdf(-Math.abs(difference / se)) : 1 };
}
