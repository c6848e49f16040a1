import { type Rng, randomInt } from '../../random/rng.ts';
import type { Network } from '../network.ts';
import { EdgeCodeSet, edgeCode } from './edge-code-set.ts';
import { requireInteger, requireProbability } from './validate.ts';

export interface WattsStrogatzOptions {
  /** Number of nodes. */
  n: number;
  /** Degree in the ring lattice: even, each node linked to k/2 neighbours on each side. */
  k: number;
  /** Rewiring probability: 0 keeps the lattice, 1 is close to a random graph. */
  beta: number;
  rng: Rng;
}

const MODEL = 'Watts–Strogatz';

/**
 * The small-world model (Watts and Strogatz 1998, Nature 393, 440). Start from a ring
 * lattice, node i linked to i ± 1, …, i ± k/2; then, lap by lap (all distance-1 edges, then
 * distance 2, …, as in the paper), each edge (u, u + j) keeps u and with probability beta
 * moves its far end to a uniform node w that is neither u nor already a neighbour of u.
 * A few rewired edges are long bridges that shrink path lengths while clustering stays
 * high. If u is already linked to everyone the edge stays. Undirected, exactly n·k/2 edges.
 * O(n·k) expected time, with a hash set of edge codes for the duplicate check.
 */
export function wattsStrogatz(options: WattsStrogatzOptions): Network {
  const { n, k, beta, rng } = options;
  requireInteger(MODEL, 'n', n, 3);
  if (!Number.isInteger(k) || k < 2 || k % 2 !== 0 || k >= n) {
    throw new RangeError(
      `${MODEL} needs k to be an even whole number with 2 ≤ k < n (got k = ${k}, n = ${n}).`,
    );
  }
  requireProbability(MODEL, 'beta', beta);
  const half = k / 2;
  const edges = n * half;
  const src = new Int32Array(edges);
  const dst = new Int32Array(edges);
  const present = new EdgeCodeSet(beta > 0 ? edges : 0);
  for (let j = 1, e = 0; j <= half; j++) {
    for (let u = 0; u < n; u++, e++) {
      src[e] = u;
      dst[e] = (u + j) % n;
      if (beta > 0) present.add(edgeCode(u, dst[e], n, false));
    }
  }
  if (beta > 0) {
    const degree = new Int32Array(n).fill(k); // degrees of u change as edges move
    for (let e = 0; e < edges; e++) {
      const u = src[e];
      if (rng() >= beta || degree[u] >= n - 1) continue;
      let w = randomInt(rng, n);
      while (w === u || present.has(edgeCode(u, w, n, false))) w = randomInt(rng, n);
      present.delete(edgeCode(u, dst[e], n, false));
      present.add(edgeCode(u, w, n, false));
      degree[dst[e]]--;
      degree[w]++;
      dst[e] = w;
    }
  }
  return {
    n,
    directed: false,
    src,
    dst,
    weight: null,
    kind: new Uint8Array(n),
    community: null,
    labels: null,
  };
}
