import { globalByFirstWave } from '../analysis/index.ts';
import { edgeCount, nodeLabel } from '../graph/index.ts';
import { type RunRecord, summarizeEnsemble } from '../sim/index.ts';
import type { Experiment } from './experiment.ts';

/**
 * The results document of one ensemble, as `ripple run` prints it and the app exports it: the
 * set-up, the summary, and P(global) by the size of the first wave.
 */
export function ensembleReport(experiment: Experiment, records: readonly RunRecord[]) {
  const { scenario, network, task, csr } = experiment;
  const { globalFraction } = scenario.run;
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    network: { nodes: network.n, edges: edgeCount(network), directed: network.directed },
    model: task.model,
    seeds: seedsOf(experiment),
    warnings: experiment.warnings,
    ...summarizeEnsemble(records, csr.n, globalFraction),
    firstWave: globalByFirstWave(records, csr.n, globalFraction),
  };
}

/** The seeds as a person reads them: labels and start steps, or a fresh random draw each run. */
export function seedsOf({ network, task }: Pick<Experiment, 'network' | 'task'>) {
  return task.seeds.kind === 'fixed'
    ? Array.from(task.seeds.nodes, (v, i) => ({
        node: nodeLabel(network, v),
        step: task.seeds.steps[i],
      }))
    : { random: task.seeds.count, freshEachRun: true };
}

const RUN_COLUMNS = [
  'run',
  'reach',
  'uniqueViewers',
  'impressions',
  'firstGeneration',
  'depth',
  'timeToPeak',
  'duration',
  'structuralVirality',
] as const;

/** One row per run. */
export function runsCsv(records: readonly RunRecord[]): string {
  const rows = records.map((r) => RUN_COLUMNS.map((c) => r[c]).join(','));
  return `${[RUN_COLUMNS.join(','), ...rows].join('\n')}\n`;
}
