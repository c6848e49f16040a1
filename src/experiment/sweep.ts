import { validateScenario, type Scenario } from '../scenario/index.ts';
import { summarizeEnsemble, type EnsembleSummary } from '../sim/ensemble-summary.ts';
import type { EnsembleExecutor } from '../workers/executor.ts';
import { abortError } from '../workers/executor.ts';
import { prepareExperiment, withNetwork, type Experiment, type ReadGraphFile } from './experiment.ts';
import { ParameterError, setParameter } from './set-parameter.ts';

export interface SweepPoint {
  readonly value: number;
  readonly summary: EnsembleSummary;
}

export interface SweepResult {
  readonly parameter: string;
  readonly values: readonly number[];
  readonly points: readonly SweepPoint[];
}

export interface SweepOptions {
  readonly execute: EnsembleExecutor;
  readonly readFile?: ReadGraphFile;
  /** Runs done over the whole sweep, and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * An ensemble at each value of one numeric parameter. Every point uses the scenario's seed,
 * so its runs share their coins with the other points (common random numbers): with the
 * engine's coupling, reach at a higher power is never below reach at a lower one, run by run.
 * The network is rebuilt only when the parameter belongs to it.
 */
export async function runSweep(base: Scenario, parameter: string, values: readonly number[], options: SweepOptions): Promise<SweepResult> {
  const variants = values.map((value) => scenarioAt(base, parameter, value));
  const total = variants.reduce((sum, s) => sum + s.run.runs, 0);
  const points: SweepPoint[] = [];
  let previous: Experiment | null = null;
  let done = 0;
  for (const [i, scenario] of variants.entries()) {
    if (options.signal?.aborted) throw abortError();
    const experiment: Experiment =
      previous && JSON.stringify(previous.scenario.graph) === JSON.stringify(scenario.graph)
        ? { ...withNetwork(scenario, previous.network, previous.csr), warnings: [] }
        : prepareExperiment(scenario, options.readFile);
    const records = await options.execute(experiment.csr, experiment.task, {
      signal: options.signal,
      onProgress: (runsDone) => options.onProgress?.(done + runsDone, total),
    });
    done += scenario.run.runs;
    points.push({ value: values[i], summary: summarizeEnsemble(records, experiment.csr.n, scenario.run.globalFraction) });
    previous = experiment;
  }
  return { parameter, values, points };
}

/** The scenario with the parameter set, checked again so the value's bounds still apply. */
function scenarioAt(base: Scenario, parameter: string, value: number): Scenario {
  const result = validateScenario(setParameter(base, parameter, value));
  if (result.ok) return result.scenario;
  const why = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ParameterError(`${parameter} = ${value} does not make a valid scenario: ${why}`);
}
