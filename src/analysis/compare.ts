import type { Seed } from '../random/rng.ts';
import type { EnsembleSummary } from '../sim/index.ts';
import { explainComparison } from './compare-verdict.ts';
import { holmAdjust } from './holm.ts';
import { fromPair, type Interval } from './interval.ts';
import { mcnemarTest, pairedTTest } from './paired-tests.ts';
import { twoProportionTest, welchTest } from './two-sample-tests.ts';

/** One seeding strategy's ensemble, with what it cost (in any unit, the same for all). */
export interface VariantResult {
  label: string;
  seeds: number;
  cost: number;
  summary: EnsembleSummary;
  /**
   * Which coins summary.finalSizes came from: the ensemble's random seed and each run's index
   * (the records' `run`, in the order of finalSizes). Run i of any seeding draws the same coins
   * from (seed, i) (common random numbers), so two strategies with the same seed and the same
   * indices are compared run by run; without this, or when they differ, as independent samples.
   */
  coins?: { readonly seed: Seed; readonly runIndices: readonly number[] };
}

/** The tests a pair can get; `test` and `pGlobalTest` hold one of these (Welch's followed by why it is unpaired). */
export const TESTS = {
  pairedT: 'paired t-test on per-run differences (common random numbers)',
  welch: 'Welch’s t-test (unpaired)',
  mcnemarExact: 'McNemar’s exact test on the runs only one strategy took global',
  mcnemarChiSquare: 'McNemar’s χ² test on the runs only one strategy took global',
  twoProportion: 'two-proportion z-test (unpaired)',
} as const;

export interface VariantComparison {
  label: string;
  seeds: number;
  cost: number;
  meanReach: number;
  reachCi: Interval;
  pGlobal: number;
  pGlobalCi: Interval;
  reachPerCost: number;
  reachPerCostCi: Interval;
}

export interface PairComparison {
  a: string;
  b: string;
  /** Mean reach of a minus that of b, with the 95% interval and p-value of `test`. */
  reachDifference: number;
  ci: Interval;
  pValue: number;
  /** Holm–Bonferroni adjusted across all pairs; `significant` is adjustedPValue ≤ alpha. */
  adjustedPValue: number;
  significant: boolean;
  /** P(global) of a minus that of b, and the p-value of `pGlobalTest` (not adjusted). */
  pGlobalDifference: number;
  pGlobalPValue: number;
  /** Whether run i of a was compared with run i of b (same seed and run indices: the same coins). */
  paired: boolean;
  /** The test on mean reach: TESTS.pairedT, or TESTS.welch followed by “, as ” and why the runs could not be paired. */
  test: string;
  /** The test on P(global): McNemar's (exact or χ²) when paired, else the two-proportion z-test. */
  pGlobalTest: string;
  /** Paired only: runs where a went global and b did not, and the reverse (McNemar's b and c); else null. */
  discordant: { aOnly: number; bOnly: number } | null;
}

export interface ComparisonVerdict {
  /** The label with the highest mean reach. */
  best: string;
  rows: VariantComparison[];
  pairs: PairComparison[];
  /** Plain language: who reached most, which differences are significant, which cannot be told apart, reach per cost. */
  verdict: string;
}

/**
 * Seeding strategies under the same budget, each run as its own ensemble. For every pair, when
 * both ran the same runs with the same coins (`coins`: same seed and run indices), run i of one
 * is compared with run i of the other: a paired t-test on the per-run differences of reach and
 * McNemar's test on P(global); the luck both runs share cancels, so these see far smaller
 * differences than independent-sample tests. Otherwise Welch's t-test on mean reach and a
 * two-proportion test on P(global). Both t-tests give a 95% interval of the difference and rest
 * on its mean being near normal, which holds from about 30 runs however bimodal the reach.
 * Reach p-values are adjusted across all pairs by Holm–Bonferroni at level alpha (default
 * 0.05). Reach per unit of cost is mean reach / cost; the cost of a variant is fixed, so its
 * interval is the reach interval divided by the cost.
 */
