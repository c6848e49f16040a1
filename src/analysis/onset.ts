import { mainGlobalStretch } from './global-stretch.ts';
import { type GridPoint, share } from './grid.ts';
import { hull, type Interval } from './interval.ts';
import { type SusceptibilityPeak, susceptibilityPeak } from './susceptibility-peak.ts';

export interface OnsetFit {
  readonly value: number;
  /** The last grid value with no global run and the first with one: the onset lies between. */
  readonly bracket: Interval;
  /** Where P(global)'s rise, extended linearly, meets zero; null when that is not inside the bracket. */
  readonly extrapolated: number | null;
  readonly peak: SusceptibilityPeak | null;
  /** Whether the susceptibility peak was close enough to the bracket to be averaged in. */
  readonly peakUsed: boolean;
}

/** Why there is no onset: too few points, no global run at all, or global runs from the first value. */
export type OnsetMiss = 'one-point' | 'never-global' | 'starts-global';

/**
 * The onset on a grid oriented so that P(global) rises with the index (the caller reverses a
 * decreasing sweep).
 *
 * 1. Bracket: the first point whose Wilson 95% lower bound exceeds 0 (at least one global run)
 *    at the start of the main global stretch, and the point before it, the last with P(global)
 *    = 0. Flukes below the stretch are ignored (see mainGlobalStretch).
 * 2. Inside the bracket: near a continuous transition P(global) grows linearly with the
 *    distance past the threshold (on Erdős–Rényi graphs S ≈ 2(zT − 1); percolation's β = 1),
 *    so the line through the first two points of the stretch is extended down to P = 0. When
 *    it meets zero outside the bracket (a jump, as in Watts' model, or a rounded foot), the
 *    data say nothing finer than the grid and the bracket's midpoint is used.
 * 3. The susceptibility peak, when it lies within one grid step of the bracket, is a second
 *    estimate of the same point; the onset is the mean of the two.
 */
export function fitOnset(grid: readonly GridPoint[]): OnsetFit | OnsetMiss {
  if (grid.length < 2) return 'one-point';
  const stretch = mainGlobalStretch(grid);
  if (!stretch) return 'never-global';
  if (stretch.start === 0) return 'starts-global';
  const zero = grid[stretch.start - 1];
  const first = grid[stretch.start];
  const bracket = hull(zero.value, first.value);
  const extrapolated = extrapolateToZero(
    first,
    grid[stretch.start + 1],
    bracket,
    stretch.end > stretch.start,
  );
  const fromBracket = extrapolated ?? (zero.value + first.value) / 2;
  const peak = susceptibilityPeak(grid);
  const step = bracket.high - bracket.low;
  const peakUsed =
    peak !== null && peak.value >= bracket.low - step && peak.value <= bracket.high + step;
  const value = peakUsed ? (fromBracket + peak.value) / 2 : fromBracket;
  return { value, bracket, extrapolated, peak, peakUsed };
}

function extrapolateToZero(
  first: GridPoint,
  next: GridPoint | undefined,
  bracket: Interval,
  inStretch: boolean,
): number | null {
  if (!next || !inStretch || !(share(next) > share(first))) return null;
  const x =
    first.value - (share(first) * (next.value - first.value)) / (share(next) - share(first));
  return x >= bracket.low && x <= bracket.high ? x : null;
}
