import type { Seed } from '../random/rng.ts';
import { createRng } from '../random/rng.ts';
import { type Cascade, copyCascade } from './cascade.ts';
import { drawRunKey } from './coins.ts';
import type { Csr } from './csr.ts';
import { observe, type RunObservables } from './observables.ts';
import type { PreparedModel } from './prepared-model.ts';
import { type SeedPlan, seedsForRun } from './seed-plan.ts';
import type { SeedSchedule } from './seed-schedule.ts';
import { simulate } from './simulate.ts';
import { Workspace } from './workspace.ts';

/**
 * Everything an ensemble needs besides the network: plain data, so workers can receive it.
 * `model` is the content's spec as the model registry (src/models) describes it; the engine
 * reads only the model prepared from it.
 */
export interface EnsembleTask<Spec = unknown> {
  readonly seed: Seed;
  readonly runs: number;
  readonly model: Spec;
  readonly seeds: SeedPlan;
  /** Nodes that see content but never pass it on (bots); null when there are none. */
  readonly silent: Uint8Array | null;
  readonly maxSteps: number;
  /** A run is global when it reaches at least this fraction of the nodes. */
  readonly globalFraction: number;
}

export interface RunRecord extends RunObservables {
  /** The run's index: its results depend on (task.seed, run) and nothing else. */
  readonly run: number;
}

/**
 * Runs of one task on one network, with the task's model prepared for that network (the model
 * registry's runnerFor does both). Run i draws every random number from generators seeded by
 * (seed, i), so any split of 0..runs−1 over workers, batches or machines gives the same records.
 */
export class EnsembleRunner {
  private readonly ws: Workspace;

  constructor(
    private readonly csr: Csr,
    private readonly task: Omit<EnsembleTask, 'model'>,
    private readonly model: PreparedModel,
  ) {
    this.ws = new Workspace(csr.n);
  }

  /** Run i's cascade, copied out of the workspace (for playback), and its record: one simulation. */
  inspect(run: number): { cascade: Cascade; record: RunRecord } {
    const cascade = this.simulate(run);
    return { cascade: copyCascade(cascade), record: { run, ...observe(cascade, this.ws) } };
  }

  record(run: number): RunRecord {
    return { run, ...observe(this.simulate(run), this.ws) };
  }

  /** Records of runs [from, to), calling onProgress after each (for progress bars). */
  batch(from: number, to: number, onProgress?: (done: number) => void): RunRecord[] {
    const out: RunRecord[] = [];
    for (let run = from; run < to; run++) {
      out.push(this.record(run));
      onProgress?.(run - from + 1);
    }
    return out;
  }

  /**
   * Reach of run i's coins from other seeds: run i is the same live-edge graph whatever the
   * seeds, so comparing seed sets on the same runs compares them without luck (greedy seeding).
   */
  reachWith(run: number, schedule: SeedSchedule): number {
    return this.simulateFrom(run, schedule).size;
  }

  private simulate(run: number): Cascade {
    return this.simulateFrom(run, seedsForRun(this.task.seeds, this.task.seed, run, this.csr.n));
  }

  private simulateFrom(run: number, schedule: SeedSchedule): Cascade {
    const key = drawRunKey(createRng(this.task.seed, 'run', run));
    return simulate(this.csr, this.model, schedule, key, this.ws, this.task.maxSteps);
  }
}
