import { KIND, type Network } from '../graph/index.ts';
import { type ModelTask, toModelSpec } from '../models/index.ts';
import { buildNetwork, type Scenario } from '../scenario/index.ts';
import { buildCsr, type Csr } from '../sim/index.ts';
import type { BuildWatch } from './build-watch.ts';
import { seedPlanFor } from './seed-plan-for.ts';

/** A scenario made runnable: its network, the engine's index of it, and the ensemble task. */
export interface Experiment {
  readonly scenario: Scenario;
  readonly network: Network;
  readonly csr: Csr;
  readonly task: ModelTask;
  readonly warnings: readonly string[];
}

/** How to read a graph file a scenario names (the CLI reads the disk; the app, its uploads). */
export type ReadGraphFile = (path: string) => string;

/** Build the network (seeded by the scenario), index it and compile the ensemble task. */
export function prepareExperiment(scenario: Scenario, readFile?: ReadGraphFile): Experiment {
  const { network, warnings } = buildNetwork(scenario.graph, scenario.seed, readFile);
  return { ...withNetwork(scenario, network), warnings };
}

/** The same scenario on a network already built (a sweep that leaves the graph alone reuses it). */
export function withNetwork(
  scenario: Scenario,
  network: Network,
  csr = buildCsr(network),
  watch: BuildWatch = {},
): Omit<Experiment, 'warnings'> {
  const model = toModelSpec(scenario.content);
  const silent = network.kind.some((k) => k === KIND.bot)
    ? network.kind.map((k) => (k === KIND.bot ? 1 : 0))
    : null;
  const task: ModelTask = {
    seed: scenario.seed,
    runs: scenario.run.runs,
    model,
    seeds: seedPlanFor(scenario, network, csr, model, watch),
    silent,
    maxSteps: scenario.run.maxSteps,
    globalFraction: scenario.run.globalFraction,
  };
  return { scenario, network, csr, task };
}
