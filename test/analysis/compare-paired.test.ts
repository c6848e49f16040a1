import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holmAdjust } from '../../src/analysis/holm.ts';
import {
  compareVariants,
  mcnemarTest,
  pairedTTest,
  COMPARISON_TESTS as TESTS,
  type VariantResult,
} from '../../src/analysis/index.ts';
import { MCNEMAR_EXACT_BELOW } from '../../src/analysis/paired-tests.ts';
import { welchTest } from '../../src/analysis/two-sample-tests.ts';
import { main } from '../../src/cli/main.ts';
import { createRng } from '../../src/random/rng.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { fakeIo } from '../cli/fake-io.ts';
import { GLOBAL_FRACTION, NODES, record } from './synthetic.ts';

const indices = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

/** A strategy whose run i reached reach[i] (global from 100 of 1 000), drawn with `coins` if given. */
function variant(
  label: string,
  reach: readonly number[],
  coins?: VariantResult['coins'],
): VariantResult {
  return {
    label,
    seeds: 1,
    cost: 1,
    summary: summarizeEnsemble(
      reach.map((r, i) => record(i, r)),
      NODES,
      GLOBAL_FRACTION,
    ),
    coins,
  };
}

/**
 * Two strategies run with common random numbers, as runComparison does: run i of both draws the
 * same coins (u decides going global, v the size of a small cascade, w of a global one).
 * A goes global when u < pA, B when u < pB, and A's seeding adds `extra(x)` people per run for a
 * further coin x. So A is ahead run by run by a little, while reach varies a lot across runs.
 */
function crnPair(seed: string, runs: number, pA: number, pB: number, extra: (x: number) => number) {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    const rng = createRng(seed, 'run', i);
    const [u, v, w, x] = [rng(), rng(), rng(), rng()];
    const small = 1 + Math.floor(-3 * Math.log(1 - v));
    const big = Math.floor(NODES * (0.45 + 0.1 * w));
    a.push((u < pA ? big : small) + extra(x));
    b.push(u < pB ? big : small);
  }
  return { a, b };
}

/** The same two samples compared paired (with their shared coins) and unpaired (without). */
function bothWays(a: readonly number[], b: readonly number[]) {
  const coins = { seed: 'crn', runIndices: indices(a.length) };
  const paired = compareVariants([variant('A', a, coins), variant('B', b, coins)]).pairs[0];
  const unpaired = compareVariants([variant('A', a), variant('B', b)]).pairs[0];
  return { paired, unpaired };
}

