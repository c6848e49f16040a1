import { type Csr, outDegree } from '../csr.ts';
import { topNodes } from './priority-queue.ts';

/**
 * Neighbours in the undirected projection: u and v are adjacent when either follows the other;
 * self-loops and repeated arcs are dropped, as core decomposition assumes a simple graph.
 */
function undirectedNeighbours(csr: Csr): {
  start: Int32Array;
  length: Int32Array;
  list: Int32Array;
} {
  const { n, offsets, targets, directed } = csr;
  // An undirected CSR already lists each edge from both ends; a directed one needs the reverse.
  const start = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      start[u + 1]++;
      if (directed) start[targets[a] + 1]++;
    }
  }
  for (let u = 0; u < n; u++) start[u + 1] += start[u];
  const list = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      list[fill[u]++] = targets[a];
      if (directed) list[fill[targets[a]]++] = u;
    }
  }
  // Deduplicate each node's run in place, marking neighbours with the node's own stamp.
  const length = new Int32Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    mark[u] = u;
    let k = start[u];
    for (let i = start[u]; i < start[u + 1]; i++) {
      const v = list[i];
      if (mark[v] === u) continue;
      mark[v] = u;
      list[k++] = v;
    }
    length[u] = k - start[u];
  }
  return { start, length, list };
}

/**
 * Core number of every node: the largest k such that the node belongs to a subgraph in which
 * everyone has at least k neighbours. Batagelj and Zaversnik's (2003) bucket algorithm,
 * O(m): nodes are peeled in order of current degree, kept sorted in bins.
 */
export function coreNumbers(csr: Csr): Int32Array {
  const { n } = csr;
  const { start, length, list } = undirectedNeighbours(csr);
  const degree = Int32Array.from(length);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) maxDegree = Math.max(maxDegree, degree[v]);
  // bin[d]: first position in `order` of the nodes whose current degree is d.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v]]++;
  for (let d = 0, first = 0; d <= maxDegree; d++) [bin[d], first] = [first, first + bin[d]];
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    position[v] = bin[degree[v]]++;
    order[position[v]] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1];
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = order[i];
    for (let j = start[v]; j < start[v] + length[v]; j++) {
      const u = list[j];
      if (degree[u] <= degree[v]) continue;
      // Move u to the front of its bin, then shrink the bin past it: u's degree drops by one.
      const du = degree[u];
      const pu = position[u];
      const pw = bin[du];
      const w = order[pw];
      if (u !== w) {
        order[pu] = w;
        position[w] = pu;
        order[pw] = u;
        position[u] = pw;
      }
      bin[du]++;
      degree[u]--;
    }
  }
  return degree;
}

/**
 * Accounts in the innermost k-core: Kitsak et al. (2010, Nature Physics 6, 888) found the core
 * number predicts spreading power better than degree. Highest core first, ties by out-degree
 * (reach), then lower index.
 */
export function kCoreSeeds(csr: Csr, candidates: Int32Array, count: number): Int32Array {
  const core = coreNumbers(csr);
  let maxOut = 0;
  for (let v = 0; v < csr.n; v++) maxOut = Math.max(maxOut, outDegree(csr, v));
  return topNodes(candidates, count, (v) => core[v] * (maxOut + 1) + outDegree(csr, v));
}
