import { simpleAdjacency } from '../../graph/index.ts';
import { treeSectors } from './tree-sectors.ts';

export interface LayoutGraph {
  readonly n: number;
  readonly src: Int32Array;
  readonly dst: Int32Array;
}

/** Spacing of d3-force's own phyllotaxis start, so densities match what d3 expects. */
const SPACING = 10;

/**
 * Deterministic starting positions that already put neighbours near each other, so the force
 * layout needs far fewer ticks (big graphs only get a few dozen): a breadth-first forest from
 * the highest-degree nodes, drawn radially. The radius follows the visiting rank as in a
 * phyllotaxis spiral (even density, hubs in the middle); the angle is the node's sector
 * midpoint in the forest, so each branch keeps to its own slice of the disc.
 */
export function initialPositions(graph: LayoutGraph): Float32Array {
  const { n } = graph;
  const { offsets, neighbours: nodes } = simpleAdjacency({ n, src: graph.src, dst: graph.dst });
  const byDegree = new Int32Array(n);
  for (let i = 0; i < n; i++) byDegree[i] = i;
  byDegree.sort((a, b) => offsets[b + 1] - offsets[b] - (offsets[a + 1] - offsets[a]) || a - b);

  const order = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  let tail = 0;
  for (let r = 0; r < n; r++) {
    const root = byDegree[r];
    if (seen[root]) continue;
    seen[root] = 1;
    let head = tail;
    order[tail++] = root;
    while (head < tail) {
      const u = order[head++];
      for (let j = offsets[u]; j < offsets[u + 1]; j++) {
        const v = nodes[j];
        if (seen[v]) continue;
        seen[v] = 1;
        parent[v] = u;
        order[tail++] = v;
      }
    }
  }

  const { start, width } = treeSectors(n, parent, order);
  const xy = new Float32Array(2 * n);
  for (let rank = 0; rank < n; rank++) {
    const v = order[rank];
    const radius = SPACING * Math.sqrt(rank + 0.5);
    const angle = start[v] + width[v] / 2;
    xy[2 * v] = radius * Math.cos(angle);
    xy[2 * v + 1] = radius * Math.sin(angle);
  }
  return xy;
}
