import type { Csr } from '../csr.ts';
import { EnsembleRunner } from '../ensemble.ts';
import { scheduleSeeds } from '../seed-schedule.ts';
import { synchronousSeeds } from '../seed-set.ts';
import type { CelfOptions, SeedingModel } from './types.ts';

/** Total reach of a seed set (all seeds at step 0) summed over runs 0..runs−1. */
export type ReachEstimate = (seeds: Int32Array) => number;

/**
 * Scores every seed set on the same runs (common random numbers): run i has the same coins
 * for every set, so differences between sets are not luck, and the integer totals compare
 * exactly. One runner serves every set, sparing a re-prepared model and workspace per
 * candidate (3–4× faster on a 5,000-node graph).
 */
export function reachEstimate(
  csr: Csr,
  model: SeedingModel,
  celf: CelfOptions,
  silent: Uint8Array | null,
): ReachEstimate {
  const task = {
    seed: celf.seed,
    runs: celf.runs,
    silent,
    maxSteps: celf.maxSteps,
    globalFraction: 1,
    seeds: { kind: 'fixed', nodes: new Int32Array(0), steps: new Int32Array(0) },
  } as const;
  const runner = new EnsembleRunner(csr, task, model.prepare(csr, silent));
  return (seeds) => {
    const schedule = scheduleSeeds(synchronousSeeds(seeds));
    let total = 0;
    for (let run = 0; run < celf.runs; run++) total += runner.reachWith(run, schedule);
    return total;
  };
}
