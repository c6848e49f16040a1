import type { Csr } from '../csr.ts';
import { topNodes } from './priority-queue.ts';

export const PAGERANK_DAMPING = 0.85;
const TOLERANCE = 1e-10;
const MAX_ITERATIONS = 200;

/**
 * PageRank (Brin and Page 1998) of the endorsement graph: following someone endorses them,
 * so the walk runs against content flow, from follower v to followed u on each arc u→v.
 * Power iteration until the L1 change is below 1e-10 or 200 iterations; a node that follows
 * no one (in-degree 0) spreads its rank uniformly. Every arc counts once and tie strengths are
 * ignored: strength is about passing content on, not about whom people choose to follow.
 */
export function pageRank(csr: Csr, damping = PAGERANK_DAMPING): Float64Array {
  const { n, offsets, targets, inDegree } = csr;
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  // rank[v] / inDegree[v]: what v passes to each account it follows.
  const share = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) {
      if (inDegree[v] === 0) dangling += rank[v];
      else share[v] = rank[v] / inDegree[v];
    }
    const base = (1 - damping + damping * dangling) / n;
    let change = 0;
    for (let u = 0; u < n; u++) {
      let pulled = 0;
      const end = offsets[u + 1];
      for (let a = offsets[u]; a < end; a++) pulled += share[targets[a]];
      next[u] = base + damping * pulled;
      change += Math.abs(next[u] - rank[u]);
    }
    const previous = rank;
    rank = next;
    next = previous;
    if (change < TOLERANCE) break;
  }
  return rank;
}

/** The accounts with the highest PageRank: followed by accounts that are themselves well followed. */
export function topPageRankSeeds(csr: Csr, candidates: Int32Array, count: number): Int32Array {
  const rank = pageRank(csr);
  return topNodes(candidates, count, (v) => rank[v]);
}
