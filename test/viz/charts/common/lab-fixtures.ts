import type { CriticalValueEstimate, TheoryPrediction } from '../../../../src/analysis/index.ts';
import type { RunRecord } from '../../../../src/sim/ensemble.ts';
import { type EnsembleSummary, summarizeEnsemble } from '../../../../src/sim/ensemble-summary.ts';

/** An ensemble whose runs ended with these sizes (first waves optional), global from 10% of the network. */
export function summaryOf(
  sizes: readonly number[],
  nodes: number,
  firstWaves: readonly number[] = [],
): EnsembleSummary {
  const records: RunRecord[] = sizes.map((reach, run) => ({
    run,
    reach,
    uniqueViewers: reach,
    impressions: reach,
    firstGeneration: firstWaves[run] ?? 0,
    depth: 1,
    timeToPeak: 1,
    duration: 1,
    structuralVirality: 1,
    newByStep: [1, reach - 1],
    byGeneration: [1, reach - 1],
  }));
  return summarizeEnsemble(records, nodes, 0.1);
}

/** A sweep point with `global` of `runs` runs reaching `big` people and the rest `small`. */
export function point(
  value: number,
  runs: number,
  global: number,
  big: number,
  small: number,
  nodes: number,
) {
  const sizes = Array.from({ length: runs }, (_, i) => (i < global ? big : small));
  return { value, summary: summaryOf(sizes, nodes) };
}

export const ESTIMATE: CriticalValueEstimate = {
  onset: {
    value: 0.21,
    interval: { low: 0.18, high: 0.24 },
    method: 'test',
    bracket: { low: 0.2, high: 0.25 },
  },
  betterThanEven: { value: 0.32, interval: { low: 0.3, high: 0.34 } },
  susceptibilityPeak: { value: 0.2, meanSmallReach: 40 },
  direction: 'increasing',
  explanation: 'Below about 0.21 every cascade died out; above it global cascades become possible.',
};

export const THEORY: TheoryPrediction = {
  kind: 'percolation',
  criticalValue: 0.2,
  curve: { x: [0, 0.2, 0.3, 0.5], y: [0, 0, 0.4, 0.8] },
  source: 'Newman 2002',
  note: 'Percolation threshold 0.2.',
};
