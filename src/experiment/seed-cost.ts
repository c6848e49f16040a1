import type { CompareSpec } from '../scenario/index.ts';
import { type Csr, outDegree, type SeedPlan } from '../sim/index.ts';

/**
 * What a seed set costs: perSeed + perFollower × followers (out-degree: the audience of its
 * posts) for each seed. For a fresh random draw each run it is the expectation, the count
 * times the mean cost of an eligible node, the same for every run on average.
 */
export function seedCost(plan: SeedPlan, csr: Csr, cost: CompareSpec['cost']): number {
  const of = (v: number): number => cost.perSeed + cost.perFollower * outDegree(csr, v);
  if (plan.kind === 'fixed') return Array.from(plan.nodes, of).reduce((a, b) => a + b, 0);
  const pool = plan.candidates ?? Int32Array.from({ length: csr.n }, (_, v) => v);
  if (pool.length === 0) return 0;
  let total = 0;
  for (const v of pool) total += of(v);
  return (Math.min(plan.count, pool.length) * total) / pool.length;
}
