import { type TreeSectors, treeSectors } from '../../workers/index.ts';
import type { CascadeView } from './types.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export interface RippleOptions {
  readonly cx: number;
  readonly cy: number;
  /** Radius of the outermost ring, where nodes the cascade never reached wait. */
  readonly outerRadius: number;
  /** Positions (x, y per node) whose angles the nodes the cascade never reached keep. */
  readonly reference?: Float32Array | null;
}

export interface RippleLayout {
  readonly xy: Float32Array;
  readonly sectors: TreeSectors;
  /** Generation g sits on radius spacing · (g + firstRing). */
  readonly spacing: number;
  readonly firstRing: number;
  readonly maxGeneration: number;
}

/**
 * The cascade as ripples on a pond: generation g on a circle around the seeds, every child
 * inside its parent's angular sector (tree-sectors.ts), so each seed's branch is a wedge.
 * One seed sits in the middle; several seeds share the first ring, as they cannot share a
 * point. Nodes never reached wait on a ring just outside the last generation.
 */
export function rippleLayout(
  n: number,
  cascade: Pick<CascadeView, 'parent' | 'generation'>,
  options: RippleOptions,
): RippleLayout {
  const { parent, generation } = cascade;
  const { cx, cy, outerRadius, reference } = options;

  // A parent counts only if it is reached and shallower, so bad input cannot form a cycle.
  const treeParent = new Int32Array(n).fill(-1);
  const perGeneration: number[] = [];
  let roots = 0;
  for (let v = 0; v < n; v++) {
    const g = generation[v];
    if (g < 0) continue;
    perGeneration[g] = (perGeneration[g] ?? 0) + 1;
    const p = parent[v];
    if (p >= 0 && generation[p] >= 0 && generation[p] < g) treeParent[v] = p;
    else roots++;
  }
  // Top-down order: by generation (counting sort), then by index.
  const next: number[] = [];
  let filled = 0;
  for (let g = 0; g < perGeneration.length; g++) {
    next[g] = filled;
    filled += perGeneration[g] ?? 0;
  }
  const order = new Int32Array(filled);
  for (let v = 0; v < n; v++) if (generation[v] >= 0) order[next[generation[v]]++] = v;

  const sectors = treeSectors(n, treeParent, order);
  const firstRing = roots === 1 ? 0 : 1;
  const maxGeneration = perGeneration.length - 1;
  const spacing = outerRadius / (maxGeneration + firstRing + 1);
  const xy = new Float32Array(2 * n);
  for (let v = 0; v < n; v++) {
    let radius: number;
    let angle: number;
    if (generation[v] >= 0) {
      radius = spacing * (generation[v] + firstRing);
      angle = sectors.start[v] + sectors.width[v] / 2;
    } else {
      radius = outerRadius;
      angle = reference
        ? Math.atan2(reference[2 * v + 1] - cy, reference[2 * v] - cx)
        : v * GOLDEN_ANGLE;
    }
    xy[2 * v] = cx + radius * Math.cos(angle);
    xy[2 * v + 1] = cy + radius * Math.sin(angle);
  }
  return { xy, sectors, spacing, firstRing, maxGeneration };
}
