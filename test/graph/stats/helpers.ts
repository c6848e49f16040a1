import fc from 'fast-check';
import type { Network } from '../../../src/graph/network.ts';

/** A network of n plain people with the given edges. */
export function networkOf(n: number, edges: Array<[number, number]>, directed = false): Network {
  return {
    n,
    directed,
    src: Int32Array.from(edges, ([u]) => u),
    dst: Int32Array.from(edges, ([, v]) => v),
    weight: null,
    kind: new Uint8Array(n),
    community: null,
    labels: null,
  };
}

/** Small random networks, self-loops and duplicate edges included. */
export const arbitraryEdges = fc.integer({ min: 1, max: 25 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 80 }),
    directed: fc.boolean(),
  }),
);

/** The undirected simple neighbour sets, by brute force. */
export function neighbourSets(n: number, edges: Array<[number, number]>): Array<Set<number>> {
  const sets = Array.from({ length: n }, () => new Set<number>());
  for (const [u, v] of edges) {
    if (u === v) continue;
    sets[u].add(v);
    sets[v].add(u);
  }
  return sets;
}
