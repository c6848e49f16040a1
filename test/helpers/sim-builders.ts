/**
 * Shared builders for the simulation-core tests: small hand-made networks, a run key from a
 * seed, and a one-call run that copies the cascade out of the workspace.
 */

import { type ModelSpec, prepareModel } from '../../src/models/index.ts';
import { createRng, type Seed } from '../../src/random/rng.ts';
import { type Cascade, copyCascade } from '../../src/sim/cascade.ts';
import { drawRunKey, type RunKey } from '../../src/sim/coins.ts';
import { buildCsr, type Csr } from '../../src/sim/csr.ts';
import { observe, type RunObservables } from '../../src/sim/observables.ts';
import { scheduleSeeds } from '../../src/sim/seed-schedule.ts';
import type { SeedSet } from '../../src/sim/seed-set.ts';
import { DEFAULT_MAX_STEPS, simulate } from '../../src/sim/simulate.ts';
import { Workspace } from '../../src/sim/workspace.ts';

/** An edge as [u, v] or [u, v, weight]. */
export type Edge = readonly [number, number] | readonly [number, number, number];

/** A CSR from an edge list; weights are kept only when every edge has one. */
export function csrFrom(n: number, directed: boolean, edges: readonly Edge[]): Csr {
  const weighted = edges.length > 0 && edges.every((e) => e.length === 3);
  return buildCsr({
    n,
    directed,
    src: Int32Array.from(edges, (e) => e[0]),
    dst: Int32Array.from(edges, (e) => e[1]),
    weight: weighted ? Float64Array.from(edges, (e) => e[2] as number) : null,
  });
}

/** Directed star: 0 → 1..n−1. */
export function directedStar(n: number): Csr {
  return csrFrom(
    n,
    true,
    Array.from({ length: n - 1 }, (_, i) => [0, i + 1] as const),
  );
}

/** Directed chain: 0 → 1 → … → n−1. */
export function directedChain(n: number): Csr {
  return csrFrom(
    n,
    true,
    Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const),
  );
}

/** The run key the ensemble would use for run `run` of scenario seed `seed`. */
export function keyFor(seed: Seed, run = 0): RunKey {
  return drawRunKey(createRng(seed, 'run', run));
}

export const IC = (
  power: number,
  weighting: 'tie-strength' | 'weighted-cascade' = 'tie-strength',
): ModelSpec => ({
  model: 'independent-cascade',
  power,
  weighting,
});
export const SIR = (power: number, recovery: number): ModelSpec => ({
  model: 'sir',
  power,
  recovery,
  weighting: 'tie-strength',
});
export const LT_FRACTION = (phi: number): ModelSpec => ({
  model: 'linear-threshold',
  threshold: { rule: 'fraction', phi },
});
export const LT_COUNT = (count: number): ModelSpec => ({
  model: 'linear-threshold',
  threshold: { rule: 'count', count },
});
export const LT_UNIFORM: ModelSpec = {
  model: 'linear-threshold',
  threshold: { rule: 'uniform-random' },
};

export interface RunOptions {
  /** Activation step per seed (default all 0). */
  steps?: readonly number[];
  silent?: Uint8Array | null;
  maxSteps?: number;
  /** Reuse a workspace (to test that stale state does not leak between runs). */
  ws?: Workspace;
}

export interface RunResult {
  cascade: Cascade;
  obs: RunObservables;
}

/** One run of `spec` from `seeds` with `key`, copied out of the workspace, with its observables. */
export function runOnce(
  csr: Csr,
  spec: ModelSpec,
  seeds: readonly number[],
  key: RunKey,
  options: RunOptions = {},
): RunResult {
  const seedSet: SeedSet = {
    nodes: Int32Array.from(seeds),
    steps: options.steps ? Int32Array.from(options.steps) : new Int32Array(seeds.length),
  };
  const ws = options.ws ?? new Workspace(csr.n);
  const model = prepareModel(csr, spec, { silent: options.silent ?? null });
  const raw = simulate(
    csr,
    model,
    scheduleSeeds(seedSet),
    key,
    ws,
    options.maxSteps ?? DEFAULT_MAX_STEPS,
  );
  const obs = observe(raw, ws);
  return { cascade: copyCascade(raw), obs };
}

/** The activated node set of a cascade. */
export function activated(c: Cascade): Set<number> {
  return new Set(Array.from(c.nodes.subarray(0, c.size)));
}

/** Activation step per node (−1 = never). */
export function stepOf(c: Cascade, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  for (let i = 0; i < c.size; i++) out[c.nodes[i]] = c.steps[i];
  return out;
}

export function isSubset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
