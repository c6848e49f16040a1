import type { Cascade } from '../cascade.ts';
import { nodeCoin, type RunKey, TWO_POW_32 } from '../coins.ts';
import type { Csr } from '../csr.ts';
import type { PreparedModel } from '../prepared-model.ts';
import type { SeedSchedule } from '../seed-schedule.ts';
import { smallestCountReaching } from '../smallest-count.ts';
import { endStep, runSteps } from '../step-loop.ts';
import type { Workspace } from '../workspace.ts';

/** When a node adopts: the three threshold rules of docs/models.md. */
export type ThresholdRule =
  /** Kempe et al.: each node draws θ ~ U[0,1) afresh in every run. */
  | { readonly rule: 'uniform-random' }
  /** Watts 2002: one fraction φ for all; v activates when (weighted) active share ≥ φ. */
  | { readonly rule: 'fraction'; readonly phi: number }
  /** Centola and Macy 2007: v activates when at least `count` in-neighbours are active. */
  | { readonly rule: 'count'; readonly count: number };

/** How θ is set per node. */
export type ThresholdSource =
  | { readonly kind: 'fixed'; readonly value: number }
  /** Precomputed per node (the smallest whole count that meets φ). */
  | { readonly kind: 'per-node'; readonly values: Float64Array }
  /** θ ~ U[0,1) drawn per node and run from the run's node coins. */
  | { readonly kind: 'random' };

/** Tie strengths become whole multiples of 2^-20, so that pulls add up exactly. */
const TIE_UNITS = 2 ** 20;

/**
 * Linear threshold model, synchronous: nodes activated at step t push their pull to their
 * out-neighbours; v activates at step t+1 when pull(v) / denominator(v) ≥ θ(v), exactly as
 * written. Only exposed nodes are ever tested, so θ = 0 activates everything reachable from the
 * seeds. The node whose push tips v is recorded as v's parent.
 *
 * Compiling: with unit ties the fraction rule becomes a whole count per node (the smallest c
 * with c / k ≥ φ, compared as written), so runs add integers and never divide: φ = 0.2, k = 5
 * tips at exactly one active neighbour. With tie strengths, pulls are integer units: summing
 * floats would make "share ≥ φ" depend on the order pushes arrive (0.3 + 0.2 + 0.1 ≠ 0.1 + 0.2 + 0.3).
 */
export class PreparedThreshold implements PreparedModel {
  readonly kind = 'threshold';
  /** Pull each arc adds: its tie strength in units of 2^-20 (null = 1 everywhere: counts). */
  readonly increment: Float64Array | null = null;
  /** Total possible pull per node in the same units; null when θ is itself a count. */
  readonly denominator: Float64Array | null = null;
  readonly threshold: ThresholdSource;
  /** Scratch: each node's pull and threshold, valid while it is marked seen in this run. */
  private readonly pull: Float64Array;
  private readonly theta: Float64Array;

  constructor(
    csr: Csr,
    rule: ThresholdRule,
    /** Nodes that never activate (bots), or null. */
    readonly silent: Uint8Array | null,
  ) {
    this.pull = new Float64Array(csr.n);
    this.theta = new Float64Array(csr.n);
    if (rule.rule === 'count') {
      this.threshold = { kind: 'fixed', value: rule.count };
    } else if (!csr.weights) {
      if (rule.rule === 'fraction') {
        const values = Float64Array.from(csr.inDegree, (k) => smallestCountReaching(rule.phi, k));
        this.threshold = { kind: 'per-node', values };
      } else {
        this.denominator = Float64Array.from(csr.inDegree);
        this.threshold = { kind: 'random' };
      }
    } else {
      const increment = Float64Array.from(csr.weights, (w) =>
        Math.max(1, Math.round(w * TIE_UNITS)),
      );
      const denominator = new Float64Array(csr.n);
      for (let a = 0; a < increment.length; a++) denominator[csr.targets[a]] += increment[a];
      this.increment = increment;
      this.denominator = denominator;
      this.threshold =
        rule.rule === 'fraction' ? { kind: 'fixed', value: rule.phi } : { kind: 'random' };
    }
  }

  spread(csr: Csr, schedule: SeedSchedule, key: RunKey, ws: Workspace, maxSteps: number): Cascade {
    return runSteps(ws, schedule, maxSteps, (step, length, tally) => {
      const { increment, denominator, threshold, silent, pull, theta } = this;
      const fixed = threshold.kind === 'fixed' ? threshold.value : -1;
      const perNode = threshold.kind === 'per-node' ? threshold.values : null;
      const { offsets, targets } = csr;
      const { state, nodes, steps, parents, frontier, next, seenMark, activeMark } = ws;
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
}
