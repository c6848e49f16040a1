import { describe, expect, it } from 'vitest';
import { erdosRenyi } from '../../../src/graph/generators/index.ts';
import { seedingModel } from '../../../src/models/index.ts';
import { createRng } from '../../../src/random/rng.ts';
import { buildCsr, type Csr } from '../../../src/sim/csr.ts';
import {
  type CelfOptions,
  chooseSeeds,
  estimateGreedyCost,
  type GreedyCost,
  NANOSECONDS_PER_UNIT,
  RUN_OVERHEAD_VISITS,
  reachEstimate,
  TRIAL_RUNS,
} from '../../../src/sim/seeding/index.ts';
import { csrOf, ic, seeding } from './helpers.ts';

/** Scored on TRIAL_RUNS runs, the trial's own count: on few candidates the trial is the search. */
const CELF: CelfOptions = { runs: TRIAL_RUNS, seed: 'estimate-test', maxSteps: 1000 };

/** Greedy seeds with their estimate and every progress report. */
function greedy(csr: Csr, power: number, count: number, celf: CelfOptions = CELF) {
  let cost: GreedyCost | null = null;
  const reports: [number, number][] = [];
  const seeds = chooseSeeds(
    csr,
    seeding('greedy-celf', count, {
      model: ic(power),
      celf,
      greedy: {
        onEstimate: (c) => void (cost = c),
        onProgress: (done, expected) => void reports.push([done, expected]),
      },
    }),
  );
  if (!cost) throw new Error('no estimate');
  return { seeds: [...seeds], cost: cost as GreedyCost, scored: reports.length, reports };
}

const er = (n: number, z: number) =>
  buildCsr(erdosRenyi({ n, p: z / (n - 1), rng: createRng('estimate', n, z) }));

describe('greedy seeding’s cost estimate', () => {
  it('is exact where the trial is the search: ten isolated people, two seeds', () => {
    // Every run of a lone seed reaches 1 person (arcs: none, so a visit costs 1). Round 1
    // scores all 10; round 2 re-scores node 1 once (its gain is still 1 per run) and takes it.
    const { cost, scored } = greedy(csrOf(10, []), 0.5, 2);
    const runs = TRIAL_RUNS;
    const single = runs * RUN_OVERHEAD_VISITS + runs * 1;
    const pair = runs * RUN_OVERHEAD_VISITS + 2 * runs * 1;
    expect(cost).toEqual({
      candidates: 10,
      seeds: 2,
      runs,
      evaluations: 11,
      work: 10 * single + pair,
      seconds: ((10 * single + pair) * NANOSECONDS_PER_UNIT) / 1e9,
    });
    expect(scored).toBe(11);
  });

  it('counts the seed sets exactly on a graph of 30, where the trial scores every candidate', () => {
    const csr = er(30, 4);
    for (const power of [0.2, 0.5]) {
      const { cost, scored } = greedy(csr, power, 3);
      expect(cost.evaluations).toBe(scored);
    }
  });

  it('reports every seed set scored, against the expected number', () => {
    const { cost, reports } = greedy(er(200, 4), 0.3, 2);
    expect(reports.map(([done]) => done)).toEqual(reports.map((_, i) => i + 1));
    expect(new Set(reports.map(([, expected]) => expected))).toEqual(new Set([cost.evaluations]));
  });

  it('changes nothing: the same seeds as a search without a watcher, and the same estimate twice', () => {
    const csr = er(300, 4);
    const watched = greedy(csr, 0.35, 3);
    const plain = chooseSeeds(csr, seeding('greedy-celf', 3, { model: ic(0.35), celf: CELF }));
    expect(watched.seeds).toEqual([...plain]);
    expect(greedy(csr, 0.35, 3).cost).toEqual(watched.cost);
  });

  it('refuses before scoring anything when the watcher throws at the estimate', () => {
    let scored = 0;
    const refuse = () =>
      chooseSeeds(
        er(100, 4),
        seeding('greedy-celf', 2, {
          model: ic(0.3),
          celf: CELF,
          greedy: {
            onEstimate: () => {
              throw new Error('over budget');
            },
            onProgress: () => void scored++,
          },
        }),
      );
    expect(refuse).toThrow('over budget');
    expect(scored).toBe(0);
  });

  it('sees the tipping point: above it every candidate is re-scored each round, below it almost none', () => {
    // Erdős–Rényi, mean degree 4: the tipping point is at power 1/4.
    const csr = er(1000, 4);
    const below = greedy(csr, 0.1, 3);
    const above = greedy(csr, 0.45, 3);
    expect(below.cost.evaluations).toBeLessThan(1000 * 1.2);
    expect(above.cost.evaluations).toBeGreaterThan(1000 * 1.8);
    // Tolerance: the trial's 32 candidates stand for 1,000, so its share of candidates re-scored
    // is an estimate: 1.06× and 0.98× the search's own count here, 0.85–1.8× on the graphs the
    // speed was calibrated on.
    for (const run of [below, above]) {
      expect(run.cost.evaluations / run.scored).toBeGreaterThan(0.75);
      expect(run.cost.evaluations / run.scored).toBeLessThan(1.5);
    }
    expect(above.cost.work / below.cost.work).toBeGreaterThan(50);
  });

  it('scales the trial’s runs up to the search’s, and its candidates up to all of them', () => {
    const csr = er(400, 4);
    const trial = {
      score: reachEstimate(csr, seedingModel(ic(0.2)), CELF, null),
      runs: TRIAL_RUNS,
    };
    const all = Int32Array.from({ length: 400 }, (_, v) => v);
    const base = estimateGreedyCost(csr, all, 1, TRIAL_RUNS, trial);
    const tenfoldRuns = estimateGreedyCost(csr, all, 1, 10 * TRIAL_RUNS, trial);
    expect(tenfoldRuns.evaluations).toBe(base.evaluations);
    expect(tenfoldRuns.work).toBeCloseTo(10 * base.work, 6);
    expect(base.evaluations).toBe(400);
    const half = estimateGreedyCost(csr, all.subarray(0, 200), 1, TRIAL_RUNS, trial);
    expect(half.evaluations).toBe(200);
  });
});