export function compareVariants(
  results: readonly VariantResult[],
  options: { alpha?: number } = {},
): ComparisonVerdict {
  const { alpha = 0.05 } = options;
  if (results.length === 0) throw new RangeError('compareVariants needs at least one strategy');
  const labels = new Set<string>();
  for (const r of results) {
    if (labels.has(r.label))
      throw new RangeError(`Two strategies are both called “${r.label}”; give each its own label`);
    labels.add(r.label);
    if (!(Number.isFinite(r.cost) && r.cost > 0))
      throw new RangeError(`The cost of “${r.label}” must be a positive number, got ${r.cost}`);
    if (r.summary.runs < 2)
      throw new RangeError(
        `“${r.label}” has ${r.summary.runs} run(s); comparing needs at least 2 per strategy`,
      );
    if (r.coins && r.coins.runIndices.length !== r.summary.finalSizes.length) {
      throw new RangeError(
        `“${r.label}” gives ${r.coins.runIndices.length} run indices for ${r.summary.finalSizes.length} runs`,
      );
    }
  }
  const rows = results.map(toRow);
  const raw: Omit<PairComparison, 'adjustedPValue' | 'significant'>[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) raw.push(comparePair(results[i], results[j]));
  }
  const adjusted = holmAdjust(raw.map((p) => p.pValue));
  const pairs = raw.map((p, i) => ({
    ...p,
    adjustedPValue: adjusted[i],
    significant: adjusted[i] <= alpha,
  }));
  const best = rows.reduce((top, r) => (r.meanReach > top.meanReach ? r : top), rows[0]);
  return {
    best: best.label,
    rows,
    pairs,
    verdict: explainComparison(
      rows,
      pairs,
      best,
      results.map((r) => r.summary.runs),
    ),
  };
}

function toRow({ label, seeds, cost, summary }: VariantResult): VariantComparison {
  const reachCi = fromPair(summary.reach.ci95);
  return {
    label,
    seeds,
    cost,
    meanReach: summary.reach.mean,
    reachCi,
    pGlobal: summary.pGlobal.value,
    pGlobalCi: fromPair(summary.pGlobal.ci95),
    reachPerCost: summary.reach.mean / cost,
    reachPerCostCi: { low: reachCi.low / cost, high: reachCi.high / cost },
  };
}

function comparePair(
  a: VariantResult,
  b: VariantResult,
): Omit<PairComparison, 'adjustedPValue' | 'significant'> {
  const unpaired = whyUnpaired(a, b);
  return {
    a: a.label,
    b: b.label,
    ...(unpaired === null
      ? pairedTests(a.summary, b.summary)
      : unpairedTests(a.summary, b.summary, unpaired)),
  };
}

type PairTests = Omit<PairComparison, 'a' | 'b' | 'adjustedPValue' | 'significant'>;

/** Run i against run i: a paired t-test on reach, McNemar's test on going global. */
function pairedTests(a: EnsembleSummary, b: EnsembleSummary): PairTests {
  const t = pairedTTest(a.finalSizes, b.finalSizes);
  const globalA = isGlobal(a);
  const globalB = isGlobal(b);
  let aOnly = 0;
  let bOnly = 0;
  globalA.forEach((g, i) => {
    if (g && !globalB[i]) aOnly++;
    else if (!g && globalB[i]) bOnly++;
  });
  const mcnemar = mcnemarTest(aOnly, bOnly, globalA.length);
  return {
    reachDifference: t.difference,
    ci: t.ci,
    pValue: t.pValue,
    pGlobalDifference: mcnemar.difference,
    pGlobalPValue: mcnemar.pValue,
    paired: true,
    test: TESTS.pairedT,
    pGlobalTest: mcnemar.exact ? TESTS.mcnemarExact : TESTS.mcnemarChiSquare,
    discordant: { aOnly, bOnly },
  };
}

/** Independent samples: Welch's t-test on reach, the two-proportion test on P(global). */
function unpairedTests(a: EnsembleSummary, b: EnsembleSummary, reason: string): PairTests {
  const moments = (s: EnsembleSummary) => ({ mean: s.reach.mean, sd: s.reach.sd, n: s.runs });
  const t = welchTest(moments(a), moments(b));
  const globals = (s: EnsembleSummary) => isGlobal(s).filter(Boolean).length;
  const proportion = twoProportionTest(globals(a), a.runs, globals(b), b.runs);
  return {
    reachDifference: t.difference,
    ci: t.ci,
    pValue: t.pValue,
    pGlobalDifference: proportion.difference,
    pGlobalPValue: proportion.pValue,
    paired: false,
    test: `${TESTS.welch}, as ${reason}`,
    pGlobalTest: TESTS.twoProportion,
    discordant: null,
  };
}

/** Null when run i of a and run i of b share their coins for every i; else why they do not. */
function whyUnpaired(a: VariantResult, b: VariantResult): string | null {
  if (!a.coins || !b.coins)
    return 'it is not known which runs (seed and run indices) the strategies ran';
  // createRng keys its streams by String(seed): 42 and "42" draw the same coins.
  if (String(a.coins.seed) !== String(b.coins.seed))
    return 'the strategies were run with different random seeds';
  const [x, y] = [a.coins.runIndices, b.coins.runIndices];
  if (x.length !== y.length)
    return `the strategies ran different numbers of runs (${x.length} and ${y.length})`;
  if (x.some((run, i) => run !== y[i]))
    return 'the strategies ran different runs (their run indices differ)';
  return null;
}

/** Whether each run (in the order of finalSizes) went global. */
function isGlobal(s: EnsembleSummary): boolean[] {
  return s.finalSizes.map((x) => x >= s.pGlobal.minReach);
}
