import type { GridPoint } from './grid.ts';

export interface SusceptibilityPeak {
  /** Where the peak is, refined between grid points. */
  readonly value: number;
  /** The largest mean size of the runs that stayed small, as measured. */
  readonly meanSmallReach: number;
}

/**
 * The finite-size susceptibility peak: in percolation the mean size of the finite clusters
 * diverges at the threshold, and on n nodes it peaks near it (Stauffer and Aharony 1994,
 * "Introduction to percolation theory", §2 and §4). Here the finite clusters are the runs that
 * stayed below the global size. Only an interior maximum counts: one at either end of the sweep
 * (seed count, say, where small runs just keep growing) is not a peak. The location is refined
 * by the vertex of the parabola through the highest point and its two neighbours, kept between
 * those neighbours.
 */
export function susceptibilityPeak(grid: readonly GridPoint[]): SusceptibilityPeak | null {
  const pts = grid.filter((p) => Number.isFinite(p.meanSmall));
  let m = 0;
  pts.forEach((p, i) => {
    if (p.meanSmall > pts[m].meanSmall) m = i;
  });
  if (m === 0 || m === pts.length - 1) return null;
  const [a, b, c] = [pts[m - 1], pts[m], pts[m + 1]];
  const [x0, x1, x2] = [a.value, b.value, c.value];
  const [y0, y1, y2] = [a.meanSmall, b.meanSmall, c.meanSmall];
  const num = (x1 - x0) ** 2 * (y1 - y2) - (x1 - x2) ** 2 * (y1 - y0);
  const den = (x1 - x0) * (y1 - y2) - (x1 - x2) * (y1 - y0);
  const vertex = den !== 0 ? x1 - num / (2 * den) : x1;
  const value = Math.min(Math.max(vertex, Math.min(x0, x2)), Math.max(x0, x2));
  return { value, meanSmallReach: y1 };
}
