import type { SweepPlan } from './sweep-plan.ts';

/** Runs [from, to) of one grid point's ensemble. */
export interface WorkPiece {
  readonly point: number;
  readonly from: number;
  readonly to: number;
}

/** All (point, run) pairs of a sweep: the sum of its ensembles' runs. */
export function totalWork(plan: SweepPlan): number {
  return plan.points.reduce((sum, p) => sum + p.scenario.run.runs, 0);
}

/**
 * Part `index` (1-based) of `count` of the work: contiguous and as even as whole runs allow,
 * so the parts cover the sweep exactly once whatever the number of runs per point.
 */
export function shardRange(total: number, index: number, count: number): [number, number] {
  return [Math.floor(((index - 1) * total) / count), Math.floor((index * total) / count)];
}

/** The work in [start, end) of the sweep's fixed order (plan.order, then run by run), as pieces of points. */
export function workPieces(plan: SweepPlan, start: number, end: number): WorkPiece[] {
  const pieces: WorkPiece[] = [];
  let offset = 0;
  for (const point of plan.order) {
    const runs = plan.points[point].scenario.run.runs;
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + runs) - offset;
    if (from < to) pieces.push({ point, from, to });
    offset += runs;
  }
  return pieces;
}
