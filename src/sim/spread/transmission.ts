import type { Cascade } from '../cascade.ts';
import { coin, nodeCoin, type RunKey, TWO_POW_32 } from '../coins.ts';
import type { Csr } from '../csr.ts';
import type { PreparedTransmission } from '../prepared-model.ts';
import type { SeedSchedule } from '../seed-schedule.ts';
import { endStep, runSteps } from '../step-loop.ts';
import type { Workspace } from '../workspace.ts';

/**
 * Independent cascade (Kempe, Kleinberg, Tardos 2003) and SIR with interest decay, one rule:
 * a node activated at step t shares at steps t+1, t+2, … and after each step of sharing stops
 * with probability γ (IC is γ = 1: exactly one chance). Each share tries every inactive
 * out-neighbour v, succeeding with probability min(1, power × w(u,v)); successes activate at
 * the next step. Coins are fixed per (arc, attempt), see coins.ts.
 */
export function spreadByTransmission(
  csr: Csr,
  model: PreparedTransmission,
  schedule: SeedSchedule,
  key: RunKey,
  ws: Workspace,
  maxSteps: number,
): Cascade {
  return runSteps(ws, schedule, maxSteps, (step, length, tally) => {
    const { offsets, targets } = csr;
    const { arcThreshold, arcMask, recoveryThreshold } = model;
    const { arcMul, arcAdd } = key;
    const decays = recoveryThreshold < TWO_POW_32;
    const { state, nodes, steps, parents, startedAt, frontier, next, seenMark, activeMark } = ws;
    let nextLength = 0;
    let size = tally.size;
    let viewers = tally.viewers;
    let checks = 0;
    for (let i = 0; i < length; i++) {
      const u = frontier[i];
      // IC shares once, so its age is always 0 and needs no bookkeeping.
      const age = decays ? step - startedAt[u] : 0;
      const end = offsets[u + 1];
      for (let a = offsets[u]; a < end; a++) {
        const v = targets[a];
        const s = state[v];
        if (s === activeMark) continue;
        // Branch-free: whether v is new to the content is unpredictable, so count, don't branch.
        viewers += +(s !== seenMark);
        state[v] = seenMark;
        if (coin(a, age, arcMul, arcAdd) < arcThreshold[a & arcMask]) {
          state[v] = activeMark;
          nodes[size] = v;
          steps[size] = step + 1;
          parents[size] = u;
          if (decays) startedAt[v] = step + 1;
          size++;
          next[nextLength++] = v;
        }
      }
      checks += end - offsets[u];
      if (decays && nodeCoin(key, u, age) >= recoveryThreshold) next[nextLength++] = u;
    }
    return endStep(tally, size, viewers, checks, nextLength);
  });
}
