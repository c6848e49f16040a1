import type { Network } from '../network.ts';
import { simpleAdjacency } from '../stats/simple-adjacency.ts';

/**
 * For each edge, how many nodes are neighbours of both its ends, ignoring direction: the
 * embeddedness of the tie (Granovetter 1973; the numerator of Onnela et al. 2007's overlap).
 *
 * Works on the undirected simple adjacency (stats/simple-adjacency.ts). Each edge is
 * counted from its higher-degree end, whose neighbours are marked, by scanning the
 * lower-degree end's list: O(Σ over edges of min(deg u, deg v)) ≤ O(m·√m).
 */
export function commonNeighbourCounts(network: Network): Int32Array {
  const { n, src, dst } = network;
  const { offsets: start, neighbours: adj } = simpleAdjacency(network);
  const degree = (v: number) => start[v + 1] - start[v];
  const edges = src.length;

  // Group edges by anchor, the end with the larger degree (lower index on ties).
  const anchorOf = new Int32Array(edges);
  const byAnchorStart = new Int32Array(n + 1);
  for (let e = 0; e < edges; e++) {
    const u = src[e];
    const v = dst[e];
    const du = degree(u);
    const dv = degree(v);
    anchorOf[e] = du > dv || (du === dv && u < v) ? u : v;
    byAnchorStart[anchorOf[e] + 1]++;
  }
  for (let v = 0; v < n; v++) byAnchorStart[v + 1] += byAnchorStart[v];
  const byAnchor = new Int32Array(edges);
  const fill = byAnchorStart.slice(0, n);
  for (let e = 0; e < edges; e++) byAnchor[fill[anchorOf[e]]++] = e;

  const counts = new Int32Array(edges);
  const mark = new Int32Array(n).fill(-1);
  for (let a = 0; a < n; a++) {
    if (byAnchorStart[a] === byAnchorStart[a + 1]) continue;
    for (let i = start[a]; i < start[a + 1]; i++) mark[adj[i]] = a;
    for (let j = byAnchorStart[a]; j < byAnchorStart[a + 1]; j++) {
      const e = byAnchor[j];
      const other = src[e] === a ? dst[e] : src[e];
      if (other === a) continue; // a self-loop has no common neighbours
      let count = 0;
      for (let i = start[other]; i < start[other + 1]; i++) if (mark[adj[i]] === a) count++;
      counts[e] = count;
    }
  }
  return counts;
}
