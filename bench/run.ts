/**
 * Ripple's benchmark (DESIGN.md section 8): IC and LT throughput on Barabási–Albert graphs of
 * 10k, 100k and 1M nodes, the 1,000-runs-under-1-s target, the ratio to the plain C loop
 * of shared/reference/ic_limit.c, the `ripple` command's start-up time and whole-process speed
 * (cli.ts), and a 2-D sweep's wall time on 2 workers (sweep-2d.ts).
 * Prints tables and writes bench/.build/results.json.
 * Usage: tsx bench/run.ts [--quick]   (--quick or BENCH_QUICK=1 skips the 1M-node graph)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  describeStartup,
  describeWholeProcess,
  measureStartup,
  measureWholeProcess,
  WHOLE_PROCESS,
  type WholeProcessFigures,
} from './cli.ts';
import { measureModel, timeEnsemble } from './engine.ts';
import { BA_M, type BenchGraph, scaleFreeGraph } from './graphs.ts';
import { buildReference, measureReference, writeEdgeList } from './reference.ts';
import {
  comparisonTable,
  engineChecksPerSecond,
  graphTable,
  integer,
  type ModelCase,
  passMiss,
  type Row,
  throughputTable,
} from './report.ts';
import { benchSweep2d, describeSweep2d, SWEEP_2D } from './sweep-2d.ts';
import { median, REPEATS, TARGET_SECONDS } from './timing.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'bench', '.build');
const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const SIZES = QUICK ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
/** IC power as a multiple of T_c: at 1–2 × T_c single-seed cascades here reach under 1% on average. */
const IC_POWER_OVER_TC = 3;
/** LT fraction: about two thirds of single-seed runs on these graphs become global cascades. */
const LT_PHI = 0.15;
/** DESIGN.md §8: 1,000 IC runs on a 10,000-node, 30,000-edge scale-free graph in under 1 s. */
const TARGET = { nodes: 10_000, runs: 1000, seconds: 1 };
/** DESIGN.md §8: at least half the C loop's edge checks per second. */
const C_RATIO_TARGET = 0.5;
/** Issue 8: the whole `ripple run` process at least 0.3 of the C loop's runs per second. */
const WHOLE_PROCESS_RATIO_TARGET = 0.3;

const progress = (message: string): void => void process.stderr.write(`... ${message}\n`);

function icPower(graph: BenchGraph): number {
  return Number((IC_POWER_OVER_TC * graph.percolationThreshold).toPrecision(3));
}

function modelCases(graph: BenchGraph): ModelCase[] {
  const power = icPower(graph);
  return [
    {
      label: `IC p=${power}`,
      cModel: 'ic',
      param: power,
      spec: { model: 'independent-cascade', power, weighting: 'tie-strength' },
    },
    {
      label: `LT phi=${LT_PHI}`,
      cModel: 'lt',
      param: LT_PHI,
      spec: { model: 'linear-threshold', threshold: { rule: 'fraction', phi: LT_PHI } },
    },
  ];
}

mkdirSync(BUILD, { recursive: true });
const cpus = os.cpus();
const machine = {
  node: process.version,
  v8: process.versions.v8,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: cpus.length,
  cpuModel: cpus[0]?.model ?? 'unknown',
  memoryGB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
  loadAverageAtStart: os.loadavg()[0],
};
/** Other processes slow every figure down, C's and TypeScript's alike but not equally. */
const loadNote = (load: number): string =>
  `1-minute load average ${load.toFixed(2)} on ${machine.cpus} CPUs${load > machine.cpus - 1 ? ' (busy machine: figures are noisy)' : ''}`;
const built = buildReference(ROOT, BUILD);
const reference = typeof built === 'string' ? null : built;
console.log(
  `Ripple bench: node ${machine.node} (V8 ${machine.v8}), ${machine.platform}, ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGB} GB`,
);
console.log(`At start: ${loadNote(machine.loadAverageAtStart)}`);
console.log(
  reference ? `C reference: ${reference.source}, ${reference.compiler}, -O3 -march=native` : built,
);
console.log(
  `Timings: median of ${REPEATS} repeats of ~${TARGET_SECONDS} s each after a warm-up; every run starts from one uniformly random seed node.`,
);

progress('ripple command start-up');
const startup = measureStartup(ROOT, BUILD);
const graphs: BenchGraph[] = [];
const rows: Row[] = [];
let target: { edges: number; power: number; coldSeconds: number; warmSeconds: number } | null =
  null;
