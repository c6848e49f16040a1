import type { RunRecord } from '../sim/index.ts';
import type { ExperimentBuilder } from './builder.ts';
import { abortError, type EnsembleExecutor } from './executor.ts';
import { type NetworkFacts, networkFacts } from './network-facts.ts';
import type { SweepPlan } from './sweep-plan.ts';
import type { WorkPiece } from './sweep-work.ts';

export interface SweepOptions {
  readonly execute: EnsembleExecutor;
  /** Builds each point's network and seeds (here, or in the app's build worker). */
  readonly build: ExperimentBuilder;
  /** Runs done so far, and the runs to do. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Called once per distinct note on a network built (a graph file's fix-ups, say). */
  readonly onWarning?: (message: string) => void;
}

/** Some runs of one grid point, with the size of the network they ran on. */
export interface PointRecords {
  readonly point: number;
  readonly nodes: number;
  readonly records: readonly RunRecord[];
}

/** What part of a sweep produced: plain data, so a shard file can carry it. */
export interface SweepWork {
  readonly points: readonly PointRecords[];
  /** The facts of each touched row's network (its theory is drawn from them). */
  readonly rows: readonly { readonly row: number; readonly facts: NetworkFacts }[];
}

/**
 * Runs the given pieces of a sweep, handing each one's records to `onPoint` as it finishes, and
 * returns the facts of the rows it touched. Every point's ensemble uses the scenario's seed, so
 * run i has the same coins at every point (common random numbers) and in whichever shard it runs.
 */
export async function runSweepWork(
  plan: SweepPlan,
  pieces: readonly WorkPiece[],
  options: SweepOptions,
  onPoint: (piece: PointRecords) => void,
): Promise<SweepWork['rows']> {
  const warned = new Set<string>();
  const warn = (warnings: readonly string[]) => {
    for (const warning of warnings) {
      if (!warned.has(warning)) options.onWarning?.(warning);
      warned.add(warning);
    }
  };
  const total = pieces.reduce((sum, p) => sum + p.to - p.from, 0);
  const rows = new Map<number, NetworkFacts>();
  const { signal } = options;
  let done = 0;
  for (const piece of pieces) {
    if (options.signal?.aborted) throw abortError();
    const { scenario, row } = plan.points[piece.point];
    if (!rows.has(row)) {
      const rowNetwork = await options.build.network(plan.rowScenarios[row], { signal });
      warn(rowNetwork.warnings);
      rows.set(row, networkFacts(rowNetwork.network));
    }
    const { csr, task, warnings } = await options.build.experiment(scenario, { signal });
    warn(warnings);
    const records = await options.execute(csr, task, {
      signal: options.signal,
      runs: [piece.from, piece.to],
      onProgress: (runsDone) => options.onProgress?.(done + runsDone, total),
    });
    done += piece.to - piece.from;
    onPoint({ point: piece.point, nodes: csr.n, records });
  }
  return [...rows].map(([row, facts]) => ({ row, facts }));
}
