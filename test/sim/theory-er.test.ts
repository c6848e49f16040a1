import { beforeAll, describe, expect, it } from 'vitest';
import { erdosRenyi } from '../../src/graph/generators/index.ts';
import { runnerFor } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr, type Csr } from '../../src/sim/csr.ts';
import type { RunRecord } from '../../src/sim/ensemble.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { erdosRenyiFinalSize, erdosRenyiThreshold } from '../../src/theory/index.ts';
import { degreeMoments } from '../helpers/graph-walk.ts';
import { IC } from '../helpers/sim-builders.ts';

/*
 * Independent cascade on one Erdős–Rényi graph G(n, p), n = 20 000, z = 4 (T_c = 1/z = 0.25),
 * one uniformly random seed per run, scenario seed fixed (deterministic).
 *
 * Cost: a global run at T = 0.5 activates ~16 000 nodes (~3 ms here), so 1 500 runs ≈ 4–5 s on
 * this 2-core machine; subcritical runs are ~0.1 ms each. Tolerances:
 *   - proportions: 4 standard errors (two-sided false-failure chance 6e-5) plus a finite-size /
 *     realised-degree allowance of 0.01 (the realised z differs from 4 by ~0.02, moving S by
 *     ~0.005; finite-n corrections at n = 2·10^4 are smaller still);
 *   - means: 4 SE from the sample sd of the runs, plus the same kind of allowance.
 */
const N = 20_000;
const Z = 4;
let csr: Csr;

function ensemble(power: number, runs: number): RunRecord[] {
  return runnerFor(csr, {
    seed: 2024,
    runs,
    model: IC(power),
    seeds: { kind: 'random', count: 1, steps: new Int32Array(1), candidates: null },
    silent: null,
    maxSteps: 10_000,
    globalFraction: 0.1,
  }).batch(0, runs);
}

function meanAndSe(xs: readonly number[]): { mean: number; se: number } {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
  return { mean, se: sd / Math.sqrt(xs.length) };
}

beforeAll(() => {
  csr = buildCsr(erdosRenyi({ n: N, p: Z / (N - 1), rng: createRng('theory-er', 'graph') }));
});

describe('IC on Erdős–Rényi, z = 4 (T_c = 1/z)', () => {
  it('the realised graph has the intended mean degree (within 1%)', () => {
    expect(erdosRenyiThreshold(Z)).toBe(0.25);
    expect(Math.abs(degreeMoments(csr).meanDegree - Z)).toBeLessThan(0.04);
  });

  it('below threshold (T = 0.15): no global run, mean reach ≈ 1/(1 − zT) = 2.5', () => {
    // 2 000 runs. Subcritical branching with Poisson(zT = 0.6) offspring: total size has mean
    // 1/(1 − 0.6) = 2.5 and sd √(0.6/0.4³) ≈ 3.1, so SE ≈ 0.07; a 2 000-node outbreak has
    // probability far below 1e-100. Allowance 0.1 for the realised z (±0.02 moves 2.5 by ±0.03).
    const runs = 2000;
    const records = ensemble(0.15, runs);
    const s = summarizeEnsemble(records, N, 0.1);
    expect(s.pGlobal.value).toBe(0);
    expect(s.pGlobal.ci95[1]).toBeLessThan(0.002);
    const { mean, se } = meanAndSe(records.map((r) => r.reach));
    expect(Math.abs(mean - 1 / (1 - Z * 0.15))).toBeLessThan(4 * se + 0.1);
    expect(s.reach.max).toBeLessThan(200);
  });

  it('above threshold (T = 0.5): global runs reach S ≈ 0.797 of the nodes, and P(global) ≈ S', () => {
    const S = erdosRenyiFinalSize(Z, 0.5);
    expect(S).toBeCloseTo(0.797, 3);
    // 1 500 runs: SE of P(global) = √(S(1−S)/1500) ≈ 0.0104 → tolerance 4·SE + 0.01 ≈ 0.052.
    const runs = 1500;
    const records = ensemble(0.5, runs);
    const s = summarizeEnsemble(records, N, 0.1);
    const seP = Math.sqrt((S * (1 - S)) / runs);
    expect(Math.abs(s.pGlobal.value - S)).toBeLessThan(4 * seP + 0.01);
    // Global runs' size: sd across runs ~0.005 of n, so the 4-SE term is tiny; the 0.01
    // allowance covers the realised z. Small runs stay tiny (the gap is what "global" means).
    const fractions = records.filter((r) => r.reach >= s.pGlobal.minReach).map((r) => r.reach / N);
    const { mean, se } = meanAndSe(fractions);
    expect(Math.abs(mean - S)).toBeLessThan(4 * se + 0.01);
    expect(s.meanSmallReach).toBeLessThan(5);
    expect(
      Math.max(...records.filter((r) => r.reach < s.pGlobal.minReach).map((r) => r.reach)),
    ).toBeLessThan(100);
  });
});
