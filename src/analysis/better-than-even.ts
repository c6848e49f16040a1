import { wilsonInterval } from '../sim/index.ts';
import { type GridPoint, share } from './grid.ts';
import { hull, type Interval } from './interval.ts';
import { isotonicFit } from './isotonic.ts';

export interface EvenCrossing {
  readonly value: number;
  readonly interval: Interval;
}

/** Why there is no crossing: P(global) is at least 1/2 from the first value, or never reaches it. */
export type EvenMiss = 'starts-above' | 'never';

/**
 * Where P(global) crosses 1/2, on a grid oriented so that it rises with the index. Only the
 * rising part (up to the highest P) is used; on it the measured shares are first made
 * monotone by isotonic regression (a dip is noise), then the crossing is interpolated linearly
 * between the two grid points around it. The interval runs from where the Wilson 95% upper
 * bound curve crosses 1/2 (the earliest the true curve can plausibly cross) to where the lower
 * bound curve does (the latest); an end the bounds never cross is the end of the rising part.
 */
export function betterThanEven(grid: readonly GridPoint[]): EvenCrossing | EvenMiss {
  let m = 0;
  grid.forEach((p, i) => {
    if (share(p) > share(grid[m])) m = i;
  });
  const rising = grid.slice(0, m + 1);
  const xs = rising.map((p) => p.value);
  const fitted = isotonicFit(
    rising.map(share),
    rising.map((p) => p.runs),
  );
  if (fitted[0] >= 0.5) return 'starts-above';
  const value = crossing(xs, fitted);
  if (value === null) return 'never';
  const bounds = rising.map((p) => wilsonInterval(p.globals, p.runs));
  const early =
    crossing(
      xs,
      bounds.map((b) => b[1]),
    ) ?? xs[0];
  const late =
    crossing(
      xs,
      bounds.map((b) => b[0]),
    ) ?? xs[xs.length - 1];
  return { value, interval: hull(early, late, value) };
}

/** x where ys first reaches 1/2, linear between grid points; xs[0] if it starts there; null if never. */
function crossing(xs: readonly number[], ys: readonly number[]): number | null {
  const j = ys.findIndex((y) => y >= 0.5);
  if (j < 0) return null;
  if (j === 0) return xs[0];
  const t = (0.5 - ys[j - 1]) / (ys[j] - ys[j - 1]);
  return xs[j - 1] + t * (xs[j] - xs[j - 1]);
}
