/**
 * Many disjoint copies of a small gadget in one network, so one run gives many independent
 * trials of the same local event (the coins of different arcs and nodes are independent).
 */
import type { Csr } from '../../src/sim/csr.ts';
import { csrFrom, type Edge } from './sim-builders.ts';

export interface Fans {
  csr: Csr;
  /** Target node of each fan. */
  targets: number[];
  /** In-neighbours (sources) of each fan, in arc order. */
  sources: number[][];
}

/** `copies` fans of `k` sources each pointing at one target: node ids are fan·(k+1) + i, target last. */
export function fans(copies: number, k: number, weight?: number): Fans {
  const edges: Edge[] = [];
  const targets: number[] = [];
  const sources: number[][] = [];
  for (let f = 0; f < copies; f++) {
    const base = f * (k + 1);
    const t = base + k;
    targets.push(t);
    const s: number[] = [];
    for (let i = 0; i < k; i++) {
      s.push(base + i);
      edges.push(weight === undefined ? [base + i, t] : [base + i, t, weight]);
    }
    sources.push(s);
  }
  return { csr: csrFrom(copies * (k + 1), true, edges), targets, sources };
}

/** |observed − expected| in standard errors of a proportion over `trials` Bernoulli(expected) trials. */
export function proportionZ(successes: number, trials: number, expected: number): number {
  const se = Math.sqrt((expected * (1 - expected)) / trials);
  return Math.abs(successes / trials - expected) / se;
}
