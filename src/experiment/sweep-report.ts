import { formatJson } from '../format/index.ts';
import type { EnsembleSummary } from '../sim/index.ts';
import { analyseRow, type RowAnalysis } from './sweep-analysis.ts';
import type { SweepResult } from './sweep-result.ts';

/**
 * The results document of a sweep. 1-D: per value the ensemble's summary, and the row's
 * analysis at the top level. 2-D: the P(global) grid (one row per y value, one column per x
 * value) and the analysis of each row, a 1-D sweep of x at that y.
 */
export function sweepReport(result: SweepResult) {
  const { plan } = result;
  const head = { scenario: plan.base.name, seed: plan.base.seed };
  if (!plan.y) {
    return {
      ...head,
      parameter: plan.x.parameter,
      values: plan.x.values,
      ...analyseRow(result, 0),
      points: result.points.map((p) => ({ value: p.x, ...p.summary })),
    };
  }
  const columns = plan.x.values.length;
  const rows = plan.y.values.map((y, row) => ({ y, ...analyseRow(result, row) }));
  return {
    ...head,
    x: plan.x,
    y: plan.y,
    pGlobalGrid: plan.y.values.map((_, row) =>
      result.points.slice(row * columns, (row + 1) * columns).map((p) => p.summary.pGlobal.value),
    ),
    explanation: gridExplanation(plan.x.parameter, plan.y.parameter, rows),
    rows,
    points: result.points.map((p) => ({ x: p.x, y: p.y, ...p.summary })),
  };
}

/** How the estimated onset of x moves along y, in one sentence. */
function gridExplanation(
  x: string,
  y: string,
  rows: readonly (RowAnalysis & { y: number })[],
): string {
  const found = rows.filter((r) => r.criticalValueEstimate !== null);
  const each = `Each row is a sweep of ${x} at one value of ${y}; pGlobalGrid[row][column] is P(global) there.`;
  if (found.length === 0)
    return `${each} In no row does P(global) leave zero inside the range of ${x}, so no critical value is estimated.`;
  const first = found[0];
  const last = found[found.length - 1];
  const at = (r: (typeof found)[number]) =>
    `${round(r.criticalValueEstimate!.value)} at ${y} = ${r.y}`;
  const moves =
    found.length === 1
      ? `the critical value of ${x} is ${at(first)}`
      : `the critical value of ${x} goes from ${at(first)} to ${at(last)}`;
  return `${each} Where global cascades appear (${found.length} of ${rows.length} rows), ${moves}.`;
}

function round(value: number): number {
  return Number(value.toPrecision(3));
}

const STAT_COLUMNS =
  'runs,meanReach,sdReach,meanReachLow95,meanReachHigh95,pGlobal,pGlobalLow95,pGlobalHigh95,meanSmallReach';

function statCells(s: EnsembleSummary): unknown[] {
  return [
    s.runs,
    s.reach.mean,
    s.reach.sd,
    s.reach.ci95[0],
    s.reach.ci95[1],
    s.pGlobal.value,
    s.pGlobal.ci95[0],
    s.pGlobal.ci95[1],
    s.meanSmallReach,
  ];
}

/** One row per value (1-D) or grid point (2-D): reach statistics and P(global) with their 95% intervals. */
export function sweepCsv(result: SweepResult): string {
  const twoD = result.plan.y !== null;
  const header = `${twoD ? 'x,y' : 'value'},${STAT_COLUMNS}`;
  const rows = result.points.map((p) =>
    [...(twoD ? [p.x, p.y] : [p.x]), ...statCells(p.summary)].join(','),
  );
  return `${[header, ...rows].join('\n')}\n`;
}

/** The sweep's output text, the same whether it ran whole or was joined from shards. */
export function sweepOutput(result: SweepResult, format: 'json' | 'csv'): string {
  return format === 'csv' ? sweepCsv(result) : formatJson(sweepReport(result));
}
