import type { Cascade } from './cascade.ts';
import type { RunKey } from './coins.ts';
import type { Csr } from './csr.ts';
import type { SeedSchedule } from './seed-schedule.ts';
import type { Workspace } from './workspace.ts';

/**
 * A model compiled against one network: everything that does not change between runs is
 * computed once, so the per-run loops only compare integers and add numbers. It owns the
 * per-node scratch its rule needs (an LT pull, a sharer's age); the shared Workspace holds only
 * what every run records. The model registry (src/models) prepares them from a model's spec;
 * the engine only asks them to spread.
 */
export interface PreparedModel {
  /**
   * One run from a seed schedule on the network it was prepared for, on the shared clock
   * (step-loop.ts). The result's arrays live in `ws` and are overwritten by the next run.
   */
  spread(csr: Csr, schedule: SeedSchedule, key: RunKey, ws: Workspace, maxSteps: number): Cascade;
}
