import type { Network } from '../network.ts';

/** Compressed adjacency: the neighbours of i are neighbours[offsets[i] .. offsets[i+1]), ascending. */
export interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
}

/**
 * The undirected simple projection (direction ignored, no self-loops, no repeated neighbours)
 * with sorted rows, as clustering is defined on it. Sorting is a counting-sort transpose:
 * arcs are bucketed by target, then appended to their source's row in increasing target
 * order, so every row comes out sorted in O(n + m) without comparisons.
 */
export function simpleAdjacency(network: Pick<Network, 'n' | 'src' | 'dst'>): Adjacency {
  const { n, src, dst } = network;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e]) continue;
    offsets[src[e] + 1]++;
    offsets[dst[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const arcs = offsets[n];

  // Neighbours of each node, unsorted (rows of a symmetric matrix: by target = by source).
  const unsorted = new Int32Array(arcs);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < src.length; e++) {
    const u = src[e];
    const v = dst[e];
    if (u === v) continue;
    unsorted[fill[u]++] = v;
    unsorted[fill[v]++] = u;
  }
  // Transpose: visiting t in increasing order appends t to each neighbour's row, sorted.
  const sorted = new Int32Array(arcs);
  fill.set(offsets.subarray(0, n));
  for (let t = 0; t < n; t++) {
    for (let j = offsets[t]; j < offsets[t + 1]; j++) sorted[fill[unsorted[j]]++] = t;
  }
  // Drop repeats in place; rows shift left, so new offsets are written behind the reads.
  let write = 0;
  let rowStart = 0;
  for (let i = 0; i < n; i++) {
    const rowEnd = offsets[i + 1];
    offsets[i] = write;
    for (let j = rowStart; j < rowEnd; j++) {
      if (j === rowStart || sorted[j] !== sorted[j - 1]) sorted[write++] = sorted[j];
    }
    rowStart = rowEnd;
  }
  offsets[n] = write;
  return { offsets, neighbours: sorted.slice(0, write) };
}
