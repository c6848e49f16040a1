/** The bench's console tables: what was measured, formatted for reading. */
import type { ModelSpec } from '../src/models/index.ts';
import type { EngineResult } from './engine.ts';
import type { BenchGraph } from './graphs.ts';
import type { CModel, CResult } from './reference.ts';

export interface ModelCase {
  readonly label: string;
  readonly cModel: CModel;
  readonly param: number;
  readonly spec: ModelSpec;
}

/** One model on one graph: the TypeScript figures and, when available, the C ones. */
export interface Row {
  readonly graph: BenchGraph;
  readonly model: ModelCase;
  readonly ts: EngineResult;
  readonly c: CResult | null;
}

export function graphTable(
  graphs: readonly BenchGraph[],
  icPower: (g: BenchGraph) => number,
): string {
  return table(
    ['graph', 'nodes', 'edges', 'generate s', 'CSR s', '<k>', '<k^2>', 'T_c', 'IC power'],
    graphs.map((g) => [
      g.label,
      integer(g.csr.n),
      integer(g.network.src.length),
      g.generateSeconds.toFixed(3),
      g.csrSeconds.toFixed(3),
      g.meanDegree.toFixed(3),
      g.meanSquareDegree.toFixed(1),
      g.percolationThreshold.toFixed(4),
      String(icPower(g)),
    ]),
  );
}

export function throughputTable(rows: readonly Row[]): string {
  return table(
    [
      'graph',
      'model',
      'runs',
      'mean reach',
      'engine runs/s',
      'engine checks/s',
      '+obs runs/s',
      '+obs checks/s',
      'obs cost',
    ],
    rows.map(({ graph, model, ts }) => [
      graph.label,
      model.label,
      integer(ts.runs),
      `${ts.meanReach.toFixed(1)} (${((100 * ts.meanReach) / graph.csr.n).toFixed(1)}%)`,
      integer(ts.runs / ts.engineSeconds),
      si(ts.edgeChecks / ts.engineSeconds),
      integer(ts.runs / ts.observedSeconds),
      si(ts.edgeChecks / ts.observedSeconds),
      `${((100 * (ts.observedSeconds - ts.engineSeconds)) / ts.engineSeconds).toFixed(0)}%`,
    ]),
    2,
  );
}

/** Engine-only edge checks per second against C's, and both mean reaches with their z-score. */
export function comparisonTable(rows: readonly Row[], ratioTarget: number): string {
  return table(
    [
      'graph',
      'model',
      'TS checks/s',
      'C checks/s',
      'TS/C',
      `>= ${ratioTarget}`,
      'TS mean reach',
      'C mean reach',
      'z',
    ],
    rows.flatMap(({ graph, model, ts, c }) => {
      if (!c) return [];
      const ratio = engineChecksPerSecond(ts) / c.edge_checks_per_s;
      const z =
        (ts.meanReach - c.mean) / Math.sqrt(ts.stdReach ** 2 / ts.runs + c.std ** 2 / c.runs);
      return [
        [
          graph.label,
          model.label,
          si(engineChecksPerSecond(ts)),
          si(c.edge_checks_per_s),
          ratio.toFixed(3),
          passMiss(ratio >= ratioTarget),
          `${ts.meanReach.toFixed(1)} (${integer(ts.runs)} runs)`,
          `${c.mean.toFixed(1)} (${integer(c.runs)} runs)`,
          z.toFixed(2),
        ],
      ];
    }),
    2,
  );
}

export function engineChecksPerSecond(ts: EngineResult): number {
  return ts.edgeChecks / ts.engineSeconds;
}

/** A table with a header row; the first `leftColumns` columns are left-aligned, the rest right. */
function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  leftColumns = 1,
): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (c < leftColumns ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** 1234567 → "1,234,567". */
export function integer(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

/** A large count with an SI suffix and one decimal: 123456789 → "123.5M". */
function si(x: number): string {
  const [scale, suffix] =
    x >= 1e9 ? [1e9, 'G'] : x >= 1e6 ? [1e6, 'M'] : x >= 1e3 ? [1e3, 'k'] : [1, ''];
  return `${(x / scale).toFixed(1)}${suffix}`;
}

export function passMiss(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}
