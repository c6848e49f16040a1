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
export function welchTest(a: SampleMoments, b: SampleMoments): MeanDifferenceTest {
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  return tInference(
    a.mean - b.mean,
    Math.sqrt(va + vb),
    (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1)),
  );
}

/** A mean difference with its 95% interval and two-sided p-value against 0. */
export interface MeanDifferenceTest {
  difference: number;
  ci: Interval;
  pValue: number;
}

/**
 * The t inference shared by the Welch and paired tests: T = difference / se on df degrees of
 * freedom, p = P(|T| ≥ |t|), interval difference ± t₀.₉₇₅(df)·se. With se = 0 (no spread at
 * all) the difference is known exactly: p is 1 if it is 0, else 0.
 */
export function tInference(difference: number, se: number, df: number): MeanDifferenceTest {
  if (se === 0)
    return {
      difference,
      ci: { low: difference, high: difference },
      pValue: difference === 0 ? 1 : 0,
    };
  const half = studentTCritical(0.05, df) * se;
  return {
    difference,
    ci: { low: difference - half, high: difference + half },
    pValue: studentTTwoSided(difference / se, df),
  };
}

/**
 * Two-proportion z-test with the pooled proportion (e.g. Agresti 2013, Categorical Data
 * Analysis, §3.1.3): for P(global) of two strategies. Normal approximation, good when each
 * group has a few global and a few non-global runs; with none in either group both shares
 * are equal and p = 1.
 */
export function twoProportionTest(
  successesA: number,
  nA: number,
  successesB: number,
  nB: number,
): { difference: number; pValue: number } {
  const difference = successesA / nA - successesB / nB;
  const pooled = (successesA + successesB) / (nA + nB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / nA + 1 / nB));
  return { difference, pValue: se > 0 ? twoSidedNormal(difference / se) : 1 };
}

/** P(|Z| ≥ |z|) for a standard normal Z, capped at 1 (the erfc fit gives 2Φ(0) = 1 + 3e-8). */
export function twoSidedNormal(z: number): number {
  return Math.min(1, 2 * normalCdf(-Math.abs(z)));
}
