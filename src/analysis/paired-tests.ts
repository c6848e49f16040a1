import { type MeanDifferenceTest, tInference, twoSidedNormal } from './two-sample-tests.ts';

/**
 * Paired t-test (Student 1908, "The probable error of a mean", Biometrika 6:1; e.g. Rice 2007,
 * Mathematical Statistics and Data Analysis, §11.3) on the per-pair differences dᵢ = aᵢ − bᵢ:
 * t = d̄ / (s_d/√n) on n − 1 degrees of freedom, 95% interval d̄ ± t₀.₉₇₅(n − 1)·s_d/√n. For
 * runs that share their random numbers (common random numbers) the luck common to both
 * cancels in dᵢ, so s_d is far smaller than the spread of either sample and the test far
 * stronger than Welch's. Like Welch's it rests on the central limit theorem for d̄.
 */
export function pairedTTest(a: readonly number[], b: readonly number[]): MeanDifferenceTest {
  if (a.length !== b.length)
    throw new RangeError(
      `A paired test needs samples of the same length, got ${a.length} and ${b.length}`,
    );
  const n = a.length;
  if (n < 2) throw new RangeError(`A paired test needs at least 2 pairs, got ${n}`);
  const d = a.map((x, i) => x - b[i]);
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return tInference(mean, Math.sqrt(variance / n), n - 1);
}

/** Below this many discordant pairs McNemar's test is exact (binomial); from it, the χ² approximation. */
export const MCNEMAR_EXACT_BELOW = 25;

export interface McNemarResult {
  /** P(a) − P(b) = (aOnly − bOnly) / pairs: the concordant pairs cancel. */
  difference: number;
  pValue: number;
  /** Whether pValue is the exact binomial one (fewer than MCNEMAR_EXACT_BELOW discordant pairs). */
  exact: boolean;
}

/**
 * McNemar's test (McNemar 1947, "Note on the sampling error of the difference between correlated
 * proportions or percentages", Psychometrika 12:153) for two proportions measured on the same
 * pairs. Only discordant pairs carry information: aOnly = b pairs where only a succeeded, bOnly =
 * c where only b did. Under equal proportions, given b + c, b ~ Binomial(b + c, 1/2). With
 * b + c < 25 the exact conditional test, p = min(1, 2·P(X ≤ min(b, c))), which never exceeds its
 * level (it is conservative); from 25 the asymptotic test without continuity correction,
 * χ² = (b − c)²/(b + c) on 1 degree of freedom, i.e. p = 2Φ(−|b − c|/√(b + c)), whose excess
 * over the level Fagerland, Lydersen & Laake (2013, "The McNemar test for binary matched-pairs
 * data: mid-p and asymptotic are better than exact conditional", BMC Med Res Methodol 13:91)
 * find small (they also recommend the mid-p test, not used here). No discordant pair: p = 1.
 */
export function mcnemarTest(aOnly: number, bOnly: number, pairs: number): McNemarResult {
  if (
    !(
      aOnly >= 0 &&
      bOnly >= 0 &&
      Number.isInteger(aOnly) &&
      Number.isInteger(bOnly) &&
      aOnly + bOnly <= pairs
    )
  ) {
    throw new RangeError(
      `McNemar's test needs whole discordant counts within the ${pairs} pairs, got ${aOnly} and ${bOnly}`,
    );
  }
  const discordant = aOnly + bOnly;
  const difference = (aOnly - bOnly) / pairs;
  if (discordant < MCNEMAR_EXACT_BELOW)
    return {
      difference,
      pValue: Math.min(1, 2 * halfBinomialCdf(Math.min(aOnly, bOnly), discordant)),
      exact: true,
    };
  return {
    difference,
    pValue: twoSidedNormal((aOnly - bOnly) / Math.sqrt(discordant)),
    exact: false,
  };
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), summing C(n, j)/2ⁿ term by term (exact enough for the small n it is used with). */
function halfBinomialCdf(k: number, n: number): number {
  let term = 0.5 ** n;
  let sum = term;
  for (let j = 0; j < k; j++) sum += term *= (n - j) / (j + 1);
  return sum;
}
