import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/analysis/holm.ts';
import { compareVariants, type VariantResult } from '../../src/analysis/index.ts';
import { syntheticSummary } from './synthetic.ts';

/**
 * A strategy whose runs go global with probability p (global runs reach ≈ 500 of 1 000). Each
 * draws its own random numbers and gives no `coins`, so these comparisons are unpaired (Welch's
 * t-test, two-proportion test); the paired tests are in compare-paired.test.ts.
 */
function variant(label: string, p: number, seed: string, cost = 1, runs = 500): VariantResult {
  return { label, seeds: 1, cost, summary: syntheticSummary(0.5, p, { runs, seed }) };
}

describe('compareVariants', () => {
  it('finds no significant difference between two runs of the same strategy', () => {
    const c = compareVariants([variant('Random', 0.4, 'a'), variant('Degree discount', 0.4, 'b')]);
    expect(c.pairs).toHaveLength(1);
    const [pair] = c.pairs;
    expect(pair.significant).toBe(false);
    expect(pair.pValue).toBeGreaterThan(0.05);
    expect(pair.ci.low).toBeLessThan(0);
    expect(pair.ci.high).toBeGreaterThan(0);
    expect(pair.adjustedPValue).toBe(pair.pValue); // one comparison: nothing to adjust
    expect(pair).toMatchObject({
      paired: false,
      pGlobalTest: 'two-proportion z-test (unpaired)',
      discordant: null,
    });
    expect(pair.test).toBe(
      'Welch’s t-test (unpaired), as it is not known which runs (seed and run indices) the strategies ran',
    );
    expect(c.verdict).toContain(`Test on mean reach: ${pair.test}.`);
    expect(c.verdict).toContain('are not significantly different (p = ');
    expect(c.verdict).toContain('with 500 runs each, this experiment cannot tell them apart.');
  });

  it('finds a clear difference significant, with the difference and its interval', () => {
    const c = compareVariants([
      variant('1 opinion leader', 0.2, 'a', 20),
      variant('20 small accounts', 0.6, 'b', 20),
    ]);
    const [pair] = c.pairs;
    expect(c.best).toBe('20 small accounts');
    expect(pair.significant).toBe(true);
    expect(pair.pValue).toBeLessThan(1e-6);
    const rows = Object.fromEntries(c.rows.map((r) => [r.label, r]));
    expect(pair.reachDifference).toBeCloseTo(
      rows['1 opinion leader'].meanReach - rows['20 small accounts'].meanReach,
      9,
    );
    expect(pair.ci.high).toBeLessThan(0);
    expect(pair.pGlobalDifference).toBeCloseTo(
      rows['1 opinion leader'].pGlobal - rows['20 small accounts'].pGlobal,
      12,
    );
    expect(pair.pGlobalPValue).toBeLessThan(1e-6);
    expect(c.verdict).toMatch(
      /^“20 small accounts” reached the most \(mean \d+ people, 95% CI \d+–\d+; global in \d+% of runs\) — significantly more than “1 opinion leader” \(p < 0\.001\)\./,
    );
    expect(c.verdict).toContain(
      'Every strategy costs 20, so reach per unit of cost ranks them as reach does.',
    );
  });

  it('adjusts across pairs by Holm and names the pairs it cannot tell apart', () => {
    const c = compareVariants([
      variant('A', 0.6, 'a'),
      variant('B', 0.6, 'b'),
      variant('C', 0.3, 'c'),
      variant('D', 0.31, 'd'),
    ]);
    expect(c.pairs).toHaveLength(6);
    const raw = c.pairs.map((p) => p.pValue);
    expect(c.pairs.map((p) => p.adjustedPValue)).toEqual(holmAdjust(raw));
    for (const p of c.pairs) expect(p.adjustedPValue).toBeGreaterThanOrEqual(p.pValue);
    const tied = c.pairs.filter((p) => !p.significant).map((p) => [p.a, p.b].sort().join(''));
    expect(tied.sort()).toEqual(['AB', 'CD']);
    expect(c.verdict).toContain('Not significantly different:');
    expect(c.verdict).toContain('p-values are Holm-adjusted for 6 comparisons.');
    expect(['A', 'B']).toContain(c.best);
  });

  it('gives reach per unit of cost with the reach interval scaled by the cost', () => {
    const c = compareVariants([
      variant('1 opinion leader', 0.6, 'a', 50),
      variant('Random', 0.5, 'b', 5),
    ]);
    const random = c.rows.find((r) => r.label === 'Random')!;
    expect(random.reachPerCost).toBeCloseTo(random.meanReach / 5, 12);
    expect(random.reachPerCostCi.low).toBeCloseTo(random.reachCi.low / 5, 12);
    expect(random.reachPerCostCi.high).toBeCloseTo(random.reachCi.high / 5, 12);
    expect(c.verdict).toMatch(
      /Per unit of cost, “Random” reached the most: \d+(\.\d+)? people per unit \(95% CI [\d.]+–[\d.]+\), against [\d.]+ for “1 opinion leader”\./,
    );
  });

  it('warns below 30 runs, handles a single strategy, and rejects bad input', () => {
    expect(
      compareVariants([variant('A', 0.5, 'a', 1, 20), variant('B', 0.5, 'b', 1, 20)]).verdict,
    ).toContain('fewer than 30 runs');
    expect(compareVariants([variant('Only', 0.5, 'a')]).verdict).toMatch(
      /^Only “Only” was run .*nothing to compare it with\.$/,
    );
    expect(() => compareVariants([])).toThrow(RangeError);
    expect(() => compareVariants([variant('A', 0.5, 'a'), variant('A', 0.5, 'b')])).toThrow(
      /both called “A”/,
    );
    expect(() => compareVariants([variant('A', 0.5, 'a', 0)])).toThrow(/cost of “A”/);
    expect(() => compareVariants([variant('A', 0.5, 'a', 1, 1)])).toThrow(/at least 2/);
  });
});

describe('holmAdjust', () => {
  it('multiplies the i-th smallest p by (m − i) and keeps the order monotone', () => {
    // Sorted 0.01, 0.02, 0.03, 0.04 → 0.04, 0.06, 0.06 (monotone), 0.04 → 0.06 as well.
    expect(holmAdjust([0.04, 0.01, 0.03, 0.02]).map((p) => Number(p.toFixed(12)))).toEqual([
      0.06, 0.04, 0.06, 0.06,
    ]);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
    expect(holmAdjust([])).toEqual([]);
  });
});
