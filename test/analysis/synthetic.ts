/**
 * Synthetic ensembles with a known answer: P(global) and the mean size of the small runs are
 * chosen functions of the parameter; sizes are bimodal (small runs near the seed, global runs
 * around half the network), as in a real sweep.
 */
import { createRng } from '../../src/random/rng.ts';
import type { RunRecord } from '../../src/sim/ensemble.ts';
import { type EnsembleSummary, summarizeEnsemble } from '../../src/sim/ensemble-summary.ts';

export const NODES = 1000;
export const GLOBAL_FRACTION = 0.1; // global = reach ≥ 100

export function record(run: number, reach: number, firstGeneration = 0): RunRecord {
  return {
    run,
    reach,
    uniqueViewers: reach,
    impressions: reach,
    firstGeneration,
    depth: 0,
    timeToPeak: 0,
    duration: 0,
    structuralVirality: 0,
    newByStep: [reach],
    byGeneration: [reach],
  };
}

export interface SyntheticOptions {
  runs?: number;
  /** Mean size of the runs that stay small at x (default: a peak of height 40 at `peakAt`). */
  smallMean?: (x: number) => number;
  peakAt?: number;
  /** Exact counts (round(P·runs) global runs) instead of Bernoulli draws. */
  exact?: boolean;
  seed?: string | number;
}

/** One ensemble at x whose runs go global with probability p. */
export function syntheticSummary(
  x: number,
  p: number,
  options: SyntheticOptions = {},
): EnsembleSummary {
  const { runs = 300, peakAt = NaN, exact = false, seed = 'synthetic' } = options;
  const smallMean =
    options.smallMean ??
    ((v: number) => (Number.isNaN(peakAt) ? 3 : 40 / (1 + Math.abs(v - peakAt) / 0.02)));
  const rng = createRng(seed, x);
  const globals = exact ? Math.round(p * runs) : -1;
  const records = Array.from({ length: runs }, (_, i) => {
    const global = exact ? i < globals : rng() < p;
    const reach = global
      ? Math.floor(NODES * (0.45 + 0.1 * rng()))
      : Math.min(99, 1 + Math.floor(-smallMean(x) * Math.log(1 - rng())));
    return record(i, reach);
  });
  return summarizeEnsemble(records, NODES, GLOBAL_FRACTION);
}

export function syntheticSweep(
  values: readonly number[],
  pAt: (x: number) => number,
  options: SyntheticOptions = {},
) {
  return values.map((value) => ({
    value,
    summary: syntheticSummary(value, Math.min(1, Math.max(0, pAt(value))), options),
  }));
}

export function grid(from: number, to: number, step: number): number[] {
  return Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) =>
    Number((from + i * step).toFixed(6)),
  );
}
