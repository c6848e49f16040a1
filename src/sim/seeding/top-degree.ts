import { type Csr, outDegree } from '../csr.ts';
import { topNodes } from './priority-queue.ts';

/**
 * The accounts with the most followers: highest out-degree, because an arc u→v means v sees
 * u's posts, so out-degree is first-level reach (the opinion-leader heuristic). Ties go to the
 * lower index.
 */
export function topDegreeSeeds(csr: Csr, candidates: Int32Array, count: number): Int32Array {
  return topNodes(candidates, count, (v) => outDegree(csr, v));
}
