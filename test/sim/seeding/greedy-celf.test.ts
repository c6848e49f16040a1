import { describe, expect, it } from 'vitest';
import { barabasiAlbert } from '../../../src/graph/generators/index.ts';
import { type ModelSpec, runnerFor, seedingModel } from '../../../src/models/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { buildCsr, type Csr } from '../../../src/sim/csr.ts';
import {
  type CelfOptions,
  celfGreedy,
  chooseSeeds,
  reachEstimate,
} from '../../../src/sim/seeding/index.ts';
import { csrOf, ic, seeding, star } from './helpers.ts';

const CELF: CelfOptions = { runs: 200, seed: 'celf-test', maxSteps: 100 };

/** Total reach over the runs from a brand-new runner: the reference the shared runner must match. */
function freshTotal(csr: Csr, model: ModelSpec, seeds: number[]): number {
  const runner = runnerFor(csr, {
    ...CELF,
    model,
    seeds: { kind: 'fixed', nodes: Int32Array.from(seeds), steps: new Int32Array(seeds.length) },
    silent: null,
    globalFraction: 1,
  });
  let total = 0;
  for (let run = 0; run < CELF.runs; run++) total += runner.record(run).reach;
  return total;
}

/** Greedy without lazy evaluation: every candidate re-scored each round, ties to the lower index. */
function plainGreedy(csr: Csr, model: ModelSpec, k: number): number[] {
  const chosen: number[] = [];
  while (chosen.length < k) {
    let best = -1;
    let bestTotal = -1;
    for (let v = 0; v < csr.n; v++) {
      if (chosen.includes(v)) continue;
      const total = freshTotal(csr, model, [...chosen, v]);
      if (total > bestTotal) [best, bestTotal] = [v, total];
    }
    chosen.push(best);
  }
  return chosen;
}

const celf = (csr: Csr, model: ModelSpec, count: number): number[] => [
  ...chooseSeeds(csr, seeding('greedy-celf', count, { model, celf: CELF })),
];

// Twelve people, two hubs of unequal pull and a sparse rest: greedy has real choices to make.
const network = barabasiAlbert({ n: 12, m: 2, rng: createRng('celf-graph') });
const csr = buildCsr(network);
const sir: ModelSpec = { model: 'sir', power: 0.2, recovery: 0.5, weighting: 'tie-strength' };

describe('greedy-celf', () => {
  it.each([
    ['IC', ic(0.3)],
    ['SIR', sir],
  ])('picks the same seeds as plain greedy under %s', (_, model) => {
    expect(celf(csr, model, 4)).toEqual(plainGreedy(csr, model, 4));
  });

  it('evaluates fewer seed sets than plain greedy', () => {
    const estimate = reachEstimate(csr, seedingModel(ic(0.3)), CELF, null);
    let evaluations = 0;
    const seeds = celfGreedy(
      Int32Array.from({ length: csr.n }, (_, v) => v),
      4,
      (s) => {
        evaluations++;
        return estimate(s);
      },
    );
    expect(seeds).toHaveLength(4);
    expect(evaluations).toBeLessThan(12 + 11 + 10 + 9);
  });

  it('is within 1 − 1/e of the best pair, brute-forced on the same runs', () => {
    const model = ic(0.3);
    const greedy = celf(csr, model, 2);
    let optimum = 0;
    for (let u = 0; u < csr.n; u++)
      for (let v = u + 1; v < csr.n; v++)
        optimum = Math.max(optimum, freshTotal(csr, model, [u, v]));
    const achieved = freshTotal(csr, model, greedy);
    expect(achieved).toBeLessThanOrEqual(optimum);
    expect(achieved).toBeGreaterThanOrEqual((1 - 1 / Math.E) * optimum);
  });

  it('simulates silent nodes as the ensemble will: it routes around a silent broker', () => {
    // 0 is linked only to broker 1, and 1 to 2..8. At power 1 anyone reaches everyone, so the
    // tie goes to 0; when 1 never passes content on, only seeding 1 itself reaches the rest.
    const broker = csrOf(9, [[0, 1], ...star(7).map(([, v]) => [1, v + 1] as [number, number])]);
    const silent = Uint8Array.of(0, 1, 0, 0, 0, 0, 0, 0, 0);
    expect([
      ...chooseSeeds(broker, seeding('greedy-celf', 1, { model: ic(1), celf: CELF })),
    ]).toEqual([0]);
    expect([
      ...chooseSeeds(broker, seeding('greedy-celf', 1, { model: ic(1), celf: CELF, silent })),
    ]).toEqual([1]);
  });

  it('runs LT (where lazy evaluation is a heuristic) and returns distinct seeds', () => {
    const model: ModelSpec = { model: 'linear-threshold', threshold: { rule: 'uniform-random' } };
    const seeds = celf(csr, model, 3);
    expect(new Set(seeds).size).toBe(3);
  });

  it('draws its ensemble seed from rng when none is given, so the choice is reproducible', () => {
    const choose = (rngSeed: string) => [
      ...chooseSeeds(
        csr,
        seeding('greedy-celf', 3, { rng: createRng(rngSeed), celf: { runs: 20 } }),
      ),
    ];
    expect(choose('a')).toEqual(choose('a'));
  });

  it('refuses graphs over 5,000 nodes and suggests degree-discount', () => {
    const big = csrOf(5001, []);
    expect(() => chooseSeeds(big, seeding('greedy-celf', 1))).toThrow(
      /limited to 5,000 nodes; this network has 5,001\. Use degree-discount/,
    );
  });

  it('checks its run count', () => {
    expect(() => chooseSeeds(csr, seeding('greedy-celf', 1, { celf: { runs: 0 } }))).toThrow(
      /whole number of runs, at least 1; got 0/,
    );
  });
});