let wholeProcess: WholeProcessFigures | null = null;
for (const n of SIZES) {
  progress(`generating Barabasi-Albert graph, ${integer(n)} nodes`);
  const graph = scaleFreeGraph(n);
  graphs.push(graph);
  const cases = modelCases(graph);
  if (n === TARGET.nodes) {
    progress(`design target: ${TARGET.runs} IC runs with observables`);
    const ic = cases[0];
    const coldSeconds = timeEnsemble(graph.csr, ic.spec, TARGET.runs);
    const warm = Array.from({ length: REPEATS }, () =>
      timeEnsemble(graph.csr, ic.spec, TARGET.runs),
    );
    target = {
      edges: graph.network.src.length,
      power: ic.param,
      coldSeconds,
      warmSeconds: median(warm),
    };
  }
  const edges = join(BUILD, `ba-${graph.label}.txt`);
  if (reference || n === TARGET.nodes) writeEdgeList(graph.network, edges);
  if (n === TARGET.nodes) {
    progress(`whole process: ripple run of ${integer(WHOLE_PROCESS.runs)} IC runs`);
    wholeProcess = measureWholeProcess(ROOT, edges, reference);
  }
  for (const model of cases) {
    progress(`${graph.label} ${model.label}: TypeScript`);
    const ts = measureModel(graph.csr, model.spec);
    if (reference) progress(`${graph.label} ${model.label}: C`);
    const pilotRuns = Math.max(10, Math.round(ts.runs / 4));
    const c =
      reference &&
      measureReference(reference, edges, model.cModel, model.param, pilotRuns, graph.csr.directed);
    rows.push({ graph, model, ts, c });
  }
}

console.log(
  `\nGraphs: Barabasi-Albert, m = ${BA_M}, undirected; T_c = <k>/(<k^2> - <k>); IC power = ${IC_POWER_OVER_TC} T_c; LT phi = ${LT_PHI}`,
);
console.log(graphTable(graphs, icPower));
if (target) {
  console.log(
    `\nDesign target: ${integer(TARGET.runs)} IC runs with observables on BA ${integer(TARGET.nodes)} nodes / ${integer(target.edges)} edges, power ${target.power}, under ${TARGET.seconds} s`,
  );
  console.log(
    `  first, cold JIT: ${target.coldSeconds.toFixed(3)} s  ${passMiss(target.coldSeconds < TARGET.seconds)}`,
  );
  console.log(
    `  warm, median of ${REPEATS}: ${target.warmSeconds.toFixed(3)} s  ${passMiss(target.warmSeconds < TARGET.seconds)}`,
  );
}
console.log(`\n${describeStartup(startup)}`);
if (wholeProcess)
  console.log(`\n${describeWholeProcess(wholeProcess, WHOLE_PROCESS_RATIO_TARGET)}`);
console.log(
  '\nTypeScript throughput: engine = simulate only; +obs = EnsembleRunner.batch (simulate + observe + records)',
);
console.log(throughputTable(rows));
if (reference) {
  console.log(
    '\nTypeScript engine vs C (same edge list, model and parameter; different RNGs, so the means agree only statistically: z = difference / its standard error)',
  );
  console.log(comparisonTable(rows, C_RATIO_TARGET));
}
progress('2-D sweep on 2 workers');
const sweep2d = await benchSweep2d();
console.log(`\n${describeSweep2d(sweep2d)}`);
const loadAverageAtEnd = os.loadavg()[0];
console.log(`\nAt end: ${loadNote(loadAverageAtEnd)}`);

const results = {
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd },
  quick: QUICK,
  settings: {
    baM: BA_M,
    icPowerOverTc: IC_POWER_OVER_TC,
    ltPhi: LT_PHI,
    repeats: REPEATS,
    measureSeconds: TARGET_SECONDS,
    seeds: 'one uniformly random node per run',
  },
  reference: reference ?? { skipped: built },
  graphs: graphs.map(
    ({
      label,
      csr,
      network,
      generateSeconds,
      csrSeconds,
      meanDegree,
      meanSquareDegree,
      percolationThreshold,
    }) => ({
      label,
      nodes: csr.n,
      edges: network.src.length,
      generateSeconds,
      csrSeconds,
      meanDegree,
      meanSquareDegree,
      percolationThreshold,
    }),
  ),
  models: rows.map(({ graph, model, ts, c }) => ({
    graph: graph.label,
    model: model.cModel,
    param: model.param,
    ts: {
      ...ts,
      engineRunsPerSecond: ts.runs / ts.engineSeconds,
      engineChecksPerSecond: engineChecksPerSecond(ts),
      observedRunsPerSecond: ts.runs / ts.observedSeconds,
      observedChecksPerSecond: ts.edgeChecks / ts.observedSeconds,
    },
    c,
    ratio: c ? engineChecksPerSecond(ts) / c.edge_checks_per_s : null,
  })),
  target: target && { ...TARGET, ...target, pass: target.coldSeconds < TARGET.seconds },
  startup,
  wholeProcess: wholeProcess && { ...WHOLE_PROCESS, ...wholeProcess },
  sweep2d: { settings: SWEEP_2D, ...sweep2d },
};
const resultsPath = join(BUILD, 'results.json');
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults written to ${resultsPath}`);
