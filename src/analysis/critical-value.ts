import { createRng, type Seed } from '../random/rng.ts';
import { type EnsembleSummary, quantileSorted } from '../sim/index.ts';
import { betterThanEven } from './better-than-even.ts';
import { explainCriticalValue } from './critical-value-explanation.ts';
import { type Direction, inferDirection } from './global-stretch.ts';
import { type GridPoint, gridPoint, resamplePoint } from './grid.ts';
import { hull, type Interval } from './interval.ts';
import { fitOnset, type OnsetFit } from './onset.ts';
import { susceptibilityPeak } from './susceptibility-peak.ts';

export type { Direction } from './global-stretch.ts';
export type { Interval } from './interval.ts';

export interface CriticalValueEstimate {
  /** Where global cascades first become possible; `bracket` is the pair of grid values it lies between. */
  onset: { value: number; interval: Interval; method: string; bracket: Interval } | null;
  /** Where P(global) crosses 1/2 (null if it never crosses inside the range). */
  betterThanEven: { value: number; interval: Interval } | null;
  /** Where the mean size of the runs that stay small peaks (null without an interior peak). */
  susceptibilityPeak: { value: number; meanSmallReach: number } | null;
  /** P(global) rises with the parameter (power, seeds) or falls (threshold φ). */
  direction: Direction;
  /** 1–3 plain sentences for the chart: what the reader is seeing. */
  explanation: string;
}

export interface CriticalValueOptions {
  /** Seed of the bootstrap's generator (default 1): the estimate is a function of data and seed. */
  seed?: Seed;
  /** Bootstrap resamples (default 200; 0 skips it, leaving the interval at the point). */
  bootstrap?: number;
  /** The direction, when the caller knows it; otherwise it is read off the data ('increasing' if they cannot tell). */
  direction?: Direction;
}

type SweepPoint = { readonly value: number; readonly summary: EnsembleSummary };

/**
 * The tipping point of a sweep, from the ensembles at each value.
 *
 * Onset: where P(global) leaves zero: bracketed on the grid, refined by extending the rise
 * linearly to zero, and averaged with the finite-size susceptibility peak (fitOnset gives the
 * details and sources). Its 95% interval is a percentile bootstrap (Efron and Tibshirani 1993,
 * ch. 13): each point's final sizes are resampled with replacement B times, the onset is
 * re-estimated with the direction held fixed, and the 2.5th–97.5th percentiles are taken; a
 * resample in which no run goes global counts as the far end of the range. Replicate b draws
 * from createRng(seed, 'critical-value-bootstrap', b), so the result is reproducible. The
 * interval covers run-to-run luck; it assumes the runs at a point are independent and
 * identically distributed (true: run i depends only on (seed, i)).
 *
 * Better-than-even: betterThanEven (isotonic P(global) crossing 1/2, interval from the Wilson
 * bound curves).
 */
export function estimateCriticalValue(
  points: readonly SweepPoint[],
  options: CriticalValueOptions = {},
): CriticalValueEstimate {
  const { seed = 1, bootstrap = 200 } = options;
  if (!(Number.isInteger(bootstrap) && bootstrap >= 0))
    throw new RangeError(`bootstrap must be a whole number ≥ 0, got ${bootstrap}`);
  const sweep = points.filter((p) => p.summary.runs > 0).sort((a, b) => a.value - b.value);
  const measured = sweep.map((p) =>
    gridPoint(p.value, p.summary.finalSizes, p.summary.pGlobal.minReach),
  );
  const direction = options.direction ?? inferDirection(measured, 'increasing');
  const orient = (grid: GridPoint[]): GridPoint[] =>
    direction === 'increasing' ? grid : grid.reverse();
  const fit = fitOnset(orient([...measured]));
  const even = measured.length >= 2 ? betterThanEven(orient([...measured])) : null;
  const onset =
    typeof fit === 'string'
      ? null
      : {
          value: fit.value,
          interval: bootstrapInterval(sweep, orient, fit, bootstrap, seed),
          method: methodText(fit, bootstrap),
          bracket: fit.bracket,
        };
  return {
    onset,
    betterThanEven: even && typeof even !== 'string' ? even : null,
    susceptibilityPeak: susceptibilityPeak(measured),
    direction,
    explanation: explainCriticalValue({
      grid: measured,
      direction,
      fit,
      onset: onset?.interval ?? null,
      even,
      globalFraction: sweep[0]?.summary.pGlobal.globalFraction,
    }),
  };
}

function bootstrapInterval(
  sweep: readonly SweepPoint[],
  orient: (g: GridPoint[]) => GridPoint[],
  fit: OnsetFit,
  replicates: number,
  seed: Seed,
): Interval {
  const estimates = new Float64Array(replicates);
  for (let b = 0; b < replicates; b++) {
    const rng = createRng(seed, 'critical-value-bootstrap', b);
    const grid = orient(
      sweep.map((p) =>
        resamplePoint(p.value, p.summary.finalSizes, p.summary.pGlobal.minReach, rng),
      ),
    );
    const again = fitOnset(grid);
    if (typeof again !== 'string') estimates[b] = again.value;
    else estimates[b] = again === 'never-global' ? grid[grid.length - 1].value : grid[0].value;
  }
  estimates.sort();
  return hull(quantileSorted(estimates, 0.025), quantileSorted(estimates, 0.975), fit.value);
}

function methodText(fit: OnsetFit, replicates: number): string {
  const inside =
    fit.extrapolated !== null ? 'the rise of P(global) extended linearly to zero' : 'the midpoint';
  const peak = fit.peakUsed
    ? ', averaged with the susceptibility peak (largest mean size of the runs that stay small)'
    : '';
  const ci =
    replicates > 0 ? `; 95% interval from ${replicates} bootstrap resamples of the runs` : '';
  const v = (x: number) => String(Number(x.toPrecision(6)));
  return `P(global) leaves zero between ${v(fit.bracket.low)} and ${v(fit.bracket.high)}: ${inside}${peak}${ci}`;
}
