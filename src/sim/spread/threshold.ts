import type { Cascade } from '../cascade.ts';
import { nodeCoin, type RunKey, TWO_POW_32 } from '../coins.ts';
import type { Csr } from '../csr.ts';
import type { PreparedThreshold } from '../prepared-model.ts';
import type { SeedSchedule } from '../seed-schedule.ts';
import { endStep, runSteps } from '../step-loop.ts';
import type { Workspace } from '../workspace.ts';

/**
 * Linear threshold model, synchronous: nodes activated at step t push their pull to their
 * out-neighbours; a node whose pull reaches its threshold activates at t+1. The comparison is
 * `pull / denominator ≥ θ` exactly as written; prepare-threshold.ts turns unit-tie fractions
 * into whole counts, so φ = 0.2, k = 5 tips at exactly one active neighbour (no drift).
 * Only exposed nodes are ever tested, so θ = 0 activates everything reachable from the seeds.
 * The node whose push tips v is recorded as v's parent.
 */
export function spreadByThreshold(
  csr: Csr,
  model: PreparedThreshold,
  schedule: SeedSchedule,
  key: RunKey,
  ws: Workspace,
  maxSteps: number,
): Cascade {
  return runSteps(ws, schedule, maxSteps, (step, length, tally) => {
    const { offsets, targets } = csr;
    const { increment, denominator, threshold, silent } = model;
    const fixed = threshold.kind === 'fixed' ? threshold.value : -1;
    const perNode = threshold.kind === 'per-node' ? threshold.values : null;
    const { state, nodes, steps, parents, pull, theta, frontier, next, seenMark, activeMark } = ws;
    let nextLength = 0;
    let size = tally.size;
    let viewers = tally.viewers;
    let checks = 0;
    for (let i = 0; i < length; i++) {
      const u = frontier[i];
      const end = offsets[u + 1];
      for (let a = offsets[u]; a < end; a++) {
        const v = targets[a];
        const s = state[v];
        if (s === activeMark) continue;
        if (s !== seenMark) {
          // First exposure in this run: start v's pull and draw its threshold.
          viewers++;
          state[v] = seenMark;
          pull[v] = 0;
          theta[v] = perNode ? perNode[v] : fixed >= 0 ? fixed : nodeCoin(key, v, 0) / TWO_POW_32;
        }
        pull[v] += increment ? increment[a] : 1;
        if ((denominator ? pull[v] / denominator[v] : pull[v]) >= theta[v] && !silent?.[v]) {
          state[v] = activeMark;
          nodes[size] = v;
          steps[size] = step + 1;
          parents[size] = u;
          size++;
          next[nextLength++] = v;
        }
      }
      checks += end - offsets[u];
    }
    return endStep(tally, size, viewers, checks, nextLength);
  });
}
