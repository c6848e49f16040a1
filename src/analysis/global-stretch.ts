import { type GridPoint, share } from './grid.ts';

/** Whether P(global) rises with the parameter (power, seeds, degree) or falls (threshold φ). */
export type Direction = 'increasing' | 'decreasing';

/**
 * The run of consecutive points with at least one global run that contains the highest
 * P(global) (the first, on ties). Isolated flukes outside it, such as one lucky run far below
 * the threshold, do not move the onset; a cascade window (P rising, then falling back to zero)
 * is one stretch with a zero on each side.
 */
export function mainGlobalStretch(
  grid: readonly GridPoint[],
): { start: number; end: number } | null {
  let best = -1;
  grid.forEach((p, i) => {
    if (p.globals > 0 && (best < 0 || share(p) > share(grid[best]))) best = i;
  });
  if (best < 0) return null;
  let start = best;
  let end = best;
  while (start > 0 && grid[start - 1].globals > 0) start--;
  while (end < grid.length - 1 && grid[end + 1].globals > 0) end++;
  return { start, end };
}

/**
 * Read the direction off the data (grid in ascending parameter order): zeros only above the
 * main stretch mean P falls with the parameter; zeros below it (or on both sides: a window)
 * mean it rises. With no zeros, compare the ends. With no global run at all the data cannot
 * tell, so `fallback` decides.
 */
export function inferDirection(grid: readonly GridPoint[], fallback: Direction): Direction {
  const stretch = mainGlobalStretch(grid);
  if (!stretch) return fallback;
  const zeroBelow = stretch.start > 0;
  const zeroAbove = stretch.end < grid.length - 1;
  if (zeroBelow !== zeroAbove) return zeroBelow ? 'increasing' : 'decreasing';
  if (zeroBelow) return 'increasing';
  const first = share(grid[0]);
  const last = share(grid[grid.length - 1]);
  return last > first ? 'increasing' : last < first ? 'decreasing' : fallback;
}
