import type { EnsembleSummary } from '../sim/ensemble-summary.ts';
import { explainComparison } from './compare-verdict.ts';
import { holmAdjust } from './holm.ts';
import { fromPair, type Interval } from './interval.ts';
import { twoProportionTest, welchTest } from './two-sample-tests.ts';

/** One seeding strategy's ensemble, with what it cost (in any unit, the same for all). */
export interface VariantResult {
  label: string;
  seeds: number;
  cost: number;
  summary: EnsembleSummary;
}

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
  /** Mean reach of a minus that of b, with its Welch 95% interval. */
  reachDifference: number;
  ci: Interval;
  pValue: number;
  /** Holm–Bonferroni adjusted across all pairs; `significant` is adjustedPValue ≤ alpha. */
  adjustedPValue: number;
  significant: boolean;
  /** P(global) of a minus that of b, and its two-proportion test's p-value (not adjusted). */
  pGlobalDifference: number;
  pGlobalPValue: number;
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
 * Seeding strategies under the same budget, each run as its own ensemble. For every pair:
 * Welch's t-test on mean reach with its 95% interval (runs are independent draws, and the
 * means are near normal from about 30 runs however bimodal the reach), the p-values adjusted
 * across all pairs by Holm–Bonferroni at level alpha (default 0.05), and a two-proportion
 * test on P(global). Reach per unit of cost is mean reach / cost; the cost of a variant is
 * fixed, so its interval is the reach interval divided by the cost.
 */
export function compareVariants(results: readonly VariantResult[], options: { alpha?: number } = {}): ComparisonVerdict {
  const { alpha = 0.05 } = options;
  if (results.length === 0) throw new RangeError('compareVariants needs at least one strategy');
  const labels = new Set<string>();
  for (const r of results) {
    if (labels.has(r.label)) throw new RangeError(`Two strategies are both called “${r.label}”; give each its own label`);
    labels.add(r.label);
    if (!(Number.isFinite(r.cost) && r.cost > 0)) throw new RangeError(`The cost of “${r.label}” must be a positive number, got ${r.cost}`);
    if (r.summary.runs < 2) throw new RangeError(`“${r.label}” has ${r.summary.runs} run(s); comparing needs at least 2 per strategy`);
  }
  const rows = results.map(toRow);
  const raw: Omit<PairComparison, 'adjustedPValue' | 'significant'>[] = [];
  for (let i = 0; i < results.length; i++) {
    for (let j = i + 1; j < results.length; j++) raw.push(comparePair(results[i], results[j]));
  }
  const adjusted = holmAdjust(raw.map((p) => p.pValue));
  const pairs = raw.map((p, i) => ({ ...p, adjustedPValue: adjusted[i], significant: adjusted[i] <= alpha }));
  const best = rows.reduce((top, r) => (r.meanReach > top.meanReach ? r : top), rows[0]);
  return { best: best.label, rows, pairs, verdict: explainComparison(rows, pairs, best, results.map((r) => r.summary.runs)) };
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

function comparePair(a: VariantResult, b: VariantResult): Omit<PairComparison, 'adjustedPValue' | 'significant'> {
  const moments = (s: EnsembleSummary) => ({ mean: s.reach.mean, sd: s.reach.sd, n: s.runs });
  const t = welchTest(moments(a.summary), moments(b.summary));
  const proportion = twoProportionTest(globals(a.summary), a.summary.runs, globals(b.summary), b.summary.runs);
  return {
    a: a.label,
    b: b.label,
    reachDifference: t.difference,
    ci: t.ci,
    pValue: t.pValue,
    pGlobalDifference: proportion.difference,
    pGlobalPValue: proportion.pValue,
  };
}

function globals(s: EnsembleSummary): number {
  return s.finalSizes.filter((x) => x >= s.pGlobal.minReach).length;
}
