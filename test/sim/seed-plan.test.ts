import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, randomInt } from '../../src/random/rng.ts';
import { type SeedPlan, sampleDistinct, seedsForRun } from '../../src/sim/seed-plan.ts';
import { scheduleSeeds } from '../../src/sim/seed-schedule.ts';

/** Floyd's algorithm with a set for every k: what sampleDistinct computed before it scanned small k. */
function floydWithSet(n: number, k: number, rng: () => number): number[] {
  const chosen = new Set<number>();
  const out: number[] = [];
  for (let j = n - k; j < n; j++) {
    const t = randomInt(rng, j + 1);
    const pick = chosen.has(t) ? j : t;
    chosen.add(pick);
    out.push(pick);
  }
  return out;
}

describe('sampleDistinct', () => {
  it('draws what Floyd with a set draws, for few picks (scanned) and many (a set)', () => {
    // Small n makes repeats, the branch where the scan and the set must agree, frequent.
    const sizes = fc
      .integer({ min: 1, max: 60 })
      .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));
    fc.assert(
      fc.property(sizes, fc.string(), ([n, k], key) => {
        const ours = sampleDistinct(n, k, createRng(key, 'sample'));
        expect(Array.from(ours)).toEqual(floydWithSet(n, k, createRng(key, 'sample')));
        expect(new Set(ours).size).toBe(k);
      }),
    );
  });
});

describe('seedsForRun', () => {
  it('maps draws onto the candidates and keeps the plan steps of the seeds drawn', () => {
    const plan: SeedPlan = {
      kind: 'random',
      count: 3,
      steps: Int32Array.from([0, 0, 4]),
      candidates: Int32Array.from([10, 20, 30]),
    };
    for (let run = 0; run < 20; run++) {
      const { nodes, steps } = seedsForRun(plan, 7, run, 100);
      expect([...nodes].sort()).toEqual([10, 20, 30]);
      expect([...steps]).toEqual([0, 0, 4]);
    }
  });

  it('draws at most as many seeds as there are candidates', () => {
    const plan: SeedPlan = {
      kind: 'random',
      count: 3,
      steps: Int32Array.from([0, 1, 2]),
      candidates: Int32Array.from([8, 9]),
    };
    const { nodes, steps } = seedsForRun(plan, 7, 0, 100);
    expect([...nodes].sort()).toEqual([8, 9]);
    expect([...steps]).toEqual([0, 1]);
  });
});

describe('scheduleSeeds on seeds already in step order', () => {
  it('gives the seeds as they are, equal to the sorted schedule', () => {
    const seeds = { nodes: Int32Array.from([4, 2, 7]), steps: Int32Array.from([0, 3, 3]) };
    const schedule = scheduleSeeds(seeds);
    expect(Array.from(schedule.nodes)).toEqual([4, 2, 7]);
    expect(Array.from(schedule.steps)).toEqual([0, 3, 3]);
  });
});
