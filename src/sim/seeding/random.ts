import type { Rng } from '../../random/rng.ts';
import { sampleDistinct } from '../seed-plan.ts';

/** Uniform distinct draw among the candidates (Floyd's algorithm, see sampleDistinct). */
export function randomSeeds(candidates: Int32Array, count: number, rng: Rng): Int32Array {
  const picks = sampleDistinct(candidates.length, Math.min(count, candidates.length), rng);
  return picks.map((i) => candidates[i]);
}
