/**
 * The 2-D sweep figure of `npm run bench` (issue 4): propagation power (20 values) × number of
 * seeds (10 values), 200 runs per grid point (40,000 runs), on a 10,000-node Erdős–Rényi graph
 * (mean degree 4), on 2 worker threads: wall time of the simulation, then of the analysis
 * (summaries, critical value per row with its bootstrap, theory) that `ripple sweep` prints.
 * Run alone: tsx bench/sweep-2d.ts
 */
import { fileURLToPath } from 'node:url';
import { createLocalBuilder } from '../src/experiment/local-builder.ts';
import { runSweep2d } from '../src/experiment/sweep.ts';
import { sweepOutput } from '../src/experiment/sweep-report.ts';
import { validateScenario } from '../src/scenario/index.ts';
import { createNodePool } from '../src/workers/node-pool.ts';

export const SWEEP_2D = {
  nodes: 10_000,
  meanDegree: 4,
  powers: 20,
  seedCounts: 10,
  runs: 200,
  workers: 2,
};

export interface Sweep2dResult {
  readonly points: number;
  readonly runs: number;
  readonly simulateSeconds: number;
  readonly analyseSeconds: number;
  readonly wallSeconds: number;
  /** CPU time of this process and its worker threads: the figure a busy machine does not inflate. */
  readonly cpuSeconds: number;
}

export async function benchSweep2d(): Promise<Sweep2dResult> {
  const checked = validateScenario({
    version: 1,
    name: 'Bench: power × seeds',
    seed: 'bench-sweep-2d',
    graph: { generator: 'erdos-renyi', nodes: SWEEP_2D.nodes, meanDegree: SWEEP_2D.meanDegree },
    content: { model: 'independent-cascade', power: 0.3 },
    run: { runs: SWEEP_2D.runs },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  const powers = Array.from({ length: SWEEP_2D.powers }, (_, i) =>
    Number((0.05 + (0.45 * i) / (SWEEP_2D.powers - 1)).toPrecision(12)),
  );
  const seedCounts = Array.from({ length: SWEEP_2D.seedCounts }, (_, i) => i + 1);
  const pool = createNodePool(SWEEP_2D.workers);
  try {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const result = await runSweep2d(
      checked.scenario,
      { parameter: 'content.power', values: powers },
      { parameter: 'seeding.count', values: seedCounts },
      { execute: (csr, task, o) => pool.run(csr, task, o), build: createLocalBuilder() },
    );
    const t1 = performance.now();
    sweepOutput(result, 'json');
    const t2 = performance.now();
    const { user, system } = process.cpuUsage(cpu);
    const points = result.points.length;
    const seconds = {
      simulateSeconds: (t1 - t0) / 1000,
      analyseSeconds: (t2 - t1) / 1000,
      wallSeconds: (t2 - t0) / 1000,
      cpuSeconds: (user + system) / 1e6,
    };
    return { points, runs: points * SWEEP_2D.runs, ...seconds };
  } finally {
    pool.terminate();
  }
}

export function describeSweep2d(r: Sweep2dResult): string {
  const { nodes, meanDegree, powers, seedCounts, runs, workers } = SWEEP_2D;
  return (
    `2-D sweep: power ${powers} values × seeds ${seedCounts} values × ${runs} runs = ${r.runs.toLocaleString('en-US')} runs on ER ${nodes.toLocaleString('en-US')} nodes (z = ${meanDegree}), ${workers} workers\n` +
    `  wall time ${r.wallSeconds.toFixed(2)} s (simulation ${r.simulateSeconds.toFixed(2)} s, ${Math.round(r.runs / r.simulateSeconds).toLocaleString('en-US')} runs/s; analysis ${r.analyseSeconds.toFixed(2)} s; CPU ${r.cpuSeconds.toFixed(2)} s)`
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(describeSweep2d(await benchSweep2d()));
