import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CriticalValueEstimate,
  estimateCriticalValue,
  type TheoryPrediction,
  theoryForSweep,
} from '../../src/analysis/index.ts';
import { configurationModel, erdosRenyi } from '../../src/graph/generators/index.ts';
import type { Network } from '../../src/graph/network.ts';
import { degreeStats } from '../../src/graph/stats/index.ts';
import type { ModelSpec } from '../../src/models/index.ts';
import { runnerFor } from '../../src/models/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { buildCsr } from '../../src/sim/csr.ts';
import { summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';
import { percolationThreshold } from '../../src/theory/index.ts';
import { degreeHistogram, giantOutbreakFraction } from '../helpers/percolation-theory.ts';

/*
 * The estimator on real sweeps: IC with one random seed per run, 300 runs per power, fixed
 * graph and scenario seeds (deterministic). ≈ 1 s for ER, 1–3 s for the configuration model
 * on this 2-core machine.
 */
const RUNS = 300;

function powerSweep(
  network: Network,
  powers: readonly number[],
  globalFraction: number,
  seed: number,
) {
  const csr = buildCsr(network);
  return powers.map((power) => {
    const model: ModelSpec = { model: 'independent-cascade', power, weighting: 'tie-strength' };
    const seeds = { kind: 'random', count: 1, steps: new Int32Array(1), candidates: null } as const;
    const records = runnerFor(csr, {
      seed,
      runs: RUNS,
      model,
      seeds,
      silent: null,
      maxSteps: 10_000,
      globalFraction,
    }).batch(0, RUNS);
    return { value: power, summary: summarizeEnsemble(records, csr.n, globalFraction) };
  });
}

function grid(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) =>
    Number((from + i * step).toFixed(6)),
  );
}

function theoryFor(network: Network, generator: string, values: readonly number[]) {
  const { degree } = degreeStats(network);
  return theoryForSweep({
    parameter: 'content.power',
    values,
    model: { model: 'independent-cascade', power: values[0], weighting: 'tie-strength' },
    degree: { ...degree, directed: false, histogram: degree.degreeHistogram },
    meanTieStrength: 1,
    generator,
    nodes: network.n,
  });
}

describe('Erdős–Rényi, n = 4 000, z = 4: T_c = 1/z = 0.25, P(global) = S crosses 1/2 at zT = 2 ln 2', () => {
  const N = 4000;
  const network = erdosRenyi({ n: N, p: 4 / (N - 1), rng: createRng('analysis-er', 'graph') });
  const powers = grid(0.1, 0.45, 0.025);
  let estimate: CriticalValueEstimate;
  let theory: TheoryPrediction;
  beforeAll(() => {
    estimate = estimateCriticalValue(powerSweep(network, powers, 0.1, 2024), { seed: 7 });
    theory = theoryFor(network, 'erdos-renyi', powers);
  });

  it('finds the onset within one grid step (0.025) of T_c = 0.25', () => {
    // Finite size rounds the transition over |zT − 1| ≈ n^(−1/3) ≈ 0.063, i.e. ±0.016 in power;
    // on top, the estimate can be off by part of the 0.025 grid step. Measured: 0.010 here (this
    // graph's realised z is 3.91, its own T_c 0.257: 0.003 from that), 0.002–0.004 on three others.
    expect(estimate.direction).toBe('increasing');
    expect(Math.abs(estimate.onset!.value - 0.25)).toBeLessThanOrEqual(0.025);
    expect(estimate.onset!.interval.low).toBeLessThanOrEqual(estimate.onset!.value);
    expect(estimate.susceptibilityPeak!.value).toBeGreaterThan(0.225);
    expect(estimate.susceptibilityPeak!.value).toBeLessThan(0.3);
  });

  it('puts the better-than-even point where the final-size curve S = 1 − exp(−zTS) crosses 1/2', () => {
    // S = 1/2 ⇔ zT = 2 ln 2, with the realised z. The SE of P(global) at 300 runs is 0.029; the
    // curve rises ≈ 2.4 per unit power there, so one SE is ≈ 0.012 in power: tolerance 0.03 (2.5 SE).
    const z = degreeStats(network).degree.meanDegree;
    const crossing = (2 * Math.LN2) / z;
    const even = estimate.betterThanEven!;
    expect(Math.abs(even.value - crossing)).toBeLessThanOrEqual(0.03);
    expect(even.interval.low).toBeLessThanOrEqual(crossing);
    expect(even.interval.high).toBeGreaterThanOrEqual(crossing);
    const i = theory.curve!.y.findIndex((y) => y >= 0.5);
    expect(Math.abs(theory.curve!.x[i] - crossing)).toBeLessThan(0.005);
  });

  it('agrees with the theory overlay computed from the same graph', () => {
    expect(theory.kind).toBe('percolation');
    expect(Math.abs(theory.criticalValue! - 0.25)).toBeLessThan(0.01); // realised ⟨k⟩, ⟨k²⟩
    expect(Math.abs(estimate.onset!.value - theory.criticalValue!)).toBeLessThanOrEqual(0.025);
  });
});

describe('configuration model, n = 10 000, P(k) ∝ k^−3.5, k ≥ 2: its own T_c = ⟨k⟩/(⟨k²⟩ − ⟨k⟩)', () => {
  /*
   * "Global" here is ≥ 5% of the nodes: the giant outbreak of a heavy-tailed graph is small just
   * past T_c, so with 10% few runs would count. That moves the measured onset up: the degree-
   * sequence oracle puts S(T) = 5% at ≈ 1.1·T_c. Finite size moves it down (large critical
   * clusters). The grid step is ≈ 0.08·T_c. Tolerance: 20% of T_c. Measured over five graphs:
   * +2% to +10%.
   */
  const network = configurationModel({
    n: 10_000,
    exponent: 3.5,
    minDegree: 2,
    rng: createRng('analysis-cm', 'graph'),
  });
  const { degree } = degreeStats(network);
  const tc = percolationThreshold(degree);
  const powers = grid(0.15, 0.55, 0.025);
  let estimate: CriticalValueEstimate;
  beforeAll(() => {
    estimate = estimateCriticalValue(powerSweep(network, powers, 0.05, 77), { seed: 7 });
  });

  it('finds the onset within 20% of T_c, and the theory overlay predicts T_c', () => {
    expect(tc).toBeGreaterThan(0.2);
    expect(tc).toBeLessThan(0.4);
    expect(Math.abs(estimate.onset!.value / tc - 1)).toBeLessThanOrEqual(0.2);
    expect(theoryFor(network, 'configuration-model', powers).criticalValue).toBeCloseTo(tc, 12);
  });

  it('measures P(global) close to the degree-sequence oracle well above T_c', () => {
    // A check that this sweep measures what the estimate assumes: at the top of the range the
    // share of global runs is the giant-outbreak fraction (4 SE + 0.02 allowance for the 5% cut).
    const top = powerSweep(network, [0.55], 0.05, 77)[0].summary.pGlobal.value;
    const S = giantOutbreakFraction(degreeHistogram(buildCsr(network)), 0.55);
    expect(Math.abs(top - S)).toBeLessThan(4 * Math.sqrt((S * (1 - S)) / RUNS) + 0.02);
  });
});
