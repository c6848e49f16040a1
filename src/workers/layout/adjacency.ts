/** Undirected adjacency: the neighbours of i are nodes[offsets[i] .. offsets[i+1]). */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly nodes: Int32Array;
}

/**
 * Direction ignored and self-loops dropped; repeated edges stay (harmless for drawing and for
 * a breadth-first search, and it keeps this a single O(n + m) counting pass).
 */
export function undirectedAdjacency(n: number, src: Int32Array, dst: Int32Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < src.length; e++) {
    if (src[e] === dst[e]) continue;
    offsets[src[e] + 1]++;
    offsets[dst[e] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const nodes = new Int32Array(offsets[n]);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < src.length; e++) {
    const u = src[e];
    const v = dst[e];
    if (u === v) continue;
    nodes[fill[u]++] = v;
    nodes[fill[v]++] = u;
  }
  return { offsets, nodes };
}
