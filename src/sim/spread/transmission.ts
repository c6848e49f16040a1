import type { Cascade } from '../cascade.ts';
import { coin, nodeCoin, type RunKey, TWO_POW_32 } from '../coins.ts';
import type { Csr } from '../csr.ts';
import type { PreparedModel } from '../prepared-model.ts';
import type { SeedSchedule } from '../seed-schedule.ts';
import { endStep, runSteps } from '../step-loop.ts';
import type { Workspace } from '../workspace.ts';

/** How an edge's tie strength w(u,v) is chosen. */
export type Weighting =
  /** w = the edge's tie strength (1 where the network has no weights). */
  | 'tie-strength'
  /** Kempe et al.'s weighted cascade: w(u,v) = 1 / indegree(v). */
  | 'weighted-cascade';

/**
 * Spread by transmission along arcs (the independent cascade of Kempe, Kleinberg and Tardos
 * 2003, and SIR with interest decay): a node activated at step t shares at steps t+1, t+2, …
 * and after each step of sharing stops with probability γ (γ = 1: exactly one chance). Each
 * share tries every inactive out-neighbour v, succeeding with probability min(1, power × w(u,v));
 * successes activate at the next step. Coins are fixed per (arc, attempt), see coins.ts.
 */
export class PreparedTransmission implements PreparedModel {
  readonly kind = 'transmission';
  /** min(1, power × w) × 2^32 per arc (0 on arcs into silent nodes), or one entry shared by all. */
  readonly arcThreshold: Float64Array;
  /** -1 to index per arc; 0 when every arc has the same chance (one number stays in cache). */
  readonly arcMask: number;
  /** γ × 2^32: a sharer stops after a step when its node coin is below this (IC: 2^32). */
  readonly recoveryThreshold: number;
  /** Scratch: the step each sharer started at (its age decides its coins); null when γ = 1. */
  private readonly startedAt: Int32Array | null;

  constructor(
    csr: Csr,
    power: number,
    weighting: Weighting,
    recovery: number,
    silent: Uint8Array | null,
  ) {
    this.recoveryThreshold = recovery * TWO_POW_32;
    this.startedAt = this.recoveryThreshold < TWO_POW_32 ? new Int32Array(csr.n) : null;
    const uniform = weighting === 'tie-strength' && !csr.weights && !silent;
    this.arcThreshold = uniform
      ? Float64Array.of(Math.min(1, power) * TWO_POW_32)
      : arcThresholds(csr, power, weighting, silent);
    this.arcMask = uniform ? 0 : -1;
  }

  spread(csr: Csr, schedule: SeedSchedule, key: RunKey, ws: Workspace, maxSteps: number): Cascade {
    return runSteps(
      ws,
      schedule,
      maxSteps,
      (step, length, tally) => {
        const { arcThreshold, arcMask, recoveryThreshold, startedAt } = this;
        const { offsets, targets } = csr;
        const { arcMul, arcAdd } = key;
        const { state, nodes, steps, parents, frontier, next, seenMark, activeMark } = ws;
        let nextLength = 0;
        let size = tally.size;
        let viewers = tally.viewers;
        let checks = 0;
        for (let i = 0; i < length; i++) {
          const u = frontier[i];
          // IC shares once, so its age is always 0 and needs no bookkeeping.
          const age = startedAt ? step - startedAt[u] : 0;
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
              if (startedAt) startedAt[v] = step + 1;
              size++;
              next[nextLength++] = v;
            }
          }
          checks += end - offsets[u];
          if (startedAt && nodeCoin(key, u, age) >= recoveryThreshold) next[nextLength++] = u;
        }
        return endStep(tally, size, viewers, checks, nextLength);
      },
      this.startedAt,
    );
  }
}

/** Per-arc chances min(1, power × w) as 32-bit thresholds; 0 on arcs into silent nodes. */
function arcThresholds(
  csr: Csr,
  power: number,
  weighting: Weighting,
  silent: Uint8Array | null,
): Float64Array {
  const { offsets, targets, weights, inDegree, n } = csr;
  const out = new Float64Array(targets.length);
  for (let u = 0; u < n; u++) {
    for (let a = offsets[u]; a < offsets[u + 1]; a++) {
      const v = targets[a];
      if (silent?.[v]) continue;
      const w = weighting === 'weighted-cascade' ? 1 / inDegree[v] : weights ? weights[a] : 1;
      out[a] = Math.min(1, power * w) * TWO_POW_32;
    }
  }
  return out;
}
