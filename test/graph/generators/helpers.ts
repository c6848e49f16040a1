import { expect } from 'vitest';
import type { Network } from '../../../src/graph/network.ts';

/** Degree per node counting both ends of every edge (undirected degree). */
export function degrees(network: Network): Int32Array {
  const degree = new Int32Array(network.n);
  for (let e = 0; e < network.src.length; e++) {
    degree[network.src[e]]++;
    degree[network.dst[e]]++;
  }
  return degree;
}

/** Number of edges leaving (`src`) or entering (`dst`) each node. */
export function countEnds(network: Network, ends: 'src' | 'dst'): Int32Array {
  const count = new Int32Array(network.n);
  for (const v of network[ends]) count[v]++;
  return count;
}

/** Edges as strings, unordered pairs sorted when undirected, for set comparisons. */
export function edgeKeys(network: Network): string[] {
  const keys: string[] = [];
  for (let e = 0; e < network.src.length; e++) {
    const u = network.src[e];
    const v = network.dst[e];
    keys.push(network.directed || u < v ? `${u}-${v}` : `${v}-${u}`);
  }
  return keys;
}

/** Throws unless the network is simple: endpoints in range, no self-loop, no repeated edge. */
export function expectSimple(network: Network): void {
  for (let e = 0; e < network.src.length; e++) {
    const u = network.src[e];
    const v = network.dst[e];
    if (!(u >= 0 && u < network.n && v >= 0 && v < network.n))
      throw new Error(`edge ${e} out of range: ${u}-${v}`);
    if (u === v) throw new Error(`self-loop at ${u}`);
  }
  const keys = edgeKeys(network);
  if (new Set(keys).size !== keys.length) throw new Error('repeated edge');
  expect(network.kind.length).toBe(network.n);
}

/** Same seed, same network: every array equal. */
export function expectSameNetwork(a: Network, b: Network): void {
  expect(a.n).toBe(b.n);
  expect(a.directed).toBe(b.directed);
  expect(Array.from(a.src)).toEqual(Array.from(b.src));
  expect(Array.from(a.dst)).toEqual(Array.from(b.dst));
  expect(a.community ? Array.from(a.community) : null).toEqual(
    b.community ? Array.from(b.community) : null,
  );
}

/** True if the two networks differ in any edge endpoint or in edge count. */
export function edgesDiffer(a: Network, b: Network): boolean {
  if (a.src.length !== b.src.length) return true;
  return a.src.some((u, e) => u !== b.src[e] || a.dst[e] !== b.dst[e]);
}

/** Neighbour sets ignoring direction. */
export function neighbourSets(network: Network): Set<number>[] {
  const sets = Array.from({ length: network.n }, () => new Set<number>());
  for (let e = 0; e < network.src.length; e++) {
    sets[network.src[e]].add(network.dst[e]);
    sets[network.dst[e]].add(network.src[e]);
  }
  return sets;
}

/** Local clustering of v: linked pairs of neighbours over all pairs of neighbours. */
export function localClustering(sets: Set<number>[], v: number): number {
  const nb = [...sets[v]];
  let linked = 0;
  for (let i = 0; i < nb.length; i++)
    for (let j = i + 1; j < nb.length; j++) if (sets[nb[i]].has(nb[j])) linked++;
  return nb.length < 2 ? 0 : linked / ((nb.length * (nb.length - 1)) / 2);
}

/** |observed − mean| ≤ 4 sd for a Binomial(trials, p) count. */
export function expectWithinFourSd(observed: number, trials: number, p: number): void {
  const mean = trials * p;
  const sd = Math.sqrt(trials * p * (1 - p));
  expect(Math.abs(observed - mean)).toBeLessThanOrEqual(4 * sd);
}
