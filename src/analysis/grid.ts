import { type Rng, randomInt } from '../random/rng.ts';

/** One sweep point reduced to what the critical-value estimate needs. */
export interface GridPoint {
  readonly value: number;
  readonly runs: number;
  /** Runs that reached the global size. */
  readonly globals: number;
  /** Mean reach of the runs that stayed below the global size; NaN when every run went global. */
  readonly meanSmall: number;
}

export function share(p: GridPoint): number {
  return p.globals / p.runs;
}

/** The point as measured: its runs' final sizes against the global size. */
export function gridPoint(value: number, sizes: ArrayLike<number>, minReach: number): GridPoint {
  let globals = 0;
  let smallSum = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (sizes[i] >= minReach) globals++;
    else smallSum += sizes[i];
  }
  const small = sizes.length - globals;
  return { value, runs: sizes.length, globals, meanSmall: small > 0 ? smallSum / small : NaN };
}

/**
 * A bootstrap replicate of the point (Efron 1979): as many runs as measured, drawn with
 * replacement from its final sizes. Runs are independent draws of the same cascade, so this
 * resamples exactly the luck that the estimate's uncertainty comes from.
 */
export function resamplePoint(
  value: number,
  sizes: ArrayLike<number>,
  minReach: number,
  rng: Rng,
): GridPoint {
  const drawn = new Float64Array(sizes.length);
  for (let i = 0; i < drawn.length; i++) drawn[i] = sizes[randomInt(rng, sizes.length)];
  return gridPoint(value, drawn, minReach);
}
