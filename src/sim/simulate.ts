import type { Cascade } from './cascade.ts';
import type { RunKey } from './coins.ts';
import type { Csr } from './csr.ts';
import type { PreparedModel } from './prepared-model.ts';
import type { SeedSchedule } from './seed-schedule.ts';
import type { Workspace } from './workspace.ts';

/** Default cap on steps: far beyond any cascade's depth on graphs Ripple builds. */
export const DEFAULT_MAX_STEPS = 10_000;

/**
 * One run of a prepared model from a seed schedule. The result's arrays live in `ws` and are
 * overwritten by the next run: copy them (copyCascade) to keep them. The engine knows no model
 * by name: each prepared model spreads by its own rule (see docs/extending.md).
 */
export function simulate(
  csr: Csr,
  model: PreparedModel,
  schedule: SeedSchedule,
  key: RunKey,
  ws: Workspace,
  maxSteps = DEFAULT_MAX_STEPS,
): Cascade {
  return model.spread(csr, schedule, key, ws, maxSteps);
}
