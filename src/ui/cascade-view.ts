import type { Cascade } from '../sim/index.ts';
import type { CascadeView } from '../viz/index.ts';

/** Per-node arrays of a cascade for the network view: step, parent and generation (-1 = never). */
export function toCascadeView(cascade: Cascade, n: number): CascadeView {
  const step = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const generation = new Int32Array(n).fill(-1);
  let maxStep = 0;
  // Parents precede children in activation order, so one pass fills generations.
  for (let i = 0; i < cascade.size; i++) {
    const v = cascade.nodes[i];
    const p = cascade.parents[i];
    step[v] = cascade.steps[i];
    parent[v] = p;
    generation[v] = p < 0 ? 0 : generation[p] + 1;
    if (step[v] > maxStep) maxStep = step[v];
  }
  return { step, parent, generation, maxStep };
}