describe('pairedTTest', () => {
  it('matches a hand computation: d = 1, 2, 3 gives t = 2√3 on 2 df', () => {
    // d̄ = 2, s_d = 1, se = 1/√3, t = 2√3. With 2 df, P(|T| ≥ t) = 1 − t/√(2 + t²) = 1 − √(6/7),
    // and t₀.₉₇₅ solves t/√(2 + t²) = 0.95: t₀.₉₇₅ = 0.95·√(2/0.0975) = 4.30265.
    const t = pairedTTest([3, 5, 9], [2, 3, 6]);
    expect(t.difference).toBe(2);
    expect(t.pValue).toBeCloseTo(1 - Math.sqrt(6 / 7), 9);
    const half = (0.95 * Math.sqrt(2 / 0.0975)) / Math.sqrt(3);
    expect(t.ci.low).toBeCloseTo(2 - half, 8);
    expect(t.ci.high).toBeCloseTo(2 + half, 8);
  });

  it('matches Student’s sleep data (Cushny & Peebles 1905; R: t.test(extra ~ group, sleep, paired = TRUE))', () => {
    const drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    // R and SciPy: t = −4.0621, df = 9, p = 0.002833, 95% CI −2.4599 to −0.7001.
    const t = pairedTTest(drug1, drug2);
    expect(t.difference).toBeCloseTo(-1.58, 12);
    expect(t.pValue).toBeCloseTo(0.00283289, 7);
    expect(t.ci.low).toBeCloseTo(-2.45988576, 6);
    expect(t.ci.high).toBeCloseTo(-0.70011424, 6);
    // Unpaired, the same numbers are not significant (R: Welch p = 0.07939).
    const moments = (x: number[]) => {
      const mean = x.reduce((s, v) => s + v, 0) / x.length;
      return {
        mean,
        sd: Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / (x.length - 1)),
        n: x.length,
      };
    };
    expect(welchTest(moments(drug1), moments(drug2)).pValue).toBeCloseTo(0.07939, 4);
  });

  it('knows a difference exactly when every pair differs alike, and rejects unpaired input', () => {
    expect(pairedTTest([5, 6, 7], [3, 4, 5])).toEqual({
      difference: 2,
      ci: { low: 2, high: 2 },
      pValue: 0,
    });
    expect(pairedTTest([5, 6, 7], [5, 6, 7])).toEqual({
      difference: 0,
      ci: { low: 0, high: 0 },
      pValue: 1,
    });
    expect(() => pairedTTest([1, 2, 3], [1, 2])).toThrow(/same length/);
    expect(() => pairedTTest([1], [2])).toThrow(/at least 2 pairs/);
  });

  const samples = fc
    .integer({ min: 2, max: 60 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: n, maxLength: n }),
      ),
    );

  it('property: swapping the samples flips the difference and its interval and keeps the p-value', () => {
    fc.assert(
      fc.property(samples, ([a, b]) => {
        const ab = pairedTTest(a, b);
        const ba = pairedTTest(b, a);
        expect(ba.difference).toBeCloseTo(-ab.difference, 9);
        expect(ba.ci.low).toBeCloseTo(-ab.ci.high, 9);
        expect(ba.ci.high).toBeCloseTo(-ab.ci.low, 9);
        expect(ba.pValue).toBe(ab.pValue);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ab.ci.low).toBeLessThanOrEqual(ab.difference);
        expect(ab.ci.high).toBeGreaterThanOrEqual(ab.difference);
      }),
    );
  });

  it('property: adding the same constant to every run of both leaves the test unchanged', () => {
    fc.assert(
      fc.property(samples, fc.integer({ min: -1_000_000, max: 1_000_000 }), ([a, b], k) => {
        expect(
          pairedTTest(
            a.map((x) => x + k),
            b.map((x) => x + k),
          ),
        ).toEqual(pairedTTest(a, b));
      }),
    );
  });
});

