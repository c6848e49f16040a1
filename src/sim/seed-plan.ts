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
  const nodes = sampleDistinct(pool, Math.min(plan.count, pool), createRng(seed, 'seeds', run));
  if (plan.candidates) for (let i = 0; i < nodes.length; i++) nodes[i] = plan.candidates[nodes[i]];
  const steps =
    nodes.length === plan.steps.length ? plan.steps : plan.steps.subarray(0, nodes.length);
  return scheduleSeeds({ nodes, steps });
}

/**
 * k distinct integers from [0, n) in draw order, by Floyd's algorithm (Bentley and Floyd 1987):
 * exactly k draws, no rejection loop.
 */
export function sampleDistinct(n: number, k: number, rng: () => number): Int32Array {
  // A few picks are checked by a scan of those made (a run's one or two seeds); more, by a set.
  const chosen = k > SCAN_LIMIT ? new Set<number>() : null;
  const out = new Int32Array(k);
  for (let j = n - k, i = 0; j < n; j++, i++) {
    const t = randomInt(rng, j + 1);
    const pick = (chosen ? chosen.has(t) : picked(out, i, t)) ? j : t;
    chosen?.add(pick);
    out[i] = pick;
  }
  return out;
}

const SCAN_LIMIT = 16;

/** Whether `value` is among the first `count` entries of `values`. */
function picked(values: Int32Array, count: number, value: number): boolean {
  for (let i = 0; i < count; i++) if (values[i] === value) return true;
  return false;
}
