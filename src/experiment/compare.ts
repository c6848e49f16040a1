import type { CompareSpec } from '../scenario/index.ts';
import { type EnsembleSummary, summarizeEnsemble } from '../sim/index.ts';
import { BuildError } from './build-problems.ts';
import type { ExperimentBuilder } from './builder.ts';
import { abortError, type EnsembleExecutor } from './executor.ts';
import type { Experiment } from './experiment.ts';
import { seedCost } from './seed-cost.ts';
import { SeedingError } from './seeding-error.ts';

export interface CompareOptions {
  readonly execute: EnsembleExecutor;
  /** Makes each variant's seeds on the base network (greedy seeding can take seconds). */
  readonly build: ExperimentBuilder;
  /** Runs done over all variants, and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface VariantRun {
  readonly label: string;
  readonly experiment: Omit<Experiment, 'warnings'>;
  /** Cost of its seeds (the expectation, for a fresh random draw each run). */
  readonly cost: number;
  readonly summary: EnsembleSummary;
  /** The run index of each of summary.finalSizes (which are in run order): run i of every variant drew the same coins. */
  readonly runIndices: readonly number[];
}

/**
 * Each variant's ensemble on the same network with the same seed: run i has the same coins
 * whatever the seeds (common random numbers), so the variants differ by their seeding, not by
 * luck, and their difference is measured far more precisely than with independent runs.
 */
export async function runComparison(
  base: Experiment,
  compare: CompareSpec,
  options: CompareOptions,
): Promise<VariantRun[]> {
  const total = compare.variants.length * base.scenario.run.runs;
  const out: VariantRun[] = [];
  for (const [i, variant] of compare.variants.entries()) {
    if (options.signal?.aborted) throw abortError();
    const experiment = await variantExperiment(base, variant.seeding, i, options);
    const done = out.length * base.scenario.run.runs;
    const records = await options.execute(experiment.csr, experiment.task, {
      signal: options.signal,
      onProgress: (runsDone) => options.onProgress?.(done + runsDone, total),
    });
    const summary = summarizeEnsemble(records, experiment.csr.n, base.scenario.run.globalFraction);
    out.push({
      label: variant.label,
      experiment,
      cost: seedCost(experiment.task.seeds, experiment.csr, compare.cost),
      summary,
      runIndices: records.map((r) => r.run).sort((a, b) => a - b),
    });
  }
  return out;
}

/** The base experiment with the variant's seeding; a seeding problem is reported where the variant is. */
async function variantExperiment(
  base: Experiment,
  seeding: CompareSpec['variants'][number]['seeding'],
  i: number,
  { build, signal }: CompareOptions,
): Promise<Experiment> {
  try {
    return await build.experiment({ ...base.scenario, seeding }, { signal });
  } catch (error) {
    const where = (path: string) => path.replace('$.seeding', `$.compare.variants[${i}].seeding`);
    if (error instanceof SeedingError) throw new SeedingError(error.message, where(error.path));
    // From a build worker, the same problem arrives as a BuildError.
    if (error instanceof BuildError)
      throw new BuildError(error.problems.map((p) => ({ ...p, path: where(p.path) })));
    throw error;
  }
}
