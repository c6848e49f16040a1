import type { Cascade } from './cascade.ts';
import type { Workspace } from './workspace.ts';

/** What one run is summarised by (docs/models.md defines each). */
export interface RunObservables {
  /** Activated nodes, seeds included. */
  readonly reach: number;
  readonly uniqueViewers: number;
  readonly impressions: number;
  /** Nodes whose parent is a seed: the first level of sharing. */
  readonly firstGeneration: number;
  /** Longest chain of sharing: the deepest generation in the cascade tree (seeds are 0). */
  readonly depth: number;
  /** Step with the most new activations (the earliest such step on ties). */
  readonly timeToPeak: number;
  /** Last step at which anything was activated. */
  readonly duration: number;
  /** Mean distance between pairs of nodes in the same cascade tree (Goel et al. 2016). */
  readonly structuralVirality: number;
  /** New activations at each step 0..duration. */
  readonly newByStep: number[];
  /** Activations per generation 0..depth (generation 0 = the seeds that took). */
  readonly byGeneration: number[];
}

/**
 * Summarise a cascade in O(reach): the activation order lists parents before children, so one
 * forward pass gives generations, and one backward pass gives subtree sizes.
 * Structural virality of a forest is the mean distance over pairs within the same tree:
 * ν = Σ_trees W(tree) / Σ_trees C(|tree|, 2), where the Wiener index W sums, over tree edges,
 * s·(N − s) with s the subtree size below the edge (so a star gives 2(n−1)/n, a chain (n+1)/3).
 */
export function observe(c: Cascade, ws: Workspace): RunObservables {
  const { generation, root, subtree } = ws;
  const { size, nodes, steps, parents } = c;
  const byGeneration: number[] = [];
  let depth = 0;
  let trees = 0;
  for (let i = 0; i < size; i++) {
    const v = nodes[i];
    const p = parents[i];
    const g = p < 0 ? 0 : generation[p] + 1;
    if (p < 0) trees++;
    generation[v] = g;
    subtree[v] = 1;
    // Grow by push so the arrays stay packed (index writes past the end make them holey, slow).
    while (byGeneration.length <= g) byGeneration.push(0);
    byGeneration[g]++;
    if (g > depth) depth = g;
  }
  const newByStep = activationsByStep(steps, size);
  for (let i = size - 1; i >= 0; i--) if (parents[i] >= 0) subtree[parents[i]] += subtree[nodes[i]];
  let wiener = 0;
  let pairs = 0;
  for (let i = 0; i < size; i++) {
    const v = nodes[i];
    const p = parents[i];
    // One tree (a single seed took) is the usual case: its size is the reach. In a forest each
    // node finds its tree's root through its parent, met earlier in this pass.
    let treeSize = size;
    if (trees > 1) treeSize = subtree[(root[v] = p < 0 ? v : root[p])];
    if (p >= 0) wiener += subtree[v] * (treeSize - subtree[v]);
    else pairs += (treeSize * (treeSize - 1)) / 2;
  }
  const timeline = newByStep;
  let timeToPeak = 0;
  for (let t = 1; t < timeline.length; t++) if (timeline[t] > timeline[timeToPeak]) timeToPeak = t;
  return {
    reach: size,
    uniqueViewers: c.uniqueViewers,
    impressions: c.impressions,
    firstGeneration: byGeneration[1] ?? 0,
    depth,
    timeToPeak,
    duration: Math.max(0, timeline.length - 1),
    structuralVirality: pairs > 0 ? wiener / pairs : 0,
    newByStep: timeline,
    byGeneration,
  };
}

/** New activations at each step 0..last: steps never decrease, so each step is one stretch. */
function activationsByStep(steps: Int32Array, size: number): number[] {
  const counts: number[] = [];
  let start = 0;
  while (start < size) {
    const step = steps[start];
    let end = start + 1;
    while (end < size && steps[end] === step) end++;
    while (counts.length < step) counts.push(0);
    counts.push(end - start);
    start = end;
  }
  return counts;
}
