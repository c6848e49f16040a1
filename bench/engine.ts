import { type ModelSpec, type ModelTask, prepareModel, runnerFor } from '../src/models/index.ts';
import { createRng } from '../src/random/rng.ts';
import { drawRunKey } from '../src/sim/coins.ts';
import type { Csr } from '../src/sim/csr.ts';
import type { PreparedModel } from '../src/sim/prepared-model.ts';
import { seedsForRun } from '../src/sim/seed-plan.ts';
import { DEFAULT_MAX_STEPS, simulate } from '../src/sim/simulate.ts';
import { Workspace } from '../src/sim/workspace.ts';
import { median, REPEATS, runsForTarget, timeSeconds, warmUp } from './timing.ts';

/** Runs from one uniformly random seed node each, as in the C reference. */
function benchTask(model: ModelSpec, runs: number): ModelTask {
  return {
    seed: 'bench',
    runs,
    model,
    seeds: { kind: 'random', count: 1, steps: new Int32Array(1), candidates: null },
    silent: null,
    maxSteps: DEFAULT_MAX_STEPS,
    globalFraction: 0.1,
  };
}

export interface EngineResult {
  /** Runs per timed repeat: the same runs 0..runs−1 in both modes. */
  readonly runs: number;
  /** Edge checks summed over those runs. */
  readonly edgeChecks: number;
  readonly meanReach: number;
  readonly stdReach: number;
  /** Median wall seconds of the engine alone (simulate, no observables). */
  readonly engineSeconds: number;
  /** Median wall seconds of EnsembleRunner.batch (simulate + observe + records). */
  readonly observedSeconds: number;
}

interface Totals {
  checks: number;
  reach: number;
  reachSquares: number;
}

/**
 * The engine alone: per run, what EnsembleRunner does before observe() (seed draw, run key,
 * simulate), so the two modes differ only by the observables.
 */
function simulateRuns(
  csr: Csr,
  task: ModelTask,
  model: PreparedModel,
  ws: Workspace,
  from: number,
  to: number,
): Totals {
  const totals: Totals = { checks: 0, reach: 0, reachSquares: 0 };
  for (let run = from; run < to; run++) {
    const schedule = seedsForRun(task.seeds, task.seed, run, csr.n);
    const key = drawRunKey(createRng(task.seed, 'run', run));
    const cascade = simulate(csr, model, schedule, key, ws, task.maxSteps);
    totals.checks += cascade.edgeChecks;
    totals.reach += cascade.size;
    totals.reachSquares += cascade.size * cascade.size;
  }
  return totals;
}

/**
 * Times one model both ways on the same runs, each warmed up first; the modes alternate
 * through REPEATS rounds, so load from other processes hits both alike; medians are kept.
 */
export function measureModel(csr: Csr, spec: ModelSpec): EngineResult {
  const task = benchTask(spec, 0);
  const model = prepareModel(csr, spec);
  const ws = new Workspace(csr.n);
  const runner = runnerFor(csr, task);
  const engine = (from: number, to: number): Totals => simulateRuns(csr, task, model, ws, from, to);
  const observed = (from: number, to: number): number =>
    runner.batch(from, to).reduce((sum, r) => sum + r.reach, 0);

  const runs = runsForTarget(warmUp(engine));
  warmUp(observed);
  let totals: Totals = { checks: 0, reach: 0, reachSquares: 0 };
  let observedReach = 0;
  const engineTimes: number[] = [];
  const observedTimes: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    engineTimes.push(timeSeconds(() => (totals = engine(0, runs))));
    observedTimes.push(timeSeconds(() => (observedReach = observed(0, runs))));
  }
  if (observedReach !== totals.reach) {
    throw new Error(
      `EnsembleRunner and simulate disagree on the same runs: reach ${observedReach} vs ${totals.reach}`,
    );
  }
  const meanReach = totals.reach / runs;
  return {
    runs,
    edgeChecks: totals.checks,
    meanReach,
    stdReach: Math.sqrt(Math.max(0, totals.reachSquares / runs - meanReach * meanReach)),
    engineSeconds: median(engineTimes),
    observedSeconds: median(observedTimes),
  };
}

/** Wall seconds of a fresh EnsembleRunner doing `runs` runs with observables (setup included). */
export function timeEnsemble(csr: Csr, spec: ModelSpec, runs: number): number {
  return timeSeconds(() => runnerFor(csr, benchTask(spec, runs)).batch(0, runs));
}
