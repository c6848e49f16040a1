import { createRng, randomInt, type Seed } from '../random/rng.ts';
import { type SeedSchedule, scheduleSeeds } from './seed-schedule.ts';

/**
 * How each run of an ensemble gets its seeds: the same chosen nodes every run, or a fresh
 * random set per run (drawn from that run's own generator, so the determinism contract holds).
 * Plain data, so it can be posted to a worker.
 */
export type SeedPlan =
  | { readonly kind: 'fixed'; readonly nodes: Int32Array; readonly steps: Int32Array }
  | {
      readonly kind: 'random';
      readonly count: number;
      /** Activation step of the i-th drawn seed. */
      readonly steps: Int32Array;
      /** Nodes allowed as seeds (bots excluded, say); null means every node. */
      readonly candidates: Int32Array | null;
    };

export function seedsForRun(plan: SeedPlan, seed: Seed, run: number, n: number): SeedSchedule {
  if (plan.kind === 'fixed') return scheduleSeeds(plan);
  const pool = plan.candidates ? plan.candidates.length : n;
  const picks = sampleDistinct(pool, Math.min(plan.count, pool), createRng(seed, 'seeds', run));
  const nodes = plan.candidates ? picks.map((i) => plan.candidates![i]) : picks;
  return scheduleSeeds({ nodes, steps: plan.steps.subarray(0, nodes.length) });
}

/**
 * k distinct integers from [0, n) in draw order, by Floyd's algorithm (Bentley and Floyd 1987):
 * exactly k draws, no rejection loop.
 */
export function sampleDistinct(n: number, k: number, rng: () => number): Int32Array {
  const chosen = new Set<number>();
  const out = new Int32Array(k);
  for (let j = n - k, i = 0; j < n; j++, i++) {
    const t = randomInt(rng, j + 1);
    const pick = chosen.has(t) ? j : t;
    chosen.add(pick);
    out[i] = pick;
  }
  return out;
}
