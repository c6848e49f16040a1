import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalBuilder } from '../../src/experiment/local-builder.ts';
import { runSweep } from '../../src/experiment/sweep.ts';
import { analyseRow } from '../../src/experiment/sweep-analysis.ts';
import type { SweepResult } from '../../src/experiment/sweep-result.ts';
import { configurationModel } from '../../src/graph/generators/index.ts';
import { writeEdgeList } from '../../src/graph/io/edge-list-write.ts';
import { degreeStats } from '../../src/graph/stats/index.ts';
import { createRng } from '../../src/random/rng.ts';
import { validateScenario } from '../../src/scenario/index.ts';
import { percolationThreshold } from '../../src/theory/index.ts';
import { runLocally } from '../../src/workers/local-executor.ts';

/*
 * The theory curve of a power sweep on a network read from a file: a configuration model
 * (n = 10 000, P(k) ∝ k^−2.7, k ≥ 2: far from Poisson) written as an edge list. The curve is
 * the generating-function final size of the file's own degrees (Newman 2002), so it is 0 at
 * the marked critical value, computed from the same degrees, and it follows the simulation.
 * 800 runs per power, one random seed, a fixed scenario seed (deterministic); ≈ 2 s.
 * Tolerances as in test/sim/theory-configuration.test.ts: 4 SE of a proportion (false-failure
 * 6e-5) plus 0.01 for finite size (erased multi-edges and the √n cutoff make the graph only
 * approximately a configuration model); "global" is ≥ 2% of the nodes. Measured: S = 0.225 and
 * 0.445 at 2 and 3 × T_c against P(global) 0.224 and 0.446, global runs' mean share 0.227 and 0.448.
 */
const N = 10_000;
const RUNS = 800;
const FACTORS = [0.5, 1, 2, 3];
let result: SweepResult;
let critical: number;

beforeAll(async () => {
  const network = configurationModel({
    n: N,
    exponent: 2.7,
    minDegree: 2,
    rng: createRng('final-size-curve', 'graph'),
  });
  const text = writeEdgeList(network);
  critical = percolationThreshold(degreeStats(network).degree);
  const checked = validateScenario({
    version: 1,
    name: 'A network from a file',
    seed: 5,
    graph: { generator: 'file', path: 'network.txt' },
    content: { model: 'independent-cascade', power: critical },
    seeding: { strategy: 'random', count: 1 },
    run: { runs: RUNS, globalFraction: 0.02 },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const build = createLocalBuilder(() => text);
  const values = FACTORS.map((f) => f * critical);
  result = await runSweep(checked.scenario, 'content.power', values, {
    execute: runLocally,
    build,
  });
});

describe('the final-size curve on a graph file (configuration model, k^−2.7)', () => {
  it('is drawn from the file’s degrees and is 0 up to the marked critical value', () => {
    const { theoryPrediction: theory } = analyseRow(result, 0);
    expect(theory.kind).toBe('percolation');
    expect(theory.criticalValue).toBeCloseTo(critical, 12);
    const { x, y } = theory.curve!;
    for (const [i, power] of x.entries()) if (power <= critical) expect(y[i]).toBeLessThan(1e-12);
    expect(y[x.length - 1]).toBeGreaterThan(0.1);
    expect(theory.note).toContain("of this network's degrees");
  });

  it('matches the simulated P(global) and the size of global cascades above it', () => {
    const { theoryPrediction: theory } = analyseRow(result, 0);
    const { x, y } = theory.curve!;
    for (const point of result.points.filter((p) => p.x > 1.5 * critical)) {
      const S = y[x.indexOf(point.x)];
      const { pGlobal, finalSizes } = point.summary;
      const se = Math.sqrt((S * (1 - S)) / RUNS);
      expect(Math.abs(pGlobal.value - S)).toBeLessThan(4 * se + 0.01);
      const global = finalSizes.filter((size) => size >= pGlobal.minReach);
      const meanShare = global.reduce((a, b) => a + b, 0) / global.length / N;
      expect(Math.abs(meanShare - S)).toBeLessThan(0.01);
    }
  });
});
