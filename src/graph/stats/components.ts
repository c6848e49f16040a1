import type { Network } from '../network.ts';

/** Connected components (weakly connected for a directed network: direction ignored). */
export interface ComponentStats {
  count: number;
  /** Nodes in the largest component. */
  largest: number;
  largestFraction: number;
}

/** Union–find on a typed array with path halving and union by size: near O(n + m). */
export function componentStats(network: Network): ComponentStats {
  const { n, src, dst } = network;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number) => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let count = n;
  for (let e = 0; e < src.length; e++) {
    let a = find(src[e]);
    let b = find(dst[e]);
    if (a === b) continue;
    if (size[a] < size[b]) [a, b] = [b, a];
    parent[b] = a;
    size[a] += size[b];
    count--;
  }
  let largest = 0;
  for (let i = 0; i < n; i++) if (parent[i] === i && size[i] > largest) largest = size[i];
  return { count, largest, largestFraction: n > 0 ? largest / n : 0 };
}