describe('mcnemarTest', () => {
  it('matches Agresti’s prime-minister approval example (χ² = 17.36, p = 3.1e-5)', () => {
    // Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed., Table 8.1: 1 600
    // people in two surveys, 150 approve → disapprove and 86 disapprove → approve; z = 4.17,
    // χ² = 64²/236 = 17.356 (R: mcnemar.test(correct = FALSE), p-value = 3.099e-05).
    const m = mcnemarTest(150, 86, 1600);
    expect(m.exact).toBe(false);
    expect(m.difference).toBeCloseTo(64 / 1600, 12);
    expect(m.pValue).toBeCloseTo(3.0993e-5, 8);
  });

  it('is the exact binomial test below 25 discordant pairs', () => {
    // b = 1, c = 8: 2·P(X ≤ 1), X ~ Bin(9, 1/2) = 2·(1 + 9)/512 = 0.0390625.
    expect(mcnemarTest(1, 8, 30)).toEqual({ difference: -7 / 30, pValue: 0.0390625, exact: true });
    expect(mcnemarTest(0, 5, 5).pValue).toBe(2 / 32);
    // b = 3, c = 9: 2·(1 + 12 + 66 + 220)/4096 (SciPy binomtest(3, 12): 0.14599609375).
    expect(mcnemarTest(3, 9, 40).pValue).toBeCloseTo(0.14599609375, 12);
    expect(mcnemarTest(0, 0, 40)).toEqual({ difference: 0, pValue: 1, exact: true });
    expect(mcnemarTest(7, 7, 40).pValue).toBe(1);
    expect(mcnemarTest(12, 12, 40).exact).toBe(true);
    expect(mcnemarTest(13, 12, 40).exact).toBe(false);
    expect(MCNEMAR_EXACT_BELOW).toBe(25);
    expect(mcnemarTest(20, 20, 40).pValue).toBe(1); // capped: the normal fit's 2Φ(0) is 1 + 3e-8
    expect(() => mcnemarTest(30, 20, 40)).toThrow(RangeError);
    expect(() => mcnemarTest(1.5, 2, 40)).toThrow(RangeError);
  });

  it('property: swapping the strategies flips the difference and keeps the p-value', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.nat(200), (b, c, concordant) => {
        const n = b + c + concordant + 1;
        const bc = mcnemarTest(b, c, n);
        const cb = mcnemarTest(c, b, n);
        expect(cb.difference + bc.difference).toBe(0);
        expect(cb.pValue).toBe(bc.pValue);
        expect(bc.pValue).toBeGreaterThan(0);
        expect(bc.pValue).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('compareVariants with common random numbers', () => {
  it('pairs runs by index and says so: paired t on reach, McNemar on P(global)', () => {
    const { a, b } = crnPair('paired', 300, 0.42, 0.4, (x) => Math.floor(-2 * Math.log(1 - x)));
    const coins = { seed: 7, runIndices: indices(300) };
    const c = compareVariants([variant('A', a, coins), variant('B', b, coins)]);
    const [pair] = c.pairs;
    expect(pair.paired).toBe(true);
    expect(pair.test).toBe('paired t-test on per-run differences (common random numbers)');
    const t = pairedTTest(a, b);
    expect(pair).toMatchObject({ reachDifference: t.difference, ci: t.ci, pValue: t.pValue });
    const aOnly = a.filter((x, i) => x >= 100 && b[i] < 100).length;
    const bOnly = a.filter((x, i) => x < 100 && b[i] >= 100).length;
    expect(pair.discordant).toEqual({ aOnly, bOnly });
    expect(pair.pGlobalTest).toBe(aOnly + bOnly < 25 ? TESTS.mcnemarExact : TESTS.mcnemarChiSquare);
    expect(pair.pGlobalPValue).toBe(mcnemarTest(aOnly, bOnly, 300).pValue);
    expect(pair.pGlobalDifference).toBeCloseTo(c.rows[0].pGlobal - c.rows[1].pGlobal, 12);
    expect(c.verdict).toContain(
      'Test on mean reach: paired t-test on per-run differences (common random numbers).',
    );
  });

  it('detects a small consistent difference that Welch misses on the same correlated runs', () => {
    // A goes global 2 points more often (42% vs 40%) and adds ≈ 2 people a run: a shift of
    // ≈ 14 people on a mean of ≈ 200 whose runs spread over 0–550. With this seed: paired
    // p = 0.0015, 95% CI 5.6 to 23.3; Welch p = 0.47, 95% CI −24.4 to 53.2; McNemar (8 runs only
    // A took global, none only B) p = 2/2⁸ = 0.0078 against the two-proportion test's 0.50. The
    // bounds below leave wide margins around those values.
    const { a, b } = crnPair('power-0', 300, 0.42, 0.4, (x) => Math.floor(-2 * Math.log(1 - x)));
    const { paired, unpaired } = bothWays(a, b);
    expect(paired.reachDifference).toBeCloseTo(unpaired.reachDifference, 9);
    expect(paired.pValue).toBeLessThan(0.01);
    expect(unpaired.pValue).toBeGreaterThan(0.2);
    expect(paired.ci.high - paired.ci.low).toBeLessThan((unpaired.ci.high - unpaired.ci.low) / 3);
    expect(paired.ci.low).toBeGreaterThan(0); // A is ahead, and the paired interval says so
    expect(unpaired.ci.low).toBeLessThan(0);
    expect(paired.discordant).toEqual({ aOnly: 8, bOnly: 0 });
    expect(paired.pGlobalPValue).toBe(2 / 2 ** 8);
    expect(unpaired.pGlobalPValue).toBeGreaterThan(0.2);
  });

  it('has far more power than Welch on correlated runs, and keeps its level under no difference', () => {
    // 200 replications (seeds fixed): the same effect as above, then no effect at all.
    const reps = 200;
    let pairedHits = 0;
    let welchHits = 0;
    let mcnemarHits = 0;
    for (let r = 0; r < reps; r++) {
      const { a, b } = crnPair(`power-${r}`, 300, 0.42, 0.4, (x) =>
        Math.floor(-2 * Math.log(1 - x)),
      );
      const { paired, unpaired } = bothWays(a, b);
      pairedHits += Number(paired.pValue <= 0.05);
      welchHits += Number(unpaired.pValue <= 0.05);
      mcnemarHits += Number(paired.pGlobalPValue <= 0.05);
    }
    expect(pairedHits / reps).toBeGreaterThan(0.9); // observed 0.995
    expect(mcnemarHits / reps).toBeGreaterThan(0.4); // observed 0.54: only ≈ 6 discordant runs
    expect(welchHits / reps).toBeLessThan(0.05); // observed 0: the shared luck swamps the shift

    // Under the null, B re-draws 20% of its runs from fresh coins: the same distribution as A,
    // correlated with it. At α = 0.05 the paired t-test should reject ≈ 5% (binomial sd 1.5%),
    // and McNemar's exact test at most that.
    let nullT = 0;
    let nullMcNemar = 0;
    for (let r = 0; r < reps; r++) {
      const { a } = crnPair(`null-${r}`, 300, 0.4, 0.4, () => 0);
      const fresh = crnPair(`null-fresh-${r}`, 300, 0.4, 0.4, () => 0).a;
      const b = a.map((x, i) => (createRng(`null-${r}`, 'redraw', i)() < 0.2 ? fresh[i] : x));
      const { paired } = bothWays(a, b);
      nullT += Number(paired.pValue <= 0.05);
      nullMcNemar += Number(paired.pGlobalPValue <= 0.05);
    }
    expect(nullT / reps).toBeGreaterThan(0.01); // observed 0.045
    expect(nullT / reps).toBeLessThan(0.1);
    expect(nullMcNemar / reps).toBeLessThan(0.1); // observed 0.03
  });

  it('property: listing the strategies the other way round flips every difference and keeps every p-value', () => {
    const runs = fc
      .integer({ min: 2, max: 40 })
      .chain((n) =>
        fc.tuple(
          ...[0, 1].map(() =>
            fc.array(fc.integer({ min: 1, max: NODES }), { minLength: n, maxLength: n }),
          ),
        ),
      );
    fc.assert(
      fc.property(runs, ([a, b]) => {
        const coins = { seed: 's', runIndices: indices(a.length) };
        const [ab] = compareVariants([variant('A', a, coins), variant('B', b, coins)]).pairs;
        const [ba] = compareVariants([variant('B', b, coins), variant('A', a, coins)]).pairs;
        expect(ba.reachDifference).toBeCloseTo(-ab.reachDifference, 9);
        expect(ba.pValue).toBe(ab.pValue);
        expect(ba.pGlobalDifference).toBeCloseTo(-ab.pGlobalDifference, 12);
        expect(ba.pGlobalPValue).toBe(ab.pGlobalPValue);
        expect(ba.discordant).toEqual({ aOnly: ab.discordant!.bOnly, bOnly: ab.discordant!.aOnly });
      }),
      { numRuns: 50 },
    );
  });
});

describe('compareVariants falls back to Welch when runs cannot be paired', () => {
  const { a, b } = crnPair('fallback', 50, 0.42, 0.4, () => 1);

  it('for different numbers of runs, saying which pairs got which test; Holm spans both kinds', () => {
    const c = compareVariants([
      variant('A', a.slice(0, 40), { seed: 1, runIndices: indices(40) }),
      variant('B', b.slice(0, 40), { seed: 1, runIndices: indices(40) }),
      variant('C', b, { seed: 1, runIndices: indices(50) }),
    ]);
    expect(c.pairs.map((p) => [p.a + p.b, p.paired])).toEqual([
      ['AB', true],
      ['AC', false],
      ['BC', false],
    ]);
    const welch =
      'Welch’s t-test (unpaired), as the strategies ran different numbers of runs (40 and 50)';
    expect(c.pairs[1]).toMatchObject({
      test: welch,
      pGlobalTest: TESTS.twoProportion,
      discordant: null,
    });
    const moments = (x: number[]) =>
      summarizeEnsemble(
        x.map((r, i) => record(i, r)),
        NODES,
        GLOBAL_FRACTION,
      ).reach;
    const [ma, mc] = [moments(a.slice(0, 40)), moments(b)];
    expect(c.pairs[1].pValue).toBe(
      welchTest({ mean: ma.mean, sd: ma.sd, n: 40 }, { mean: mc.mean, sd: mc.sd, n: 50 }).pValue,
    );
    expect(c.pairs.map((p) => p.adjustedPValue)).toEqual(holmAdjust(c.pairs.map((p) => p.pValue)));
    expect(c.verdict).toContain(
      `Tests on mean reach: for “A” vs “B”, ${TESTS.pairedT}; for “A” vs “C” and “B” vs “C”, ${welch}.`,
    );
  });

  it('for other run indices, another seed, or runs of unknown origin', () => {
    const test = (ca?: VariantResult['coins'], cb?: VariantResult['coins']) =>
      compareVariants([variant('A', a, ca), variant('B', b, cb)]).pairs[0].test;
    expect(
      test({ seed: 1, runIndices: indices(50) }, { seed: 1, runIndices: indices(50, 50) }),
    ).toBe(
      'Welch’s t-test (unpaired), as the strategies ran different runs (their run indices differ)',
    );
    expect(test({ seed: 1, runIndices: indices(50) }, { seed: 2, runIndices: indices(50) })).toBe(
      'Welch’s t-test (unpaired), as the strategies were run with different random seeds',
    );
    expect(test({ seed: 1, runIndices: indices(50) })).toBe(
      'Welch’s t-test (unpaired), as it is not known which runs (seed and run indices) the strategies ran',
    );
    expect(
      test({ seed: 'x', runIndices: indices(50) }, { seed: 'x', runIndices: indices(50) }),
    ).toBe(TESTS.pairedT);
    expect(
      test({ seed: 42, runIndices: indices(50) }, { seed: '42', runIndices: indices(50) }),
    ).toBe(TESTS.pairedT); // the same streams
    expect(() => test({ seed: 1, runIndices: indices(49) })).toThrow(
      /gives 49 run indices for 50 runs/,
    );
  });
});

describe('ripple compare pairs the variants’ runs (common random numbers)', () => {
  it('reports the paired tests, recomputable from the runs it prints', async () => {
    const { io, out } = fakeIo();
    expect(
      await main(['compare', 'scenarios/spread-vs-packed-communities.json', '--runs', '40'], io),
    ).toBe(0);
    const report = JSON.parse(out.stdout);
    const [pair] = report.pairs;
    const [a, b] = report.variants.map((v: { finalSizes: number[] }) => v.finalSizes);
    expect(pair).toMatchObject({ paired: true, test: TESTS.pairedT });
    expect(pair.pValue).toBe(pairedTTest(a, b).pValue);
    const minReach = report.variants[0].pGlobal.minReach;
    const aOnly = a.filter((x: number, i: number) => x >= minReach && b[i] < minReach).length;
    const bOnly = a.filter((x: number, i: number) => x < minReach && b[i] >= minReach).length;
    expect(pair.discordant).toEqual({ aOnly, bOnly });
    expect(pair.pGlobalPValue).toBe(mcnemarTest(aOnly, bOnly, 40).pValue);
    expect(report.verdict).toContain(`Test on mean reach: ${TESTS.pairedT}.`);
  });
});
