import { formatPercent, formatStat as num } from '../format/index.ts';
import { globalReach, type RunRecord, wilsonInterval } from '../sim/index.ts';
import { fromPair, type Interval } from './interval.ts';

/** Runs whose first generation had firstGeneration..firstGenerationMax people (one size, or a bin). */
export interface FirstWaveRow {
  firstGeneration: number;
  firstGenerationMax: number;
  runs: number;
  pGlobal: number;
  /** Wilson 95% interval of pGlobal. */
  ci95: Interval;
}

/**
 * P(global | size of the first wave), from an ensemble's runs: the chart behind "if the first
 * level of sharing does not reach the critical value, it never spreads". Runs are grouped by
 * first-generation size (the people the seeds reached directly); sizes get one row each while
 * that fits, and beyond that geometrically growing bins, so there are at most maxRows rows
 * (default 25; empty bins are left out). A run is global as in the ensemble summary: reach ≥
 * globalFraction × nodes, tested as written. Each row's P(global) has a Wilson 95% interval
 * (Wilson 1927), honest for the small groups at the ends. It describes the ensemble; it is not
 * causal beyond it (a bigger first wave also means the seeds sat in a denser part of the network).
 */
export function globalByFirstWave(
  records: readonly RunRecord[],
  nodes: number,
  globalFraction: number,
  options: { maxRows?: number } = {},
): { rows: FirstWaveRow[]; explanation: string } {
  const { maxRows = 25 } = options;
  if (!(Number.isInteger(maxRows) && maxRows >= 2))
    throw new RangeError(`maxRows must be a whole number ≥ 2, got ${maxRows}`);
  const minReach = globalReach(globalFraction, nodes);
  const largest = records.reduce((m, r) => Math.max(m, r.firstGeneration), 0);
  const edges = binEdges(largest, maxRows);
  const runs = new Array<number>(edges.length - 1).fill(0);
  const globals = new Array<number>(edges.length - 1).fill(0);
  for (const r of records) {
    const bin = binOf(edges, r.firstGeneration);
    runs[bin]++;
    if (r.reach >= minReach) globals[bin]++;
  }
  const kept = runs.flatMap((n, i) => (n > 0 ? [i] : []));
  const rows = kept.map(
    (i): FirstWaveRow => ({
      firstGeneration: edges[i],
      firstGenerationMax: edges[i + 1] - 1,
      runs: runs[i],
      pGlobal: globals[i] / runs[i],
      ci95: fromPair(wilsonInterval(globals[i], runs[i])),
    }),
  );
  return {
    rows,
    explanation: explainFirstWave(
      rows,
      kept.map((i) => globals[i]),
    ),
  };
}

/**
 * Lower edges of the bins, plus one past the last: each edge is max(previous + 1, ⌈previous × r⌉),
 * so bins hold one size each until r makes them grow, with the smallest r (by bisection) that
 * covers 0..largest in at most maxRows bins. A larger r never needs more bins, so bisection works.
 */
function binEdges(largest: number, maxRows: number): number[] {
  const edgesFor = (r: number): number[] => {
    const e = [0];
    while (e[e.length - 1] <= largest)
      e.push(Math.max(e[e.length - 1] + 1, Math.ceil(e[e.length - 1] * r)));
    return e;
  };
  if (largest + 1 <= maxRows) return edgesFor(1);
  let lo = 1;
  let hi = largest + 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (edgesFor(mid).length - 1 <= maxRows) hi = mid;
    else lo = mid;
  }
  return edgesFor(hi);
}

function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function label(row: FirstWaveRow): string {
  return row.firstGeneration === row.firstGenerationMax
    ? num(row.firstGeneration)
    : `${num(row.firstGeneration)}–${num(row.firstGenerationMax)}`;
}

/** `globals[i]`: the global runs of rows[i], counted (not recovered from the share, which may round). */
function explainFirstWave(rows: readonly FirstWaveRow[], globals: readonly number[]): string {
  const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
  const total = sum(rows.map((r) => r.runs));
  if (total === 0) return 'There are no runs to group.';
  if (sum(globals) === 0)
    return 'No run went global, whatever the size of its first wave: the content died out every time.';
  if (sum(globals) === total) return 'Every run went global, whatever the size of its first wave.';
  const k = rows.findIndex((r) => r.pGlobal > 0);
  const dead = sum(rows.slice(0, k).map((r) => r.runs));
  const first =
    k > 0
      ? `Runs whose first level of sharing reached at most ${num(rows[k - 1].firstGenerationMax)} people never went global (${num(dead)} of ${num(total)} runs).`
      : `Even runs whose first wave reached only ${label(rows[0])} people went global ${formatPercent(rows[0].pGlobal)} of the time.`;
  const j = rows.findIndex((r) => r.pGlobal >= 0.5);
  if (j < 0)
    return `${first} Even the largest first waves went global at most ${formatPercent(Math.max(...rows.map((r) => r.pGlobal)))} of the time.`;
  const tailShare = sum(globals.slice(j)) / sum(rows.slice(j).map((r) => r.runs));
  return `${first} Of the runs whose first wave reached ${num(rows[j].firstGeneration)} people or more, ${formatPercent(tailShare)} went global.`;
}
