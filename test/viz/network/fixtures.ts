import { createRng } from '../../../src/random/rng.ts';
import type { CascadeView } from '../../../src/viz/network/types.ts';

/**
 * A random cascade forest on n nodes: `roots` seeds, then each reached node picks an earlier
 * reached node as its parent; a share of nodes is never reached.
 */
export function randomCascade(n: number, roots: number, seed: number): CascadeView {
  const rng = createRng('test-cascade', seed);
  const step = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const generation = new Int32Array(n).fill(-1);
  const reached: number[] = [];
  for (let v = 0; v < n; v++) {
    if (v < roots) {
      step[v] = 0;
      generation[v] = 0;
    } else if (rng() < 0.8) {
      const p = reached[Math.floor(rng() * reached.length)];
      parent[v] = p;
      generation[v] = generation[p] + 1;
      step[v] = step[p] + 1;
    } else continue;
    reached.push(v);
  }
  return { step, parent, generation, maxStep: Math.max(...step) };
}

/** A random graph made of small dense clusters chained together: clear structure to lay out. */
export function clusteredGraph(
  clusters: number,
  size: number,
  seed: number,
): { n: number; src: Int32Array; dst: Int32Array } {
  const rng = createRng('test-graph', seed);
  const src: number[] = [];
  const dst: number[] = [];
  for (let c = 0; c < clusters; c++) {
    for (let i = 0; i < size; i++) {
      for (let j = i + 1; j < size; j++) {
        if (rng() < 0.5) {
          src.push(c * size + i);
          dst.push(c * size + j);
        }
      }
    }
    if (c > 0) {
      src.push(c * size);
      dst.push((c - 1) * size + 1);
    }
  }
  return { n: clusters * size, src: Int32Array.from(src), dst: Int32Array.from(dst) };
}
