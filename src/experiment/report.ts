import { edgeCount, nodeLabel } from '../graph/network.ts';
import type { RunRecord } from '../sim/ensemble.ts';
import type { EnsembleSummary } from '../sim/ensemble-summary.ts';
import type { Scenario } from '../scenario/index.ts';
import type { Experiment } from './experiment.ts';
import type { SweepResult } from './sweep.ts';

/** The results document of one ensemble, as `ripple run` prints it and the app exports it. */
export function ensembleReport(experiment: Experiment, summary: EnsembleSummary) {
  const { scenario, network, task } = experiment;
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    network: { nodes: network.n, edges: edgeCount(network), directed: network.directed },
    model: task.model,
    seeds:
      task.seeds.kind === 'fixed'
        ? Array.from(task.seeds.nodes, (v, i) => ({ node: nodeLabel(network, v), step: task.seeds.steps[i] }))
        : { random: task.seeds.count, freshEachRun: true },
    warnings: experiment.warnings,
    ...summary,
  };
}

/** The results document of a sweep: per value, the ensemble's summary. */
export function sweepReport(scenario: Scenario, result: SweepResult) {
  return {
    scenario: scenario.name,
    seed: scenario.seed,
    parameter: result.parameter,
    values: result.values,
    points: result.points.map((p) => ({ value: p.value, ...p.summary })),
  };
}

const RUN_COLUMNS = ['run', 'reach', 'uniqueViewers', 'impressions', 'firstGeneration', 'depth', 'timeToPeak', 'duration', 'structuralVirality'] as const;

/** One row per run. */
export function runsCsv(records: readonly RunRecord[]): string {
  const rows = records.map((r) => RUN_COLUMNS.map((c) => r[c]).join(','));
  return [RUN_COLUMNS.join(','), ...rows].join('\n') + '\n';
}

/** One row per swept value: reach statistics and P(global) with their 95% intervals. */
export function sweepCsv(result: SweepResult): string {
  const header = 'value,runs,meanReach,sdReach,meanReachLow95,meanReachHigh95,pGlobal,pGlobalLow95,pGlobalHigh95,meanSmallReach';
  const rows = result.points.map(({ value, summary: s }) =>
    [value, s.runs, s.reach.mean, s.reach.sd, s.reach.ci95[0], s.reach.ci95[1], s.pGlobal.value, s.pGlobal.ci95[0], s.pGlobal.ci95[1], s.meanSmallReach].join(','),
  );
  return [header, ...rows].join('\n') + '\n';
}

/** Pretty JSON with arrays of plain values kept on one line, so long lists of sizes stay readable. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/\[\s+([^[\]{}]*?)\s+\]/g, (_, items: string) => `[${items.split(/,\s+/).join(', ')}]`) + '\n';
}
