import type { RunRecord } from './ensemble.ts';
import { smallestCountReaching } from './smallest-count.ts';
import {
  type Histogram,
  histogram,
  quantileSorted,
  type Summary,
  summarize,
  wilsonInterval,
} from './statistics.ts';

/** Mean cumulative reach per step with a 90% band (5th to 95th percentile across runs). */
export interface TimelineBand {
  readonly mean: number[];
  readonly p05: number[];
  readonly p95: number[];
}

export interface EnsembleSummary {
  readonly runs: number;
  readonly nodes: number;
  readonly reach: Summary;
  /** P(global): share of runs reaching at least globalFraction × nodes, with a Wilson 95% CI. */
  readonly pGlobal: {
    readonly value: number;
    readonly ci95: readonly [number, number];
    readonly minReach: number;
    readonly globalFraction: number;
  };
  /** Mean reach of the runs that stayed below the global size (the finite-size signal near the tipping point). */
  readonly meanSmallReach: number;
  readonly sizeHistogram: Histogram;
  readonly uniqueViewers: Summary;
  readonly impressions: Summary;
  readonly firstGeneration: Summary;
  readonly depth: Summary;
  readonly timeToPeak: Summary;
  readonly duration: Summary;
  readonly structuralVirality: Summary;
  readonly timeline: TimelineBand;
  /** Every run's final size, in run order. */
  readonly finalSizes: number[];
}

/** Summarise records; they are sorted by run index first, so the result is split-independent. */
export function summarizeEnsemble(
  records: readonly RunRecord[],
  nodes: number,
  globalFraction: number,
  bins = 50,
): EnsembleSummary {
  const sorted = [...records].sort((a, b) => a.run - b.run);
  const pick = (f: (r: RunRecord) => number): number[] => sorted.map(f);
  const finalSizes = pick((r) => r.reach);
  const minReach = globalReach(globalFraction, nodes);
  const global = finalSizes.filter((s) => s >= minReach).length;
  const small = finalSizes.filter((s) => s < minReach);
  return {
    runs: sorted.length,
    nodes,
    reach: summarize(finalSizes),
    pGlobal: {
      value: sorted.length ? global / sorted.length : NaN,
      ci95: wilsonInterval(global, sorted.length),
      minReach,
      globalFraction,
    },
    meanSmallReach: small.length ? small.reduce((a, b) => a + b, 0) / small.length : NaN,
    sizeHistogram: histogram(finalSizes, nodes, Math.min(bins, nodes)),
    uniqueViewers: summarize(pick((r) => r.uniqueViewers)),
    impressions: summarize(pick((r) => r.impressions)),
    firstGeneration: summarize(pick((r) => r.firstGeneration)),
    depth: summarize(pick((r) => r.depth)),
    timeToPeak: summarize(pick((r) => r.timeToPeak)),
    duration: summarize(pick((r) => r.duration)),
    structuralVirality: summarize(pick((r) => r.structuralVirality)),
    timeline: timelineBand(sorted),
    finalSizes,
  };
}

/** The smallest reach that counts as global: at least `fraction` of the nodes. */
export function globalReach(fraction: number, nodes: number): number {
  return smallestCountReaching(fraction, nodes);
}

/**
 * Cumulative reach per step; a run that has ended keeps its final size. Each run's reach so far
 * is carried from step to step in one array: a cumulative array per run cost thousands of
 * allocations, for a summary computed once per ensemble.
 */
function timelineBand(records: readonly RunRecord[]): TimelineBand {
  const steps = records.reduce((m, r) => Math.max(m, r.newByStep.length), 0);
  const reach = new Float64Array(records.length);
  const column = new Float64Array(records.length);
  const band: TimelineBand = { mean: [], p05: [], p95: [] };
  for (let t = 0; t < steps; t++) {
    let sum = 0;
    for (let r = 0; r < records.length; r++) sum += reach[r] += records[r].newByStep[t] ?? 0;
    column.set(reach);
    column.sort();
    band.mean.push(sum / records.length);
    band.p05.push(quantileSorted(column, 0.05));
    band.p95.push(quantileSorted(column, 0.95));
  }
  return band;
}
