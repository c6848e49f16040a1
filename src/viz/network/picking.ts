import { type Quadtree, quadtree } from 'd3';
import type { Viewport } from './viewport.ts';

/**
 * Which node is under the pointer: a d3 quadtree over the drawn world positions, rebuilt only
 * when they change (not on zoom: the pointer is mapped into world units instead).
 */
export function createPicker() {
  let tree: Quadtree<number> | null = null;
  let builtFor = -1;
  return {
    /** Nearest node within `maxPx` screen pixels of (px, py), or null. */
    nearest(
      xy: Float32Array,
      version: number,
      view: Viewport,
      px: number,
      py: number,
      maxPx: number,
    ): number | null {
      if (!tree || builtFor !== version) {
        const indices = Array.from({ length: xy.length / 2 }, (_, i) => i);
        tree = quadtree<number>()
          .x((i) => xy[2 * i])
          .y((i) => xy[2 * i + 1])
          .addAll(indices);
        builtFor = version;
      }
      return tree.find((px - view.x) / view.k, (py - view.y) / view.k, maxPx / view.k) ?? null;
    },
  };
}
